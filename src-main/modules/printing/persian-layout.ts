import { createRequire } from 'node:module';
import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import PDFDocument from 'pdfkit';

const bidi = bidiFactory();

const FONT_REGULAR = 'Vazirmatn';
const FONT_BOLD = 'Vazirmatn-Bold';

export type ParagraphAlign = 'right' | 'left' | 'center' | 'justify';

export interface ParagraphOptions {
  x: number;
  y: number;
  width: number;
  align?: ParagraphAlign;
  fontSize?: number;
  lineGap?: number;
  bold?: boolean;
  // 'auto' takes the direction from the first strong character, for cells that may hold only an e-mail or Latin name.
  direction?: 'rtl' | 'auto';
  // Table cells stop here; the rest of the text is dropped rather than spilling into the next row.
  maxLines?: number;
}

interface Atom {
  text: string;
  width: number;
}

// One visual line: atoms left to right, with `spaceAfter[i]` spaces between atom i and atom i + 1.
interface VisualLine {
  atoms: Atom[];
  spaceAfter: number[];
  // Justified text leaves the last line of each paragraph at its natural width.
  endsParagraph: boolean;
}

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
// Under the Unicode rules «شماره 1403-256» shows as 256-1403; isolating the code keeps it as typed.
const CODE = /[0-9\u06F0-\u06F9]+(?:[-\u2010-\u2013][0-9\u06F0-\u06F9]+)+/g;

// The Electron bundle is CommonJS, where import.meta is empty and require is the native one.
function fontFile(name: string): string {
  const resolver = import.meta.url ? createRequire(import.meta.url) : require;
  return resolver.resolve(`vazirmatn/fonts/ttf/${name}`);
}

// A document with Vazirmatn registered and no automatic page breaks: the layout code places every line itself.
export function createPersianDocument(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({ margin: 0, ...options });
  doc.registerFont(FONT_REGULAR, fontFile('Vazirmatn-Regular.ttf'));
  doc.registerFont(FONT_BOLD, fontFile('Vazirmatn-Bold.ttf'));
  doc.font(FONT_REGULAR);
  return doc;
}

export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function useFont(doc: PDFKit.PDFDocument, options: ParagraphOptions): void {
  doc.font(options.bold ? FONT_BOLD : FONT_REGULAR).fontSize(options.fontSize ?? 11);
}

function lineHeight(doc: PDFKit.PDFDocument, options: ParagraphOptions): number {
  return doc.currentLineHeight() + (options.lineGap ?? 2);
}

function measure(doc: PDFKit.PDFDocument, text: string): number {
  const visible = text.replace(BIDI_CONTROLS, '');
  return visible ? doc.widthOfString(visible) : 0;
}

// Greedy wrapping on the logical string: [start, end] ranges (end exclusive) without the spaces between lines.
function wrap(doc: PDFKit.PDFDocument, text: string, width: number): [number, number][] {
  const lines: [number, number][] = [];
  const spaceWidth = measure(doc, ' ');
  let lineStart = -1;
  let lineEnd = -1;
  let lineWidth = 0;
  for (const match of text.matchAll(/\S+/g)) {
    let start = match.index;
    const end = start + match[0].length;
    const wordWidth = measure(doc, match[0]);
    if (lineStart >= 0 && lineWidth + spaceWidth + wordWidth <= width) {
      lineEnd = end;
      lineWidth += spaceWidth + wordWidth;
      continue;
    }
    if (lineStart >= 0) lines.push([lineStart, lineEnd]);
    // A word wider than the line (a long e-mail address) is cut where it reaches the edge.
    while (measure(doc, text.slice(start, end)) > width) {
      let cut = start + 1;
      while (cut < end && measure(doc, text.slice(start, cut + 1)) <= width) cut++;
      lines.push([start, cut]);
      start = cut;
    }
    lineStart = start;
    lineEnd = end;
    lineWidth = measure(doc, text.slice(start, end));
  }
  if (lineStart >= 0) lines.push([lineStart, lineEnd]);
  return lines;
}

