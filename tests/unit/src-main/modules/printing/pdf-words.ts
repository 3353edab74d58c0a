import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ptToMm, type Rect } from '../../../../../src-main/modules/printing/units';

// Reading printouts back with poppler (pdftotext -bbox, pdftoppm), in millimetres from the page's top left.

export interface Word {
  /** Persian words in logical order; digits and Latin as they read. */
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  widthPt: number;
  heightPt: number;
  words: Word[];
}

const dir = mkdtempSync(join(tmpdir(), 'peyvand-print-'));
// Pages to look at after a run; the folder is git-ignored.
const LOOK_DIR = 'test-output/print';

export function savePdf(pdf: Buffer): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

// pdftotext -bbox gives a Persian word's glyphs left to right: reversed, it reads in logical order.
function logical(word: string): string {
  return /[\u0621-\u06D3]/.test(word) ? [...word].reverse().join('') : word;
}

export function readPages(file: string): PdfPage[] {
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: ptToMm(Number(m[1])),
        yMin: ptToMm(Number(m[2])),
        xMax: ptToMm(Number(m[3])),
        yMax: ptToMm(Number(m[4])),
        text: logical(m[5]!),
      }));
      return { widthPt: Number(size[1]), heightPt: Number(size[2]), words };
    });
}

export function findWord(words: Word[], text: string): Word {
  const word = words.find((w) => w.text === text);
  if (!word) throw new Error(`«${text}» not in ${words.map((w) => w.text).join(' | ')}`);
  return word;
}

/** The word lies wholly inside the rectangle, give or take `slackMm`. */
export function inside(word: Word, rect: Rect, slackMm = 0.1): boolean {
  return (
    word.xMin >= rect.xMm - slackMm &&
    word.yMin >= rect.yMm - slackMm &&
    word.xMax <= rect.xMm + rect.widthMm + slackMm &&
    word.yMax <= rect.yMm + rect.heightMm + slackMm
  );
}

export function overlaps(word: Word, rect: Rect): boolean {
  return word.xMax > rect.xMm && word.xMin < rect.xMm + rect.widthMm && word.yMax > rect.yMm && word.yMin < rect.yMm + rect.heightMm;
}

/** The text pdftotext finds inside a rectangle of one page (1-based). */
export function textIn(file: string, page: number, rect: Rect): string {
  // At 720 dpi a crop coordinate is a tenth of a point.
  const px = (mm: number) => String(Math.round((mm / 25.4) * 720));
  const crop = ['-r', '720', '-x', px(rect.xMm), '-y', px(rect.yMm), '-W', px(rect.widthMm), '-H', px(rect.heightMm)];
  return execFileSync('/usr/bin/pdftotext', [...crop, '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).trim();
}

/** Renders one page (1-based) at 100 dpi to test-output/print/<name>.png, to look at. */
export function savePng(file: string, page: number, name: string): string {
  mkdirSync(LOOK_DIR, { recursive: true });
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '100', '-f', String(page), '-l', String(page), '-singlefile', file, join(LOOK_DIR, name)]);
  return join(LOOK_DIR, `${name}.png`);
}
