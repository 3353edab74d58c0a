// The inbox's one-key shortcuts: the Latin letter, its key on any layout (code), or the Persian word's first letter
// (ن: نو، ت: تمام، ا: ارجاع، و: ویرایش).
const KEYS = {
  create: { keys: ['n', 'N', 'ن'], code: 'KeyN' },
  complete: { keys: ['c', 'C', 'ت'], code: 'KeyC' },
  refer: { keys: ['r', 'R', 'ا'], code: 'KeyR' },
  edit: { keys: ['e', 'E', 'و'], code: 'KeyE' },
} as const;

export type InboxAction = keyof typeof KEYS;

export function pressed(event: { key: string; code: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }, which: InboxAction): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey) return false;
  const spec = KEYS[which];
  return (spec.keys as readonly string[]).includes(event.key) || event.code === spec.code;
}

export function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
