import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patchDocument } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderLetters, renderLettersDocx, type LetterPage, type LetterStyle } from '../../../../../src-main/modules/printing/letters';
import { createPersianDocument, drawParagraph, pdfBuffer } from '../../../../../src-main/modules/printing/persian-layout';

interface Word {
  raw: string;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

interface Page {
  width: number;
  height: number;
  words: Word[];
}

const dir = mkdtempSync(join(tmpdir(), 'peyvand-letters-'));
const SCREENS = join(process.cwd(), 'test-output', 'screens');
const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89, margin: 20 * MM };
const A5 = { width: 419.53, height: 595.28, margin: 14 * MM };
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '«': '»', '»': '«' };

const MIXED = 'شماره قرارداد 1403-256 (پیوست الف) برای شرکت Sample Co. تا پایان سال جاری معتبر است.';
const LETTER: LetterPage = {
  number: 'ف/۱۴۰۵/۱۲',
  date: '۱۴۰۵/۰۹/۰۲',
  attachments: 'ندارد',
  subject: 'تمدید قرارداد همکاری',
  salutation: 'حضور مدیر فروش محترم شرکت نمونه\nجناب آقای مهندس رضایی',
  body: [
    'با سلام و احترام',
    `بازگشت به نامهٔ شمارهٔ ۴۵۶ مورخ ۱۴۰۵/۰۸/۱۵ در خصوص تمدید همکاری، به استحضار می‌رساند ${MIXED} خواهشمند است دستور فرمایید نسخهٔ امضاشدهٔ قرارداد را به این دفتر ارسال نمایند تا اقدامات لازم برای پرداخت صورت پذیرد.`,
    'جلسهٔ هماهنگی بعدی روز دوشنبه ساعت ۱۰ صبح در دفتر مرکزی برگزار خواهد شد و حضور نمایندهٔ آن شرکت محترم موجب امتنان است.',
  ].join('\n'),
  closing: 'با سپاس',
  signatureName: 'علی محمدی',
  signatureTitle: 'مدیرعامل شرکت پیوند',
};
// Numbered sentences, so the order across the page break can be checked.
const LONG_BODY = Array.from({ length: 6 }, (_, p) =>
  Array.from({ length: 9 }, (_, s) => `این جمله ${(p * 9 + s + 1).toLocaleString('fa-IR', { useGrouping: false })} از متن بلند نامه است و ادامه دارد.`).join(' '),
).join('\n');

let letterhead: Buffer;

// A pure red square: its pixels on the rendered page show where the letterhead landed and how it was scaled.
async function redSquarePng(): Promise<Buffer> {
  const doc = createPersianDocument({ size: [60, 60] });
  doc.rect(0, 0, 60, 60).fill('#ff0000');
  const pdf = join(dir, 'letterhead.pdf');
  writeFileSync(pdf, await pdfBuffer(doc));
  execFileSync('/usr/bin/pdftoppm', ['-r', '72', '-png', '-singlefile', pdf, join(dir, 'letterhead')]);
  return readFileSync(join(dir, 'letterhead.png'));
}

// For the screenshots: an emblem and the office name, as a real letterhead looks.
async function sampleLetterheadPng(): Promise<Buffer> {
  const doc = createPersianDocument({ size: [45 * MM, 25 * MM] });
  doc.circle(22.5 * MM, 9 * MM, 6.5 * MM).fill('#2f5d8a');
  doc.fillColor('#2f5d8a');
  drawParagraph(doc, 'شرکت پیوند', { x: 0, y: 16.5 * MM, width: 45 * MM, align: 'center', fontSize: 13, bold: true, lineGap: 0 });
  const pdf = join(dir, 'sample-letterhead.pdf');
  writeFileSync(pdf, await pdfBuffer(doc));
  execFileSync('/usr/bin/pdftoppm', ['-r', '200', '-png', '-singlefile', pdf, join(dir, 'sample-letterhead')]);
  return readFileSync(join(dir, 'sample-letterhead.png'));
}

async function renderPdf(pages: LetterPage[], style: Partial<LetterStyle> = {}): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await renderLetters(pages, { paper: 'A4', letterhead, ...style }));
  return file;
}

