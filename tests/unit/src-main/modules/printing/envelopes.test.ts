import { describe, expect, it } from 'vitest';
import { envelopeRegions, renderEnvelopes, type EnvelopeFace } from '../../../../../src-main/modules/printing/envelopes';
import { mmToPt, type Rect } from '../../../../../src-main/modules/printing/units';
import { findWord, inside, overlaps, readPages, savePdf, savePng, textIn } from './pdf-words';

const SIZES = { C4: [324, 229], C5: [229, 162], DL: [220, 110], malakhi: [240, 120], custom: [190, 120] } as const;

const FACE: EnvelopeFace = {
  sender: 'شرکت بازرگانی پیوند گستر\nتهران، خیابان انقلاب، پلاک ۱۰۲\nتلفن: ۰۲۱-۸۸۷۷۶۶۵۵',
  recipient: 'جناب آقای مهندس علی رضایی\nمدیر عامل شرکت نوآوران پارس\nتهران، خیابان ولیعصر، کوچهٔ ۱۲، پلاک ۳۴، واحد ۵',
  postalCode: '1234567890',
};

function tokens(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function right(rect: Rect): number {
  return rect.xMm + rect.widthMm;
}

function bottom(rect: Rect): number {
  return rect.yMm + rect.heightMm;
}

function disjoint(a: Rect, b: Rect): boolean {
  return right(a) <= b.xMm || right(b) <= a.xMm || bottom(a) <= b.yMm || bottom(b) <= a.yMm;
}

describe('envelope regions', () => {
  it.each(Object.entries(SIZES))('places the Iran Post regions on %s', (_, [width, height]) => {
    const regions = envelopeRegions(width, height);
    const { sender, recipient, stamp, keepClear } = regions;
    for (const rect of [sender, recipient, stamp]) {
      expect(rect.xMm).toBeGreaterThanOrEqual(10);
      expect(rect.yMm).toBeGreaterThanOrEqual(10);
      expect(right(rect)).toBeLessThanOrEqual(width - 10);
      expect(bottom(rect)).toBeLessThanOrEqual(height - 10);
    }
    const all = Object.values(regions);
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(disjoint(a, b)).toBe(true)));
    // Sender top left, stamp top right, recipient bottom right, sorting area bottom left.
    expect(right(sender)).toBeLessThan(width / 2);
    expect(bottom(sender)).toBeLessThan(height / 2);
    expect(stamp.xMm).toBeGreaterThan(width / 2);
    expect(bottom(stamp)).toBeLessThan(height / 2);
    expect(recipient.xMm).toBeLessThan(width / 2);
    expect(recipient.xMm + recipient.widthMm / 2).toBeGreaterThan(width / 2);
    expect(recipient.yMm).toBeGreaterThanOrEqual(height * 0.4);
    expect(recipient.widthMm).toBeGreaterThan(width * 0.45);
    expect(keepClear).toMatchObject({ xMm: 0, yMm: recipient.yMm });
    expect(bottom(keepClear)).toBe(height);
    expect(right(keepClear)).toBeGreaterThan(width * 0.35);
  });

  it('refuses portrait and too small envelopes', () => {
    expect(() => envelopeRegions(110, 220)).toThrow(/landscape/);
    expect(() => envelopeRegions(114, 81)).toThrow(/too small/);
  });
});

