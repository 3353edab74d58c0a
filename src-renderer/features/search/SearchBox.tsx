import { useEffect, useRef } from 'react';
import { navigate } from '../../app/router';
import { useCan } from '../auth';
import { PartyPicker, recordPath } from '../parties';
import './search.css';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

// The header's search over all people and companies the user may see. Ctrl+K from anywhere, or «/» when
// not typing in a field; key codes, not characters, so a Persian keyboard layout works the same.
export function SearchBox() {
  const can = useCan();
  const input = useRef<HTMLInputElement>(null);
  // Someone who may see neither people nor companies has nothing to search.
  const searchable = can('people.view') || can('companies.view');

  useEffect(() => {
    if (!searchable) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal dialog keeps the keyboard to itself.
      if (document.querySelector('[aria-modal="true"]')) return;
      const ctrlK = (event.ctrlKey || event.metaKey) && event.code === 'KeyK';
      const slash = event.code === 'Slash' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [searchable]);

  if (!searchable) return null;

  return (
    <div className="search-box" role="search">
      <PartyPicker
        label="جستجوی اشخاص و شرکت‌ها"
        placeholder="جستجو: نام، کد، تلفن، کد ملی…"
        inputRef={input}
        className="search-box__picker"
        keyShortcuts="Control+K /"
        onPick={(hit) => {
          input.current?.blur();
          navigate(recordPath(hit.kind, hit.partyId));
        }}
        onEscape={() => input.current?.blur()}
      />
      <kbd className="search-box__keys" aria-hidden="true">
        Ctrl+K
      </kbd>
    </div>
  );
}