// pdftotext -bbox gives a Persian word's glyphs left to right: reversed (brackets mirrored) it reads in logical order.
function logical(word: string): string {
  if (!/[\u0621-\u06D3]/.test(word)) return word;
  return [...word].reverse().map((ch) => MIRRORED[ch] ?? ch).join('');
}

function read(file: string): Page[] {
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      raw: m[5]!,
      text: logical(m[5]!),
    }));
    return { width: Number(size[1]), height: Number(size[2]), words };
  });
}

function find(words: Word[], text: string, after = 0): Word {
  const word = words.find((w) => (w.text === text || w.raw === text) && w.yMin >= after);
  if (!word) throw new Error(`«${text}» not in ${words.map((w) => w.text).join(' | ')}`);
  return word;
}

// Lines of words (same baseline), top to bottom, each left to right.
function lines(words: Word[]): Word[][] {
  const byY = new Map<number, Word[]>();
  for (const word of words) byY.set(Math.round(word.yMax), [...(byY.get(Math.round(word.yMax)) ?? []), word]);
  return [...byY.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line.sort((a, b) => a.xMin - b.xMin));
}

// The bounding box, in points, of the pure red pixels on a page rendered at 36 dpi.
function redBox(file: string, page: number): { xMin: number; yMin: number; xMax: number; yMax: number } {
  const out = join(dir, `${Math.random().toString(36).slice(2)}`);
  execFileSync('/usr/bin/pdftoppm', ['-r', '36', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  const ppm = readFileSync(`${out}.ppm`);
  const [, width, height] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))!.map(Number) as [number, number, number];
  const start = ppm.length - width * height * 3;
  const box = { xMin: Infinity, yMin: Infinity, xMax: -Infinity, yMax: -Infinity };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3;
      if (ppm[i]! > 200 && ppm[i + 1]! < 60 && ppm[i + 2]! < 60) {
        box.xMin = Math.min(box.xMin, x * 2);
        box.yMin = Math.min(box.yMin, y * 2);
        box.xMax = Math.max(box.xMax, (x + 1) * 2);
        box.yMax = Math.max(box.yMax, (y + 1) * 2);
      }
    }
  }
  return box;
}

beforeAll(async () => {
  letterhead = await redSquarePng();
});

