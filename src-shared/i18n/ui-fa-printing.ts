import type { ENVELOPE_SIZES, LETTER_PAPERS, PRINT_TEMPLATE_KINDS } from '../api/printing';

// ---------- printing (letters, envelopes, label sheets) ----------

// The words of «چاپ و نامه»: template kinds and sizes, run choices.
export const printingLabels = {
  kind: { letter: 'نامه', envelope: 'پاکت', labels: 'برچسب' } satisfies Record<(typeof PRINT_TEMPLATE_KINDS)[number], string>,
  // «نامهٔ جدید»…: the buttons that start a template of each kind.
  newKind: { letter: 'قالب نامهٔ جدید', envelope: 'قالب پاکت جدید', labels: 'قالب برچسب جدید' } satisfies Record<(typeof PRINT_TEMPLATE_KINDS)[number], string>,
  paper: { A4: 'A4 (۲۱۰×۲۹۷ میلی‌متر)', A5: 'A5 (۱۴۸×۲۱۰ میلی‌متر)' } satisfies Record<(typeof LETTER_PAPERS)[number], string>,
  envelopeSize: {
    C4: 'C4 (۳۲۴×۲۲۹)',
    C5: 'C5 (۲۲۹×۱۶۲)',
    DL: 'DL (۲۲۰×۱۱۰)',
    malakhi: 'ملخی (۲۴۰×۱۲۰)',
    custom: 'اندازهٔ دلخواه',
  } satisfies Record<(typeof ENVELOPE_SIZES)[number], string>,
  missingAddress: {
    skip: 'کنار گذاشتن: بقیه چاپ شوند',
    stop: 'توقف: اول نشانی‌ها کامل شود',
  },
  format: { pdf: 'PDF (برای چاپ)', docx: 'ورد (برای ویرایش پیش از چاپ)' },
  audience: {
    list: 'فهرستی که از صفحهٔ اشخاص یا شرکت‌ها آمده',
    group: 'یک گروه',
    segment: 'یک فهرست ذخیره‌شده',
  },
} as const;
