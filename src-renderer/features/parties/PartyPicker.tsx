import { useEffect, useId, useRef, useState, type Ref } from 'react';
import type { PartyKind } from '../../../src-shared/api/parties';
import type { SearchHit } from '../../../src-shared/api/search';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { partyKindLabels, searchMatchLabels } from '../../../src-shared/i18n/ui-fa';
import { call, messageOf } from '../../api/client';
import { useDebouncedValue } from './use-debounced-value';
import './parties.css';

const TYPING_DELAY_MS = 120;
const SHOWN = 12;

interface PartyPickerProps {
  // The box's accessible name.
  label: string;
  placeholder?: string;
  // Only people or only companies.
  kind?: PartyKind;
  exclude?: readonly number[];
  onPick(hit: SearchHit): void;
  // Escape in a closed box (the header search gives focus back to the page).
  onEscape?(): void;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  autoFocus?: boolean;
  keyShortcuts?: string;
}

type Status = 'idle' | 'loading' | 'done' | 'error';

// A search box over search.quick with its results as a list box (arrow keys, Enter, Escape). The core does the
// matching: Arabic ي/ك, any digit set, a phone number written any way.
export function PartyPicker({ label, placeholder, kind, exclude, onPick, onEscape, inputRef, className, autoFocus, keyShortcuts }: PartyPickerProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef(0);
  const query = useDebouncedValue(text.trim(), TYPING_DELAY_MS);
  const excluded = (exclude ?? []).join(',');

  useEffect(() => {
    const mine = ++request.current;
    if (!query) {
      setHits([]);
      setStatus('idle');
      return;
    }
    setStatus('loading');
    // A few extra hits, since records already chosen (excluded) are dropped from the list.
    call('search.quick', { q: query, limit: SHOWN + 10, ...(kind ? { kind } : {}) })
      .then((found) => {
        if (mine !== request.current) return;
        const skip = excluded ? excluded.split(',').map(Number) : [];
        setHits(found.filter((hit) => !skip.includes(hit.partyId)).slice(0, SHOWN));
        setActive(-1);
        setStatus('done');
      })
      .catch((failure: unknown) => {
        if (mine !== request.current) return;
        setProblem(messageOf(failure));
        setStatus('error');
      });
  }, [query, kind, excluded]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setText('');
    setHits([]);
    setOpen(false);
  };

  const showing = open && text.trim() !== '';
  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <div className={`picker ${className ?? ''}`}>
      <input
        ref={inputRef}
        type="search"
        className="input picker__input"
        role="combobox"
        aria-label={label}
        aria-expanded={showing}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-keyshortcuts={keyShortcuts}
        aria-activedescendant={showing && active >= 0 ? optionId(active) : undefined}
        placeholder={placeholder}
        autoComplete="off"
        autoFocus={autoFocus}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            if (hits.length === 0) return;
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((current) => (current + step + hits.length) % hits.length);
          } else if (event.key === 'Enter') {
            // Enter never submits the form around the box; it opens the chosen (or first) result.
            event.preventDefault();
            if (showing) pick(hits[active >= 0 ? active : 0]);
          } else if (event.key === 'Escape') {
            event.stopPropagation();
            if (showing) {
              setOpen(false);
            } else {
              setText('');
              onEscape?.();
            }
          }
        }}
      />
      {showing ? (
        <div className="picker__popup">
          <ul id={listId} role="listbox" aria-label={`نتیجه‌های ${label}`} className="picker__list">
            {hits.map((hit, index) => (
              <li
                key={hit.partyId}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="hit"
                // Keeps the focus in the box, so the click is not lost to its blur.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(hit)}
              >
                <span className={`hit__kind hit__kind--${hit.kind}`}>{partyKindLabels[hit.kind]}</span>
                <span className="hit__title">{hit.title}</span>
                <span className="hit__code">
                  کد <bdi>{toPersianDigits(hit.code)}</bdi>
                </span>
                {hit.subtitle ? (
                  <bdi dir="ltr" className="hit__phone">
                    {toPersianDigits(hit.subtitle)}
                  </bdi>
                ) : null}
                <span className="hit__match">از {searchMatchLabels[hit.matchedBy]}</span>
              </li>
            ))}
          </ul>
          <p className="picker__status" role="status">
            {status === 'loading'
              ? 'در حال جستجو…'
              : status === 'error'
                ? problem
                : status === 'done' && hits.length === 0
                  ? 'چیزی پیدا نشد. بخشی از نام، کد، تلفن یا کد ملی را بنویسید.'
                  : null}
          </p>
        </div>
      ) : null}
    </div>
  );
}