describe('envelopes as PDF', () => {
  it.each(['DL', 'C4'] as const)('prints a %s envelope in its regions, the postal code last and in 12345-67890 order', async (size) => {
    const [width, height] = SIZES[size];
    const regions = envelopeRegions(width, height);
    const file = savePdf(await renderEnvelopes([FACE], width, height));
    const [page] = readPages(file);
    expect(Math.abs(page!.widthPt - mmToPt(width))).toBeLessThan(0.5);
    expect(Math.abs(page!.heightPt - mmToPt(height))).toBeLessThan(0.5);
    const words = page!.words;

    const senderWords = words.filter((w) => inside(w, regions.sender));
    const recipientWords = words.filter((w) => inside(w, regions.recipient));
    expect(senderWords).toHaveLength(tokens(FACE.sender));
    expect(recipientWords).toHaveLength(tokens(FACE.recipient) + 3);
    expect(senderWords.length + recipientWords.length).toBe(words.length);
    expect(senderWords).toContain(findWord(words, 'پیوند'));
    expect(recipientWords).toContain(findWord(words, 'رضایی'));
    for (const word of words) {
      expect(overlaps(word, regions.stamp)).toBe(false);
      expect(overlaps(word, regions.keepClear)).toBe(false);
    }
    expect(textIn(file, 1, regions.stamp)).toBe('');
    expect(textIn(file, 1, regions.keepClear)).toBe('');

    // pdftotext writes the code's glyphs left to right: the first group is on the left.
    const code = findWord(words, '۱۲۳۴۵-۶۷۸۹۰');
    const half = (code.xMax - code.xMin) / 2;
    const strip = { yMm: code.yMin, heightMm: code.yMax - code.yMin, widthMm: half - 0.5 };
    expect(textIn(file, 1, { ...strip, xMm: code.xMin })).toMatch(/^۱۲۳۴۵-?$/);
    expect(textIn(file, 1, { ...strip, xMm: code.xMin + half + 0.5 })).toMatch(/^-?۶۷۸۹۰$/);
    // «کد پستی:» first, at the right; the code line is the block's last and its largest type.
    expect(findWord(words, 'پستی:').xMin).toBeGreaterThan(code.xMax);
    expect(findWord(words, 'کد').xMin).toBeGreaterThan(findWord(words, 'پستی:').xMax);
    for (const word of recipientWords.filter((w) => w.yMin < code.yMin)) {
      expect(word.yMax).toBeLessThanOrEqual(code.yMin + 0.1);
      expect(code.yMax - code.yMin).toBeGreaterThan(word.yMax - word.yMin);
    }
    // Large enough to read across the room: the digits' line is at least 12 pt type.
    expect(mmToPt(code.yMax - code.yMin)).toBeGreaterThan(12 * 1.5);
    savePng(file, 1, `envelope-${size}`);
  });

  it('prints one page per envelope, without a code line when there is no postal code', async () => {
    const faces = [FACE, { ...FACE, postalCode: null }, { ...FACE, recipient: 'سرکار خانم مریم احمدی' }];
    const pages = readPages(savePdf(await renderEnvelopes(faces, ...SIZES.malakhi)));
    expect(pages).toHaveLength(3);
    expect(pages[1]!.words.some((w) => w.text === 'کد')).toBe(false);
    expect(pages[1]!.words.filter((w) => w.text === 'رضایی')).toHaveLength(1);
    findWord(pages[2]!.words, '۱۲۳۴۵-۶۷۸۹۰');
    findWord(pages[2]!.words, 'احمدی');
  });

  it('shrinks and cuts a recipient that does not fit, keeping its postal code', async () => {
    const recipient = Array.from({ length: 12 }, (_, i) => `سطر ${i + 1}: تهران، بزرگراه شهید همت، مجتمع تجاری و اداری پیوند`).join('\n');
    const regions = envelopeRegions(...SIZES.DL);
    const file = savePdf(await renderEnvelopes([{ ...FACE, recipient }], ...SIZES.DL));
    const [page] = readPages(file);
    for (const word of page!.words) expect(inside(word, regions.sender) || inside(word, regions.recipient)).toBe(true);
    findWord(page!.words, '۱۲۳۴۵-۶۷۸۹۰');
    const lines = page!.words.filter((w) => w.text === 'سطر').length;
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThan(12);
    savePng(file, 1, 'envelope-DL-overflow');
  });

  it('refuses a postal code that is not 10 digits, and takes one typed with Persian digits', async () => {
    await expect(renderEnvelopes([{ ...FACE, postalCode: '12345-6789' }], ...SIZES.DL)).rejects.toThrow(/10 digits/);
    const typed = readPages(savePdf(await renderEnvelopes([{ ...FACE, postalCode: '۱۲۳۴۵-۶۷۸۹۰' }], ...SIZES.DL)));
    findWord(typed[0]!.words, '۱۲۳۴۵-۶۷۸۹۰');
  });
});
