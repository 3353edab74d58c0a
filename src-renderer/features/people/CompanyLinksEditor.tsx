import { TextField, type FieldErrors } from '../../ui';
import { PartyPicker } from '../parties';
import type { CompanyLinkRow } from './person-values';

interface CompanyLinksEditorProps {
  links: readonly CompanyLinkRow[];
  onChange(links: CompanyLinkRow[]): void;
  errors: FieldErrors;
}

// The companies a person works at, each with their position there.
export function CompanyLinksEditor({ links, onChange, errors }: CompanyLinksEditorProps) {
  const update = (companyId: number, position: string) =>
    onChange(links.map((link) => (link.companyId === companyId ? { ...link, position } : link)));

  return (
    <div className="links-editor">
      {links.length === 0 ? <p className="muted">به شرکتی وصل نیست.</p> : null}
      <ul className="links-editor__list">
        {links.map((link, index) => (
          <li key={link.companyId} className="links-editor__row">
            <span className="links-editor__company">{link.companyName}</span>
            <TextField
              label={`سمت در «${link.companyName}»`}
              value={link.position}
              onChange={(position) => update(link.companyId, position)}
              error={errors[`companyLinks.${index}.position`] ?? errors[`companyLinks.${index}.companyId`]}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`برداشتن «${link.companyName}»`}
              onClick={() => onChange(links.filter((l) => l.companyId !== link.companyId))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <PartyPicker
        label="افزودن شرکت"
        placeholder="افزودن شرکت: نام، کد یا تلفن شرکت را بنویسید"
        kind="company"
        exclude={links.map((link) => link.companyId)}
        onPick={(hit) => onChange([...links, { companyId: hit.partyId, companyName: hit.title, position: '' }])}
      />
    </div>
  );
}