describe('letters as PDF', () => {
  it('puts the letterhead at the top right and «شماره / تاریخ / پیوست» at the top left', async () => {
    const file = await renderPdf([LETTER, { ...LETTER, number: 'ف/۱۴۰۵/۱۳' }]);
    const [page] = read(file);
    expect(Math.abs(page!.width - A4.width)).toBeLessThan(0.5);
    expect(Math.abs(page!.height - A4.height)).toBeLessThan(0.5);

    // A square letterhead fits the 45×25 mm box by its height, against the right margin.
    const image = redBox(file, 1);
    expect(image.xMax).toBeCloseTo(A4.width - A4.margin, -1);
    expect(image.yMin).toBeCloseTo(A4.margin, -1);
    expect(image.yMax - image.yMin).toBeCloseTo(25 * MM, -1);
    expect(image.xMin).toBeGreaterThan(A4.width * 0.7);
    // One image object, drawn on both letters' pages.
    const list = execFileSync('/usr/bin/pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(list).toHaveLength(2);
    expect(new Set(list.map((row) => row.trim().split(/\s+/).slice(-6, -5)[0])).size).toBe(1);

    const words = page!.words;
    const labels = ['شماره:', 'تاریخ:', 'پیوست:'].map((label) => find(words, label));
    const values = [LETTER.number, LETTER.date, LETTER.attachments].map((value) => find(words, value));
    for (const word of [...labels, ...values]) {
      expect(word.xMax).toBeLessThan(A4.width / 2);
      expect(word.yMax).toBeLessThan(A4.margin + 35 * MM);
      expect(word.xMax).toBeLessThan(image.xMin);
    }
    // Labels right-aligned in the block, each value right after its label, one row each.
    for (const [i, label] of labels.entries()) {
      expect(label.xMax).toBeCloseTo(labels[0]!.xMax, 0);
      expect(values[i]!.xMax).toBeLessThan(label.xMin);
      expect(label.xMin - values[i]!.xMax).toBeLessThan(20);
      expect(values[i]!.yMin).toBeCloseTo(label.yMin, 0);
      if (i) expect(label.yMin).toBeGreaterThan(labels[i - 1]!.yMax - 1);
    }
    // The number keeps its typed order, left to right: «ف/۱۴۰۵/۱۲», not «۱۴۰۵/۱۲/ف».
    expect(values[0]!.raw).toBe('ف/۱۴۰۵/۱۲');
    expect(values[1]!.raw).toBe('۱۴۰۵/۰۹/۰۲');
  });

  it('sets subject and salutation from the right margin and reads the body right to left', async () => {
    const [page] = read(await renderPdf([LETTER]));
    const words = page!.words;
    const right = A4.width - A4.margin;
    for (const first of ['موضوع:', 'حضور', 'جناب', 'با']) expect(find(words, first).xMax).toBeCloseTo(right, 0);
    expect(find(words, 'جناب').yMin).toBeGreaterThan(find(words, 'حضور').yMax - 1);
    expect(find(words, 'حضور').yMin).toBeGreaterThan(find(words, 'موضوع:').yMax);

    // The mixed line: «1403-256» as typed, the brackets mirrored around «پیوست الف», Latin left to right.
    const body = find(words, 'بازگشت').yMin;
    const order = ['شماره', 'قرارداد', '1403-256', '(پیوست', 'الف)', 'برای', 'شرکت', 'Co'].map((text) => find(words, text, body));
    const sameLine = (a: Word, b: Word) => Math.abs(a.yMin - b.yMin) < 1;
    for (let i = 1; i < order.length; i++) {
      if (sameLine(order[i - 1]!, order[i]!)) expect(order[i]!.xMax).toBeLessThan(order[i - 1]!.xMin);
      else expect(order[i]!.yMin).toBeGreaterThan(order[i - 1]!.yMax - 1);
    }
    // The full stop belongs to the Persian sentence, so (as in browsers) it sits left of «Sample Co».
    expect(find(words, '.Sample', body).xMax).toBeLessThan(find(words, 'Co', body).xMin);
  });

  it('justifies body lines to both margins, leaving paragraph ends at the right', async () => {
    const [page] = read(await renderPdf([LETTER]));
    const top = find(page!.words, 'بازگشت').yMin - 1;
    const bottom = find(page!.words, 'سپاس').yMin;
    const body = lines(page!.words.filter((w) => w.yMin >= top && w.yMin < bottom));
    const ends = new Set(['احترام', 'پذیرد.', 'امتنان']);
    let justified = 0;
    let ended = 0;
    for (const line of body) {
      expect(line.at(-1)!.xMax).toBeCloseTo(A4.width - A4.margin, 0);
      if (line.some((w) => ends.has(w.text))) {
        // At its natural width: not stretched to the left margin, however full it is.
        expect(line[0]!.xMin).toBeGreaterThan(A4.margin + 3);
        ended++;
      } else {
        expect(line[0]!.xMin).toBeCloseTo(A4.margin, 0);
        justified++;
      }
    }
    expect(justified).toBeGreaterThanOrEqual(3);
    expect(ended).toBe(2);
  });

  it('puts the closing and signature on the left half below the body', async () => {
    const [page] = read(await renderPdf([LETTER]));
    const words = page!.words;
    const lastBody = find(words, 'امتنان');
    const [closing, name, title] = [find(words, 'سپاس'), find(words, 'محمدی'), find(words, 'مدیرعامل')];
    for (const word of [closing, name, title]) {
      expect(word!.xMax).toBeLessThan(A4.width / 2);
      expect(word!.xMin).toBeGreaterThan(A4.margin - 1);
    }
    expect(closing!.yMin).toBeGreaterThan(lastBody.yMax);
    expect(name!.yMin).toBeGreaterThan(closing!.yMax + 20);
    expect(title!.yMin).toBeGreaterThan(name!.yMax - 1);
  });

  it('continues a long body on a second page under a small header, and starts each letter on a new page', async () => {
    const long = { ...LETTER, body: LONG_BODY };
    const pages = read(await renderPdf([long, { ...LETTER, number: 'ف/۱۴۰۵/۱۳' }]));
    expect(pages).toHaveLength(3);
    const [first, second, next] = pages as [Page, Page, Page];

    // Sentence numbers in the body, below the small header.
    const numbers = (page: Page) =>
      page.words
        .filter((w) => w.yMin > A4.margin + 20 && /^[۰-۹]+$/.test(w.text))
        .map((w) => Number(w.text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))));
    const onFirst = numbers(first);
    const onSecond = numbers(second);
    expect(Math.max(...first.words.map((w) => w.yMax))).toBeLessThan(A4.height - A4.margin + 4);
    // Sentences 1… on page 1, the rest on page 2, none lost or repeated.
    expect([...new Set([...onFirst, ...onSecond])].sort((a, b) => a - b)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    expect(Math.min(...onSecond)).toBeGreaterThanOrEqual(Math.max(...onFirst));

    // The line cut at the page end is justified like any other line inside a paragraph.
    const lastLine = lines(first.words).at(-1)!;
    expect(lastLine[0]!.xMin).toBeCloseTo(A4.margin, 0);

    // «صفحهٔ ۲» at the top right, the letter's number at the top left, both above the body.
    const headerWords = second.words.filter((w) => w.yMax < A4.margin + 20);
    const pageNumber = headerWords.find((w) => w.text === '۲')!;
    expect(pageNumber.xMin).toBeGreaterThan(A4.width / 2);
    const number = headerWords.find((w) => w.raw === LETTER.number)!;
    expect(number.xMin).toBeCloseTo(A4.margin, 0);
    expect(Math.min(...second.words.filter((w) => !headerWords.includes(w)).map((w) => w.yMin))).toBeGreaterThan(pageNumber.yMax + 10);
    expect(find(second.words, 'محمدی').xMax).toBeLessThan(A4.width / 2);

    expect(find(next.words, 'ف/۱۴۰۵/۱۳')).toBeTruthy();
    expect(find(next.words, 'حضور').yMin).toBeLessThan(A4.height / 3);
  });

  it('prints A5 with narrower margins and a preview watermark on request', async () => {
    const file = await renderPdf([{ ...LETTER, preview: true }], { paper: 'A5' });
    const [page] = read(file);
    expect(Math.abs(page!.width - A5.width)).toBeLessThan(0.5);
    expect(Math.abs(page!.height - A5.height)).toBeLessThan(0.5);
    expect(find(page!.words, 'حضور').xMax).toBeCloseTo(A5.width - A5.margin, 0);
    expect(Math.min(...page!.words.filter((w) => w.yMin > A5.height / 3 && w.yMax < A5.height * 0.6).map((w) => w.xMin))).toBeGreaterThan(A5.margin - 1);
    const image = redBox(file, 1);
    expect(image.xMax).toBeCloseTo(A5.width - A5.margin, -1);
    expect(image.yMax - image.yMin).toBeLessThan(20 * MM);
    const plain = read(await renderPdf([LETTER], { paper: 'A5' }))[0]!;
    expect(page!.words.length).toBeGreaterThan(plain.words.length);
  });

  it('renders sample letters to PNG for review', async () => {
    mkdirSync(SCREENS, { recursive: true });
    const sample = await sampleLetterheadPng();
    for (const paper of ['A4', 'A5'] as const) {
      const file = await renderPdf([LETTER], { paper, letterhead: sample });
      execFileSync('/usr/bin/pdftoppm', ['-r', '100', '-png', '-singlefile', '-f', '1', '-l', '1', file, join(SCREENS, `letter-${paper.toLowerCase()}`)]);
    }
  });
});

