import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMembershipCards, type CardSheetOptions, type MembershipCardFace } from '../../../../../src-main/modules/printing/membership-cards';

interface Word {
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

const dir = mkdtempSync(join(tmpdir(), 'peyvand-cards-'));
const MM = 72 / 25.4;
const CR80 = { width: 85.6 * MM, height: 53.98 * MM };
const A4 = { width: 595.28, height: 841.89 };
const DPI = 300;

const CARD: MembershipCardFace = {
  name: 'سیده فاطمه حسینی‌نژاد',
  membershipNumber: '12345',
  cardCode: '100001011',
  tierName: 'طلایی',
  tierColour: '#c9a227',
  joinedOn: '۱۴۰۵/۰۸/۲۳',
};
const OPTIONS: CardSheetOptions = { officeName: 'فروشگاه پیوند', barcode: 'code128', paper: 'cr80' };

async function render(cards: MembershipCardFace[], options: Partial<CardSheetOptions> = {}): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await renderMembershipCards(cards, { ...OPTIONS, ...options }));
  return file;
}

// pdftotext -bbox gives a Persian word's glyphs left to right: reversed, it reads in logical order.
function logical(word: string): string {
  return /[\u0621-\u06D3]/.test(word) ? [...word].reverse().join('') : word;
}

function pages(file: string): Page[] {
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: logical(m[5]!),
    }));
    return { width: Number(size[1]), height: Number(size[2]), words };
  });
}

function find(words: Word[], text: string): Word {
  const word = words.find((w) => w.text === text);
  if (!word) throw new Error(`«${text}» not in ${words.map((w) => w.text).join(' | ')}`);
  return word;
}

// What a scanner reads from the page printed at 300 dpi; crop is in points.
function scan(file: string, page: number, crop?: { x: number; y: number; width: number; height: number }): string[] {
  const px = (pt: number) => String(Math.round((pt * DPI) / 72));
  const area = crop ? ['-x', px(crop.x), '-y', px(crop.y), '-W', px(crop.width), '-H', px(crop.height)] : [];
  const png = join(dir, `${Math.random().toString(36).slice(2)}`);
  execFileSync('/usr/bin/pdftoppm', ['-r', String(DPI), '-png', '-singlefile', '-f', String(page), '-l', String(page), ...area, file, png]);
  const result = spawnSync('/usr/bin/zbarimg', ['--raw', '-q', '--nodbus', `${png}.png`], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean);
}