// Visual order of one line's characters (indices into text), with mirrored brackets.
function visualCharacters(text: string, levels: EmbeddingLevels, start: number, end: number): { chars: string[]; rtl: boolean[] } {
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  for (const [from, to] of bidi.getReorderSegments(text, levels, start, end - 1)) {
    const reversed = order.slice(from! - start, to! - start + 1).reverse();
    order.splice(from! - start, reversed.length, ...reversed);
  }
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  return {
    chars: order.map((i) => mirrored.get(i) ?? text[i]!),
    rtl: order.map((i) => (levels.levels[i]! & 1) === 1),
  };
}

// fontkit lays every Arabic-script run out right to left by itself, so each atom is handed over in the
// order that makes fontkit's output read correctly: RTL words in logical order, Persian digits pre-reversed.
function visualLine(doc: PDFKit.PDFDocument, text: string, levels: EmbeddingLevels, [start, end]: [number, number], endsParagraph: boolean): VisualLine {
  const { chars, rtl } = visualCharacters(text, levels, start, end);
  const line: VisualLine = { atoms: [], spaceAfter: [], endsParagraph };
  let pendingSpaces = 0;
  let current = '';
  let currentRtl = false;
  let currentArabic = false;
  const flush = () => {
    if (!current) return;
    const ordered = ARABIC_SCRIPT.test(current) ? [...current].reverse().join('') : current;
    if (line.atoms.length) line.spaceAfter.push(pendingSpaces);
    line.atoms.push({ text: ordered, width: measure(doc, ordered) });
    current = '';
    pendingSpaces = 0;
  };
  chars.forEach((ch, i) => {
    if (BIDI_CONTROL.test(ch)) return;
    if (ch === ' ') {
      flush();
      pendingSpaces++;
      return;
    }
    const isRtl = rtl[i]!;
    // Inside left-to-right runs Persian digits and Latin text are separate atoms; RTL words stay whole.
    const isArabic = !isRtl && ARABIC_SCRIPT.test(ch);
    if (current && (isRtl !== currentRtl || isArabic !== currentArabic)) flush();
    current += ch;
    currentRtl = isRtl;
    currentArabic = isArabic;
  });
  flush();
  return line;
}

function layout(doc: PDFKit.PDFDocument, text: string, options: ParagraphOptions): VisualLine[] {
  useFont(doc, options);
  const lines: VisualLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const paragraph = raw.replace(/\t/g, ' ').replace(CODE, (code) => `\u2066${code}\u2069`);
    const levels = bidi.getEmbeddingLevels(paragraph, options.direction ?? 'rtl');
    const ranges = wrap(doc, paragraph, options.width);
    if (!ranges.length) lines.push({ atoms: [], spaceAfter: [], endsParagraph: true });
    ranges.forEach((range, i) => lines.push(visualLine(doc, paragraph, levels, range, i === ranges.length - 1)));
  }
  return options.maxLines ? lines.slice(0, options.maxLines) : lines;
}

/** The height drawParagraph would use. */
export function measureParagraph(doc: PDFKit.PDFDocument, text: string, options: ParagraphOptions): number {
  return layout(doc, text, options).length * lineHeight(doc, options);
}

/** Draws right-to-left text (mixed with Latin and numbers) and returns the height used. */
export function drawParagraph(doc: PDFKit.PDFDocument, text: string, options: ParagraphOptions): number {
  const lines = layout(doc, text, options);
  const height = lineHeight(doc, options);
  const spaceWidth = measure(doc, ' ');
  const align = options.align ?? 'right';
  lines.forEach((line, index) => {
    const gaps = line.spaceAfter.reduce((sum, spaces) => sum + spaces, 0);
    const natural = line.atoms.reduce((sum, atom) => sum + atom.width, 0) + gaps * spaceWidth;
    const stretch = align === 'justify' && !line.endsParagraph && gaps > 0 ? (options.width - natural) / gaps : 0;
    const free = options.width - natural;
    let x = options.x + (align === 'left' || stretch ? 0 : align === 'center' ? free / 2 : free);
    const y = options.y + index * height;
    line.atoms.forEach((atom, i) => {
      doc.text(atom.text, x, y, { lineBreak: false });
      x += atom.width + (line.spaceAfter[i] ?? 0) * (spaceWidth + stretch);
    });
  });
  return lines.length * height;
}
