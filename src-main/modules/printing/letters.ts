// Official Persian letters (نامهٔ اداری) as PDF or Word: one entry point for both formats.

export interface LetterPage {
  // Already formatted, e.g. «ف/۱۴۰۵/۱۲».
  number: string;
  // Jalali in Persian digits, e.g. «۱۴۰۵/۰۹/۰۲».
  date: string;
  // e.g. «ندارد».
  attachments: string;
  // Empty: no «موضوع» line.
  subject: string;
  // One or more lines, e.g. «حضور مدیر فروش محترم شرکت نمونه\nجناب آقای مهندس رضایی».
  salutation: string;
  // Paragraphs separated by \n.
  body: string;
  // e.g. «با سپاس».
  closing: string;
  signatureName: string;
  signatureTitle: string;
  // A light diagonal «پیش‌نمایش» across every page.
  preview?: boolean;
}

export interface LetterStyle {
  paper: 'A4' | 'A5';
  // PNG or JPEG printed at the top right; null leaves that space empty for pre-printed letterhead paper.
  letterhead: Buffer | null;
}

export { renderLetters } from './letters-pdf';
export { renderLettersDocx } from './letters-docx';
