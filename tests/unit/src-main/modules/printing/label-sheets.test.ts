import { describe, expect, it } from 'vitest';
import { labelBoxes, renderLabels, type LabelBox, type LabelSheetSpec } from '../../../../../src-main/modules/printing/label-sheets';
import { mmToPt } from '../../../../../src-main/modules/printing/units';
import { findWord, inside, readPages, savePdf, savePng, type Word } from './pdf-words';

// A4, 3 × 8 labels of 70 × 37 mm edge to edge (the 1 mm left over split top and bottom).
const A4_24: LabelSheetSpec = {
  pageWidthMm: 210, pageHeightMm: 297, rows: 8, columns: 3, labelWidthMm: 70, labelHeightMm: 37,
  topMm: 0.5, rightMm: 0, gapXMm: 0, gapYMm: 0, paddingMm: 4, fontSize: 10, dxMm: 0, dyMm: 0,
};
// A4, 2 × 7 labels of 99.1 × 38.1 mm (L7163 layout).
const A4_14: LabelSheetSpec = {
  pageWidthMm: 210, pageHeightMm: 297, rows: 7, columns: 2, labelWidthMm: 99.1, labelHeightMm: 38.1,
  topMm: 15.15, rightMm: 4.65, gapXMm: 2.5, gapYMm: 0, paddingMm: 5, fontSize: 11, dxMm: 0, dyMm: 0,
};

const FIRST_NAMES = ['علی', 'مریم', 'رضا', 'زهرا', 'حسین', 'فاطمه', 'محمد', 'سارا', 'امیر', 'نرگس'];
const LAST_NAMES = [
  'رضایی', 'احمدی', 'محمدی', 'کریمی', 'حسینی', 'موسوی', 'جعفری', 'صادقی', 'رحیمی', 'کاظمی', 'قاسمی', 'نوری', 'شریفی', 'عباسی', 'طاهری',
  'رستمی', 'یوسفی', 'ملکی', 'باقری', 'نجفی', 'حیدری', 'اکبری', 'سلیمانی', 'بهرامی', 'فرهادی', 'زمانی', 'امینی', 'کامرانی', 'سبحانی', 'توکلی',
];
const TITLES = ['جناب آقای مهندس', 'سرکار خانم دکتر'];

function surname(i: number): string {
  return LAST_NAMES[i % LAST_NAMES.length]!;
}

// Realistic merged labels; up to 30 of them each have their own surname, to trace their words to their box.
function addressLabel(i: number): string {
  const number = (34 + i).toLocaleString('fa-IR', { useGrouping: false });
  return [
    `${TITLES[i % 2]} ${FIRST_NAMES[i % FIRST_NAMES.length]} ${surname(i)}`,
    `تهران، خیابان ولیعصر، کوچهٔ ۱۲، پلاک ${number}`,
    'کد پستی: ۱۲۳۴۵-۶۷۸۹۰',
  ].join('\n');
}

function innerBox(box: LabelBox, spec: LabelSheetSpec) {
  const p = spec.paddingMm;
  return { xMm: box.xMm + p, yMm: box.yMm + p, widthMm: box.widthMm - 2 * p, heightMm: box.heightMm - 2 * p };
}

function expectBox(box: LabelBox | undefined, page: number, xMm: number, yMm: number, spec: LabelSheetSpec): void {
  expect(box).toBeDefined();
  expect(box!.page).toBe(page);
  expect(Math.abs(box!.xMm - xMm)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(box!.yMm - yMm)).toBeLessThanOrEqual(0.5);
  expect(box!.widthMm).toBe(spec.labelWidthMm);
  expect(box!.heightMm).toBe(spec.labelHeightMm);
}

