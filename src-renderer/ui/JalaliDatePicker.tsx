import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  addDays,
  formatJalaliDate,
  JALALI_MONTHS,
  jalaliMonthBounds,
  parseJalaliDate,
  shiftJalaliMonths,
  startOfJalaliWeek,
  todayIsoDate,
  toJalali,
  weekdayIndexFromSaturday,
  WEEKDAYS_FROM_SATURDAY,
} from '../../src-shared/domain/jalali';
import { toPersianDigits } from '../../src-shared/domain/persian-text';

interface JalaliDatePickerProps {
  label: string;
  // Gregorian `YYYY-MM-DD` (what the API stores) or null for no date.
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
}

const FORMAT_HINT = 'مانند ۱۴۰۳/۰۱/۲۵';
const INVALID_TEXT = 'این تاریخ درست نیست. تاریخ شمسی را به شکل سال/ماه/روز بنویسید، مانند ۱۴۰۳/۰۱/۲۵.';
const WEEKDAY_SHORT = ['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج'] as const;

function longLabel(iso: string): string {
  return `${WEEKDAYS_FROM_SATURDAY[weekdayIndexFromSaturday(iso)]} ${formatJalaliDate(iso, 'long')}`;
}

export function JalaliDatePicker({ label, value, onChange, error }: JalaliDatePickerProps) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const popupId = `${inputId}-popup`;
  const [text, setText] = useState(value ? formatJalaliDate(value) : '');
  const [ownError, setOwnError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState<string>(value ?? todayIsoDate());
  const root = useRef<HTMLDivElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  // The popup hangs from the field's right edge; a field near the left edge of the window flips it.
  const [flip, setFlip] = useState(false);
  const toggleButton = useRef<HTMLButtonElement>(null);

  // An outside change (a reset, a loaded filter) replaces what is in the box.
  useEffect(() => {
    setText(value ? formatJalaliDate(value) : '');
    setOwnError(null);
  }, [value]);

  const commitText = () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      setOwnError(null);
      if (value !== null) onChange(null);
      return;
    }
    const iso = parseJalaliDate(trimmed);
    if (!iso) {
      setOwnError(INVALID_TEXT);
      return;
    }
    setOwnError(null);
    setText(formatJalaliDate(iso));
    if (iso !== value) onChange(iso);
  };

  const openPopup = () => {
    const typed = parseJalaliDate(text);
    setFocused(typed ?? value ?? todayIsoDate());
    setOpen(true);
  };

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggleButton.current?.focus();
  };

  const choose = (iso: string | null) => {
    setOwnError(null);
    setText(iso ? formatJalaliDate(iso) : '');
    onChange(iso);
    close(true);
  };

  // Keyboard focus follows the focused day while the grid is open.
  useEffect(() => {
    if (!open) return;
    grid.current?.querySelector<HTMLButtonElement>(`[data-iso="${focused}"]`)?.focus();
  }, [open, focused]);

  useLayoutEffect(() => {
    if (!open) {
      setFlip(false);
      return;
    }
    const box = popup.current?.getBoundingClientRect();
    if (box && (box.left < 8 || box.right > window.innerWidth - 8)) setFlip(true);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const { jy, jm } = toJalali(focused);
  const weeks = useMemo(() => {
    const { first, last } = jalaliMonthBounds(focused);
    const rows: string[][] = [];
    for (let day = startOfJalaliWeek(first); day <= last; day = addDays(day, 7)) {
      rows.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
    }
    return rows;
  }, [jy, jm]);

  const today = todayIsoDate();

  // Right-to-left grid: the left arrow moves forward in time.
  const onGridKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focused, 1),
      ArrowRight: () => addDays(focused, -1),
      ArrowDown: () => addDays(focused, 7),
      ArrowUp: () => addDays(focused, -7),
      Home: () => startOfJalaliWeek(focused),
      End: () => addDays(startOfJalaliWeek(focused), 6),
      PageUp: () => shiftJalaliMonths(focused, event.shiftKey ? -12 : -1),
      PageDown: () => shiftJalaliMonths(focused, event.shiftKey ? 12 : 1),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setFocused(move());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(focused);
    }
  };

  const shownError = ownError ?? error;
  const describedBy = [hintId, shownError ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className={shownError ? 'field field--invalid date-picker' : 'field date-picker'} ref={root}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <div className="date-picker__control">
        <input
          id={inputId}
          className="input date-picker__input"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={Boolean(shownError)}
          aria-describedby={describedBy}
          onChange={(event) => setText(toPersianDigits(event.target.value))}
          onBlur={commitText}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commitText();
            } else if (event.key === 'ArrowDown' && event.altKey) {
              event.preventDefault();
              openPopup();
            }
          }}
        />
        <button
          ref={toggleButton}
          type="button"
          className="icon-button date-picker__toggle"
          aria-label={`تقویم ${label}`}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? popupId : undefined}
          onClick={() => (open ? close(false) : openPopup())}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path
              fill="currentColor"
              d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM5 8h14V6H5v2Zm2 4h3v3H7v-3Z"
            />
          </svg>
        </button>
      </div>
      <p className="field__hint" id={hintId}>
        {FORMAT_HINT}
      </p>
      {shownError ? (
        <p className="field__error" id={errorId} role="alert">
          {shownError}
        </p>
      ) : null}
      {open ? (
        <div
          id={popupId}
          ref={popup}
          className={flip ? 'date-picker__popup date-picker__popup--flipped' : 'date-picker__popup'}
          role="dialog"
          aria-modal="false"
          aria-label={`انتخاب ${label}`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close(true);
            }
          }}
        >
          <div className="date-picker__nav">
            <button type="button" className="icon-button" aria-label="سال قبل" onClick={() => setFocused(shiftJalaliMonths(focused, -12))}>
              »
            </button>
            <button type="button" className="icon-button" aria-label="ماه قبل" onClick={() => setFocused(shiftJalaliMonths(focused, -1))}>
              ›
            </button>
            <p className="date-picker__month" aria-live="polite">
              {JALALI_MONTHS[jm - 1]} {toPersianDigits(jy)}
            </p>
            <button type="button" className="icon-button" aria-label="ماه بعد" onClick={() => setFocused(shiftJalaliMonths(focused, 1))}>
              ‹
            </button>
            <button type="button" className="icon-button" aria-label="سال بعد" onClick={() => setFocused(shiftJalaliMonths(focused, 12))}>
              «
            </button>
          </div>
          <table
            ref={grid}
            className="date-picker__grid"
            role="grid"
            aria-label={`${JALALI_MONTHS[jm - 1]} ${toPersianDigits(jy)}`}
            onKeyDown={onGridKeyDown}
          >
            <thead>
              <tr>
                {WEEKDAY_SHORT.map((short, index) => (
                  <th key={short} scope="col" abbr={WEEKDAYS_FROM_SATURDAY[index]}>
                    <abbr title={WEEKDAYS_FROM_SATURDAY[index]}>{short}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]}>
                  {week.map((iso, index) => {
                    const day = toJalali(iso);
                    const inMonth = day.jm === jm;
                    const classes = ['date-picker__day'];
                    if (!inMonth) classes.push('date-picker__day--outside');
                    if (iso === value) classes.push('date-picker__day--selected');
                    if (iso === today) classes.push('date-picker__day--today');
                    if (index === 6) classes.push('date-picker__day--weekend');
                    return (
                      <td key={iso} role="gridcell" aria-selected={iso === value}>
                        <button
                          type="button"
                          className={classes.join(' ')}
                          data-iso={iso}
                          tabIndex={iso === focused ? 0 : -1}
                          aria-label={longLabel(iso)}
                          aria-current={iso === today ? 'date' : undefined}
                          onClick={() => choose(iso)}
                        >
                          {toPersianDigits(day.jd)}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="date-picker__footer">
            <button type="button" className="button button--small" onClick={() => choose(today)}>
              امروز
            </button>
            <button type="button" className="button button--small" onClick={() => choose(null)}>
              پاک کردن
            </button>
            <button type="button" className="button button--small" onClick={() => close(true)}>
              بستن
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
