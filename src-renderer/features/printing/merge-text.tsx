import { createContext, useContext, useId, useRef, useState, type ReactNode } from 'react';
import { Field } from '../../ui';

type TextNode = HTMLTextAreaElement | HTMLInputElement;

interface MergeTarget {
  // The text box that last had the focus; the picker's buttons insert there.
  current: { node: TextNode; insert(token: string): void } | null;
}

const MergeTargetContext = createContext<MergeTarget>({ current: null });

// Around a template's form: the merge-field picker and the text boxes meet here.
export function MergeTargetScope({ children }: { children: ReactNode }) {
  const [target] = useState<MergeTarget>(() => ({ current: null }));
  return <MergeTargetContext.Provider value={target}>{children}</MergeTargetContext.Provider>;
}

interface MergeTextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: ReactNode;
  // A text box of this many lines; a one-line input without.
  rows?: number;
}

// A template text that takes merge fields: «{نام}» typed or inserted from the picker at the caret.
export function MergeTextField({ label, value, onChange, error, hint, rows }: MergeTextFieldProps) {
  const target = useContext(MergeTargetContext);
  const node = useRef<TextNode | null>(null);
  // The picker may insert after more typing: it must see the value of now, not of the focus.
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  const insert = (token: string) => {
    const box = node.current;
    if (!box) return;
    const { value: text, onChange: change } = latest.current;
    const start = box.selectionStart ?? text.length;
    const end = box.selectionEnd ?? text.length;
    change(text.slice(0, start) + token + text.slice(end));
    // After React has written the new value: the caret goes right after the inserted field.
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(start + token.length, start + token.length);
    });
  };
  const remember = () => {
    if (node.current) target.current = { node: node.current, insert };
  };

  return (
    <Field label={label} error={error} hint={hint}>
      {(control) =>
        rows ? (
          <textarea
            ref={(box) => {
              node.current = box;
            }}
            className="input textarea"
            rows={rows}
            {...control}
            value={value}
            onFocus={remember}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            ref={(box) => {
              node.current = box;
            }}
            className="input"
            {...control}
            value={value}
            onFocus={remember}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

// «درج فیلد ادغام»: a button per token; it goes where the caret was in the text box last used.
export function MergeFieldPicker({ tokens }: { tokens: readonly string[] }) {
  const target = useContext(MergeTargetContext);
  const titleId = useId();
  return (
    <section className="card print-picker" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        فیلدهای ادغام
      </h3>
      <p className="muted">روی یکی از متن‌های قالب کلیک کنید، سپس فیلد را بزنید تا در جای مکان‌نما درج شود.</p>
      <div className="merge-fields" role="group" aria-label="درج فیلد ادغام">
        {tokens.map((token) => (
          <button
            key={token}
            type="button"
            className="button button--small merge-fields__button"
            // Keeps the caret in the text box for a mouse click; from the keyboard the box's last caret is used.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => target.current?.insert(`{${token}}`)}
          >
            {`{${token}}`}
          </button>
        ))}
      </div>
    </section>
  );
}
