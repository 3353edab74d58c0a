import { useEffect } from 'react';
import { toast } from '../../ui';
import { openCounter } from './counter-store';
import { createScanDetector } from './scan-detector';

interface FieldSnapshot {
  field: HTMLInputElement | HTMLTextAreaElement;
  value: string;
  selection: [number | null, number | null];
}

function snapshotOf(element: Element | null): FieldSnapshot | null {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return null;
  return { field: element, value: element.value, selection: [element.selectionStart, element.selectionEnd] };
}

// Puts back what the field held before the scanner typed into it. Through the native setter and an input event,
// so React's controlled fields (and their stores) take the old value too.
function restore({ field, value, selection }: FieldSnapshot): void {
  if (!field.isConnected || field.value === value) return;
  const prototype = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  try {
    field.setSelectionRange(selection[0], selection[1]);
  } catch {
    // Some input types (number, email) have no selection to put back.
  }
}

// Mounted once for the signed-in user: a card swiped anywhere opens the counter on its member. A field marked
// data-scan-target (a new card's code, a coupon; "submit": the counter's box) takes the scan as typed instead.
export function CardScanListener() {
  useEffect(() => {
    const detector = createScanDetector();
    let before: FieldSnapshot | null = null;
    // Capture phase on window: ahead of every field's own Enter (a search box would open its first hit).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || event.isComposing) return;
      const step = detector.press({ code: event.code, at: event.timeStamp, withCommand: event.ctrlKey || event.altKey || event.metaKey });
      if (step.kind === 'started') before = snapshotOf(document.activeElement);
      if (step.kind !== 'scanned') return;
      const typedInto = before;
      before = null;
      const scanField = document.activeElement?.closest('[data-scan-target]');
      if (scanField) {
        // The code stays in the field; its Enter sends the form only where the field says so (the counter's box),
        // so a card scanned into a half-filled form does not submit it.
        if (scanField.getAttribute('data-scan-target') !== 'submit') event.preventDefault();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (typedInto) restore(typedInto);
      // A half-filled form in a dialog is never swept away by a card.
      if (document.querySelector('[aria-modal="true"]')) {
        toast.info('کارت خوانده شد. برای دیدن عضو، نخست این پنجره را ببندید و دوباره کارت را بکشید.');
        return;
      }
      void openCounter(step.code);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
  return null;
}
