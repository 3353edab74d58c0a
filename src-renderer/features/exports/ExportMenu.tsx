import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_FORMATS, type ExportFormat, type PARTY_SORTS, type PartyFilter, type PartyKind } from '../../../src-shared/api/parties';
import type { Permission } from '../../../src-shared/api/permissions';
import { exportFormatLabels } from '../../../src-shared/i18n/ui-fa';
import { call, messageOf } from '../../api/client';
import { toast } from '../../ui';
import { useCan } from '../auth';
import { downloadFile } from './download-file';
import { DownloadIcon } from './DownloadIcon';
import './exports.css';

export interface ExportMenuProps {
  kind: PartyKind;
  filter: PartyFilter;
  sort: (typeof PARTY_SORTS)[number];
  descending: boolean;
}

// A file format, or 'pdf': a printable PDF.
export type FileChoice = ExportFormat | 'pdf';

export interface FileMenuProps<C extends FileChoice> {
  choices: readonly C[];
  make(choice: C): Promise<{ fileName: string; mimeType: string; contentBase64: string }>;
  // What the file holds, for the menu's name and the messages: «فهرست», «گزارش ارسال».
  subject: string;
}

const EXPORT_RIGHT: Record<PartyKind, Permission> = { person: 'people.export', company: 'companies.export' };
const PRINT_RIGHT: Record<PartyKind, Permission> = { person: 'people.print', company: 'companies.print' };

type Choice = FileChoice;
const CHOICE_LABELS: Record<Choice, string> = { ...exportFormatLabels, pdf: 'چاپ (PDF)' };
const FILE_LABELS: Record<Choice, string> = { ...exportFormatLabels, pdf: 'PDF' };

function makeFile(kind: PartyKind, list: Omit<ExportMenuProps, 'kind'>, choice: Choice) {
  if (choice === 'pdf') return kind === 'person' ? call('people.print', list) : call('companies.print', list);
  const input = { ...list, format: choice };
  return kind === 'person' ? call('people.export', input) : call('companies.export', input);
}

// «خروجی» in a list toolbar: the list as it is filtered and sorted on screen, as a file in the chosen format or a PDF to print.
export function ExportMenu({ kind, ...list }: ExportMenuProps) {
  const can = useCan();
  const choices: Choice[] = [...(can(EXPORT_RIGHT[kind]) ? EXPORT_FORMATS : []), ...(can(PRINT_RIGHT[kind]) ? (['pdf'] as const) : [])];
  return <FileMenu choices={choices} make={(choice) => makeFile(kind, list, choice)} subject="فهرست" />;
}

// «خروجی»: a menu of file formats; the chosen file is made on the server and downloaded.
export function FileMenu<C extends FileChoice>({ choices, make: makeChosen, subject }: FileMenuProps<C>) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [making, setMaking] = useState<C | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  if (!choices.length) return null;

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const make = async (choice: C) => {
    close();
    setMaking(choice);
    try {
      downloadFile(await makeChosen(choice));
      toast.success(`پروندهٔ ${FILE_LABELS[choice]} ${subject} آماده شد.`);
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setMaking(null);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items.current.filter((item): item is HTMLButtonElement => item !== null);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const moveTo = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(at + 1);
    else if (event.key === 'ArrowUp') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(list.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="menu-button" ref={root}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-disabled={making !== null}
        aria-busy={making !== null}
        onClick={() => making === null && setOpen((now) => !now)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && making === null) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <DownloadIcon />
        {making ? 'در حال ساختن پرونده…' : 'خروجی'}
      </button>
      {making ? (
        <span className="visually-hidden" role="status">
          {`پروندهٔ ${FILE_LABELS[making]} در حال ساخته شدن است.`}
        </span>
      ) : null}
      {open ? (
        <div id={menuId} className="menu" role="menu" aria-label={`خروجی ${subject}`} onKeyDown={onMenuKeyDown}>
          {choices.map((choice, index) => (
            <button
              key={choice}
              ref={(item) => {
                items.current[index] = item;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu__item"
              onClick={() => void make(choice)}
            >
              <bdi>{CHOICE_LABELS[choice]}</bdi>
              <bdi className="menu__hint" dir="ltr" aria-hidden="true">
                .{choice}
              </bdi>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
