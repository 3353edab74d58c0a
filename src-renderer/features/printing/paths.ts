import type { PrintTemplateKind } from '../../../src-shared/api/printing';
import type { Permission } from '../../../src-shared/api/permissions';

// The «چاپ و نامه» screen's own paths (#/printing/…): one subpage each, with the right it needs beyond printing.view.
export const PRINTING_PATH = '/printing';

export const SUBPAGES = [
  { key: 'run', title: 'چاپ گروهی', permission: 'printing.print' },
  { key: 'templates', title: 'قالب‌ها', permission: 'printing.edit' },
  { key: 'register', title: 'دفتر نامه‌ها', permission: null },
] as const satisfies readonly { key: string; title: string; permission: Permission | null }[];

export type SubpageKey = (typeof SUBPAGES)[number]['key'];

export function subpagePath(key: SubpageKey): string {
  return `${PRINTING_PATH}/${key}`;
}

// #/printing/templates/12, #/printing/templates/new/labels
export function templatePath(template: number | { newOfKind: PrintTemplateKind }): string {
  return typeof template === 'number' ? `${subpagePath('templates')}/${template}` : `${subpagePath('templates')}/new/${template.newOfKind}`;
}