describe('label boxes', () => {
  it('fills a 3 × 8 sheet right to left from the top right', () => {
    const boxes = labelBoxes(A4_24, 24, 1);
    expectBox(boxes[0], 0, 140, 0.5, A4_24);
    expectBox(boxes[1], 0, 70, 0.5, A4_24);
    expectBox(boxes[2], 0, 0, 0.5, A4_24);
    expectBox(boxes[3], 0, 140, 37.5, A4_24);
    expectBox(boxes[23], 0, 0, 259.5, A4_24);
  });

  it('measures a 2 × 7 sheet from its top and right margins, with the gap between the columns', () => {
    const boxes = labelBoxes(A4_14, 14, 1);
    expectBox(boxes[0], 0, 106.25, 15.15, A4_14);
    // The left column ends as far from the left edge as the right column from the right edge.
    expectBox(boxes[1], 0, 4.65, 15.15, A4_14);
    expectBox(boxes[2], 0, 106.25, 53.25, A4_14);
    expectBox(boxes[13], 0, 4.65, 243.75, A4_14);
  });

  it('starts at the first free label of a used sheet, and only on the first sheet', () => {
    const boxes = labelBoxes(A4_24, 21, 5);
    expectBox(boxes[0], 0, 70, 37.5, A4_24);
    expectBox(boxes[1], 0, 0, 37.5, A4_24);
    expectBox(boxes[19], 0, 0, 259.5, A4_24);
    expectBox(boxes[20], 1, 140, 0.5, A4_24);
    expectBox(labelBoxes(A4_14, 1, 14)[0], 0, 4.65, 243.75, A4_14);
  });

  it('shifts every label by the printer calibration', () => {
    const shifted = labelBoxes({ ...A4_14, dxMm: 1.5, dyMm: -2 }, 30, 3);
    labelBoxes(A4_14, 30, 3).forEach((box, i) => {
      expectBox(shifted[i], box.page, box.xMm + 1.5, box.yMm - 2, A4_14);
    });
  });

  it('uses as many sheets as needed', () => {
    const boxes = labelBoxes(A4_24, 50, 1);
    expect(boxes.map((b) => b.page)).toEqual([...Array(24).fill(0), ...Array(24).fill(1), 2, 2]);
    expectBox(boxes[24], 1, 140, 0.5, A4_24);
    expectBox(boxes[49], 2, 70, 0.5, A4_24);
    expect(labelBoxes(A4_24, 0, 1)).toEqual([]);
  });

  it('refuses a layout that does not fit the page, and a first label off the sheet', () => {
    expect(() => labelBoxes({ ...A4_24, labelWidthMm: 71 }, 1, 1)).toThrow(/3 columns of 71 mm .* need 213 mm but the page is 210 mm wide/);
    expect(() => labelBoxes({ ...A4_14, gapYMm: 3 }, 1, 1)).toThrow(/7 rows .* page is 297 mm high/);
    expect(() => labelBoxes({ ...A4_14, rightMm: 12 }, 1, 1)).toThrow(/need 212.7 mm but the page is 210 mm wide/);
    expect(() => labelBoxes({ ...A4_24, paddingMm: 20 }, 1, 1)).toThrow(/padding of 20 mm/);
    expect(() => labelBoxes({ ...A4_24, rows: 0 }, 1, 1)).toThrow(/rows must be a whole number/);
    expect(() => labelBoxes({ ...A4_24, gapXMm: -1 }, 1, 1)).toThrow(/gapXMm must be zero or more/);
    for (const startAt of [0, 25, 1.5]) expect(() => labelBoxes(A4_24, 1, startAt)).toThrow(/between 1 and 24/);
  });
});