describe('letters as Word', () => {
  const part = (docx: Buffer, name: string): string => {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.docx`);
    writeFileSync(file, docx);
    return execFileSync('/usr/bin/unzip', ['-p', file, name], { encoding: 'utf8' });
  };
  const texts = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');

  it('writes right-to-left paragraphs and runs in order, one A4 section per letter', async () => {
    const docx = await renderLettersDocx([LETTER, { ...LETTER, number: 'ف/۱۴۰۵/۱۳', body: LONG_BODY }], { paper: 'A4', letterhead });
    const xml = part(docx, 'word/document.xml');
    const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!);
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const p of paragraphs.filter((p) => /<w:t[ >]/.test(p))) expect(p).toContain('<w:bidi/>');
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]!).filter((r) => /<w:t[ >]/.test(r));
    for (const r of runs) {
      expect(r).toContain('<w:rtl/>');
      expect(r).toContain('w:cs="Vazirmatn"');
    }
    const text = texts(xml);
    // Number and date carry a left-to-right override, codes a left-to-right embedding, as Word needs them.
    const order = ['\u202Dف/۱۴۰۵/۱۲\u202C', '\u202D۱۴۰۵/۰۹/۰۲\u202C', 'موضوع: تمدید قرارداد همکاری', 'حضور مدیر فروش محترم شرکت نمونه', 'جناب آقای مهندس رضایی', MIXED.replace('1403-256', '\u202A1403-256\u202C'), 'با سپاس', 'علی محمدی', 'مدیرعامل شرکت پیوند', '\u202Dف/۱۴۰۵/۱۳\u202C'];
    let at = -1;
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    // A section (own page size, restarting page numbers) per letter; the letterhead stored once.
    const sections = [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)"[^>]*\/>/g)];
    expect(sections).toHaveLength(2);
    for (const [, w, h] of sections) expect([Number(w) / 20, Number(h) / 20].map((pt) => Math.round(pt))).toEqual([595, 842]);
    expect(xml.match(/<w:titlePg\/>/g)).toHaveLength(2);
    // The letterhead floats at the top right from the first letter's first-page header; later letters inherit it.
    expect(xml.match(/<w:headerReference w:type="first"/g)).toHaveLength(1);
    const headers = [1, 2, 3].map((i) => part(docx, `word/header${i}.xml`)).join('\n');
    expect(headers).toMatch(/<wp:positionH relativeFrom="margin"><wp:align>right<\/wp:align><\/wp:positionH><wp:positionV relativeFrom="margin"><wp:align>top<\/wp:align>/);
    const file = join(dir, 'listing.docx');
    writeFileSync(file, docx);
    const entries = execFileSync('/usr/bin/unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    expect(entries.filter((entry) => entry.startsWith('word/media/'))).toHaveLength(1);
  });

  it('puts «صفحهٔ N» and the number in the later pages header, and parses back', async () => {
    const docx = await renderLettersDocx([{ ...LETTER, body: LONG_BODY, preview: true }], { paper: 'A5', letterhead });
    const xml = part(docx, 'word/document.xml');
    const [, w, h] = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml)!;
    expect(Math.abs(Number(w) / 20 - A5.width)).toBeLessThan(0.5);
    expect(Math.abs(Number(h) / 20 - A5.height)).toBeLessThan(0.5);
    const headers = [1, 2].map((i) => part(docx, `word/header${i}.xml`)).join('\n');
    expect(headers).toContain('صفحهٔ');
    expect(headers).toMatch(/PAGE/);
    expect(headers).toContain('\u202Dف/۱۴۰۵/۱۲\u202C');
    expect(headers).toContain('پیش‌نمایش');
    expect(part(docx, 'word/fontTable.xml')).toContain('<w:altName w:val="B Nazanin"/>');

    const file = join(dir, 'check.docx');
    writeFileSync(file, docx);
    execFileSync('/usr/bin/unzip', ['-tq', file]);
    // docx's own reader unzips the package and parses its XML; it fails on anything malformed.
    const reread = await patchDocument({ outputType: 'nodebuffer', data: docx, patches: {} });
    expect(texts(part(reread, 'word/document.xml'))).toContain('این جمله ۵۴ از متن بلند نامه است و ادامه دارد.');
  });
});
