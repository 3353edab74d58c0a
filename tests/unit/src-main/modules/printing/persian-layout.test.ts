import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createPersianDocument,
  drawParagraph,
  measureParagraph,
  pdfBuffer,
  type ParagraphOptions,
} from '../../../../../src-main/modules/printing/persian-layout';

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

const dir = mkdtempSync(join(tmpdir(), 'peyvand-layout-'));
const BOX: ParagraphOptions = { x: 50, y: 50, width: 400, fontSize: 14 };

const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '«': '»', '»': '«' };

// pdftotext -bbox gives each word's glyphs left to right; a Persian word reads back in logical order.
// (Test words avoid the lam-alef ligature and ZWNJ, which poppler reports differently.)
function logical(word: string): string {
  if (!/[\u0621-\u06D3]/.test(word)) return word;
  return [...word].reverse().map((ch) => MIRRORED[ch] ?? ch).join('');
}

// Words as poppler reads them back from the PDF, top to bottom and left to right.
async function drawAndRead(text: string, options: Partial<ParagraphOptions> = {}): Promise<{ words: Word[]; height: number }> {
  const doc = createPersianDocument({ size: 'A4' });
  const height = drawParagraph(doc, text, { ...BOX, ...options });
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await pdfBuffer(doc));
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    text: logical(m[4]!),
  }));
  words.sort((a, b) => Math.round(a.yMin - b.yMin) || a.xMin - b.xMin);
  return { words, height };
}

function find(words: Word[], text: string): Word {
  const word = words.find((w) => w.text === text);
  if (!word) throw new Error(`«${text}» not in ${words.map((w) => w.text).join(' | ')}`);
  return word;
}

describe('Persian paragraph layout in PDF', () => {
  it('reads a Persian sentence right to left', async () => {
    const { words } = await drawAndRead('درود به پیوند خوش آمدید');
    expect(find(words, 'درود').xMin).toBeGreaterThan(find(words, 'به').xMax);
    expect(find(words, 'به').xMin).toBeGreaterThan(find(words, 'پیوند').xMax);
    expect(find(words, 'خوش').xMin).toBeGreaterThan(find(words, 'آمدید').xMax);
  });

  it('keeps Latin words, numbers and codes in their own order inside a Persian line', async () => {
    const { words } = await drawAndRead('برنامه Peyvand CRM نسخه 2.5 با شماره 1403-256 و تاریخ ۱۴۰۳/۰۱/۰۵ و کد ۱۲۳۴۵');
    expect(words.map((w) => w.text)).toEqual(expect.arrayContaining(['Peyvand', 'CRM', '2.5', '1403-256', '۱۴۰۳/۰۱/۰۵', '۱۲۳۴۵']));
    expect(find(words, 'Peyvand').xMax).toBeLessThan(find(words, 'CRM').xMin);
    // The Latin phrase comes after «برنامه» in reading order, i.e. to its left.
    expect(find(words, 'CRM').xMax).toBeLessThan(find(words, 'برنامه').xMin);
    expect(find(words, 'شماره').xMin).toBeGreaterThan(find(words, '1403-256').xMax);
  });

  it('mirrors brackets around Persian words', async () => {
    const { words } = await drawAndRead('نام (اختیاری) را بنویسید');
    expect(words.map((w) => w.text)).toContain('(اختیاری)');
    expect(find(words, 'نام').xMin).toBeGreaterThan(find(words, '(اختیاری)').xMax);
  });

  it('wraps a long paragraph into right-aligned lines within the width', async () => {
    const text = Array.from({ length: 12 }, (_, i) => `این جمله شماره ${i + 1} از یک متن بلند فارسی است.`).join(' ');
    const { words, height } = await drawAndRead(text);
    const lines = [...new Set(words.map((w) => Math.round(w.yMin)))];
    expect(lines.length).toBeGreaterThan(3);
    expect(height).toBeCloseTo(measureParagraph(createPersianDocument(), text, BOX));
    for (const word of words) {
      expect(word.xMin).toBeGreaterThanOrEqual(BOX.x - 0.5);
      expect(word.xMax).toBeLessThanOrEqual(BOX.x + BOX.width + 0.5);
    }
    for (const y of lines) {
      const rightmost = Math.max(...words.filter((w) => Math.round(w.yMin) === y).map((w) => w.xMax));
      expect(rightmost).toBeCloseTo(BOX.x + BOX.width, 0);
    }
    expect(find(words, 'این').xMin).toBeGreaterThan(find(words, 'جمله').xMax);
  });

  it('justifies every line but the last to the full width', async () => {
    const text = Array.from({ length: 8 }, () => 'مشتریان باشگاه پیوند هر ماه پیامک تبریک دریافت می‌کنند.').join(' ');
    const { words } = await drawAndRead(text, { align: 'justify' });
    const lines = [...new Set(words.map((w) => Math.round(w.yMin)))];
    for (const y of lines.slice(0, -1)) {
      const line = words.filter((w) => Math.round(w.yMin) === y);
      expect(Math.min(...line.map((w) => w.xMin))).toBeCloseTo(BOX.x, 0);
      expect(Math.max(...line.map((w) => w.xMax))).toBeCloseTo(BOX.x + BOX.width, 0);
    }
  });
});