describe('membership cards', () => {
  it('prints one CR80 page per card', async () => {
    const all = pages(await render([CARD, { ...CARD, cardCode: '100001028' }, { ...CARD, cardCode: '100001035' }]));
    expect(all).toHaveLength(3);
    for (const page of all) {
      expect(Math.abs(page.width - CR80.width)).toBeLessThan(0.5);
      expect(Math.abs(page.height - CR80.height)).toBeLessThan(0.5);
    }
  });

  it('puts ten cards on each A4 sheet, right to left from the top right', async () => {
    for (const count of [1, 10, 11, 23]) {
      const cards = Array.from({ length: count }, (_, i) => ({ ...CARD, membershipNumber: String(101 + i), cardCode: String(100001011 + i) }));
      const sheets = pages(await render(cards, { paper: 'a4' }));
      expect(sheets).toHaveLength(Math.ceil(count / 10));
      for (const sheet of sheets) {
        expect(Math.abs(sheet.width - A4.width)).toBeLessThan(0.5);
        expect(Math.abs(sheet.height - A4.height)).toBeLessThan(0.5);
      }
      if (count !== 23) continue;
      const [first, second, third] = ['۱۰۱', '۱۰۲', '۱۰۳'].map((n) => find(sheets[0]!.words, n));
      expect(first!.xMin).toBeGreaterThan(A4.width / 2);
      expect(second!.xMax).toBeLessThan(A4.width / 2);
      expect(second!.yMin).toBeCloseTo(first!.yMin, 0);
      expect(third!.xMin).toBeGreaterThan(A4.width / 2);
      expect(third!.yMin).toBeCloseTo(first!.yMin + CR80.height, 0);
      expect(find(sheets[2]!.words, '۱۲۳').xMin).toBeGreaterThan(A4.width / 2);
    }
  });

  it('sets the name and membership number right to left on the right half, the ASCII code under the barcode', async () => {
    const file = await render([{ ...CARD, name: 'مریم سادات نوری', membershipNumber: '40957' }]);
    const [page] = pages(file);
    const words = page!.words;
    const name = ['مریم', 'سادات', 'نوری'].map((w) => find(words, w));
    for (const word of name) expect(word.xMin).toBeGreaterThan(CR80.width / 2);
    expect(name[0]!.xMin).toBeGreaterThan(name[1]!.xMax);
    expect(name[1]!.xMin).toBeGreaterThan(name[2]!.xMax);

    const number = find(words, '۴۰۹۵۷');
    expect(number.xMin).toBeGreaterThan(CR80.width / 2);
    expect(find(words, 'عضویت').xMin).toBeGreaterThan(number.xMax);
    expect(number.yMin).toBeGreaterThan(name[0]!.yMax);
    expect(find(words, '۱۴۰۵/۰۸/۲۳').yMin).toBeGreaterThan(number.yMax);

    const code = find(words, CARD.cardCode);
    expect(code.xMax).toBeLessThan(CR80.width / 2);
    expect(code.yMax).toBeLessThanOrEqual(CR80.height);
    // The barcode sits right above the printed code: a strip of the left half ending at the code's top scans.
    expect(scan(file, 1, { x: 0, y: code.yMin - 35, width: CR80.width / 2, height: 35 })).toEqual([CARD.cardCode]);
    expect(scan(file, 1, { x: 0, y: code.yMin + 1, width: CR80.width / 2, height: CR80.height - code.yMin - 1 })).toEqual([]);
  });

  it.each(['code128', 'qr'] as const)('prints a %s barcode that scans as the card code', async (barcode) => {
    const codes = ['100001011', '987654321012', 'CLB-00042'];
    const file = await render(
      codes.map((cardCode) => ({ ...CARD, cardCode })),
      { barcode },
    );
    codes.forEach((code, i) => expect(scan(file, i + 1)).toEqual([code]));
  });

  it('scans every card of an A4 sheet', async () => {
    const codes = Array.from({ length: 10 }, (_, i) => String(200000000 + i * 7919));
    const file = await render(
      codes.map((cardCode) => ({ ...CARD, cardCode })),
      { paper: 'a4', barcode: 'qr' },
    );
    expect(scan(file, 1).sort()).toEqual([...codes].sort());
  });

  it('keeps a very long name, office name and tier inside the card, clear of the barcode', async () => {
    const name = 'محمدحسین عبدالرحیم زاده اصفهانی فراهانی پور تهرانی نیشابوری کرمانی';
    const long: MembershipCardFace = { ...CARD, name, tierName: 'طلایی ویژهٔ مشتریان قدیمی و وفادار باشگاه', photo: null };
    const officeName = 'شرکت بازرگانی و خدمات پس از فروش زنجیره‌ای پیوند گستر ایرانیان';
    const [page] = pages(await render([long], { officeName }));
    const words = page!.words;
    const code = find(words, CARD.cardCode);
    for (const word of name.split(' ')) find(words, word);
    for (const word of words) {
      expect(word.xMin).toBeGreaterThanOrEqual(0);
      expect(word.yMin).toBeGreaterThanOrEqual(0);
      expect(word.xMax).toBeLessThanOrEqual(CR80.width);
      expect(word.yMax).toBeLessThanOrEqual(CR80.height);
      if (word !== code) expect(word.xMin).toBeGreaterThan(code.xMax);
    }
    const lastNameLine = Math.max(...name.split(' ').map((w) => find(words, w).yMax));
    expect(lastNameLine).toBeLessThanOrEqual(find(words, '۱۲۳۴۵').yMin);
  });

  it('prints a photo, and leaves the corner empty for an unreadable one', async () => {
    const photo = Buffer.from(execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '20', '-singlefile', await render([CARD])]));
    const file = await render([{ ...CARD, photo }, { ...CARD, photo: Buffer.from('not an image') }]);
    const images = execFileSync('/usr/bin/pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const pagesWithImages = images.map((line) => line.trim().split(/\s+/)).filter((column) => column[2] === 'image');
    expect(pagesWithImages.map((column) => Number(column[0]))).toEqual([1, 1, 2]);
    expect(scan(file, 2)).toEqual([CARD.cardCode]);
  });
});