describe('label sheets as PDF', () => {
  it('prints each label inside its box, the first at the top right, over several sheets', async () => {
    const labels = Array.from({ length: 30 }, (_, i) => addressLabel(i));
    const file = savePdf(await renderLabels(labels, A4_14, 2));
    const pages = readPages(file);
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(Math.abs(page.widthPt - mmToPt(210))).toBeLessThan(0.5);
      expect(Math.abs(page.heightPt - mmToPt(297))).toBeLessThan(0.5);
    }
    const boxes = labelBoxes(A4_14, labels.length, 2);
    const placed = new Set<Word>();
    boxes.forEach((box, i) => {
      const words = pages[box.page]!.words;
      const inner = innerBox(box, A4_14);
      const own = words.filter((w) => inside(w, inner));
      // Every word of the label, nothing else, within the padding.
      expect(own).toHaveLength(labels[i]!.split(/\s+/).length);
      expect(inside(findWord(own, surname(i)), inner)).toBe(true);
      own.forEach((w) => placed.add(w));
    });
    expect(placed.size).toBe(pages.reduce((sum, page) => sum + page.words.length, 0));
    // Position 1 was used: the first label is the top-left one, the second starts the next row at the right.
    expect(findWord(pages[0]!.words, surname(0)).xMax).toBeLessThan(105);
    expect(findWord(pages[0]!.words, surname(1)).xMin).toBeGreaterThan(105);
    expect(findWord(pages[1]!.words, surname(13)).xMin).toBeGreaterThan(105);
    savePng(file, 1, 'labels-2x7');
  });

  it('reads each line right to left, right-aligned, and puts the first label at the top right', async () => {
    const file = savePdf(await renderLabels([addressLabel(0), '', addressLabel(2)], A4_24, 1));
    const [page] = readPages(file);
    const words = page!.words;
    const inner = innerBox(labelBoxes(A4_24, 1, 1)[0]!, A4_24);
    const [title, first, last] = ['جناب', 'علی', 'رضایی'].map((t) => findWord(words, t));
    expect(title!.xMax).toBeCloseTo(inner.xMm + inner.widthMm, 0);
    expect(title!.xMin).toBeGreaterThan(first!.xMax);
    expect(first!.xMin).toBeGreaterThan(last!.xMax);
    expect(findWord(words, 'تهران،').xMax).toBeCloseTo(inner.xMm + inner.widthMm, 0);
    // The empty second label leaves its place blank; the third goes to the top left.
    expect(words.filter((w) => w.xMin > 70 && w.xMax < 140)).toEqual([]);
    expect(findWord(words, surname(2)).xMax).toBeLessThan(70);
    savePng(file, 1, 'labels-3x8');
  });

  it('shrinks, wraps and finally cuts text that does not fit, never leaving the label', async () => {
    const lines = Array.from({ length: 9 }, (_, i) => `سطر${'ی'.repeat(i + 1)} تهران، بزرگراه شهید همت، مجتمع تجاری و اداری پیوند`);
    const email = 'a.very.long.mailbox.name.for.testing@peyvand-customer-club.example.com';
    const small: LabelSheetSpec = { ...A4_24, labelHeightMm: 25, rows: 11, fontSize: 12 };
    const file = savePdf(await renderLabels([lines.join('\n'), email], small, 1));
    const [page] = readPages(file);
    const boxes = labelBoxes(small, 2, 1).map((box) => innerBox(box, small));
    for (const word of page!.words) expect(boxes.some((box) => inside(word, box))).toBe(true);
    findWord(page!.words, 'سطری');
    expect(page!.words.find((w) => w.text === `سطر${'ی'.repeat(9)}`)).toBeUndefined();
    expect(page!.words.filter((w) => inside(w, boxes[1]!)).length).toBeGreaterThan(1);
    savePng(file, 1, 'labels-overflow');
  });

  it('lays out 1,000 labels quickly', async () => {
    const labels = Array.from({ length: 1000 }, (_, i) => addressLabel(i));
    for (const run of ['first run', 'second run']) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const pdf = await renderLabels(labels, A4_24, 1);
      const { user, system } = process.cpuUsage(cpu);
      // CPU time as well: on a shared machine the wall time says more about the neighbours.
      const ms = `${Math.round(performance.now() - start)} ms (CPU ${Math.round((user + system) / 1000)} ms)`;
      console.log(`1,000 labels, ${run}: ${ms}, ${Math.round(pdf.length / 1024)} KiB`);
    }
  });
});
