import type { ReactNode } from 'react';

interface Fact {
  label: string;
  value: ReactNode;
}

// Label/value pairs of a record; empty values are left out rather than shown as dashes.
export function Facts({ facts }: { facts: readonly Fact[] }) {
  const shown = facts.filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== '' && fact.value !== false);
  if (shown.length === 0) return <p className="muted">چیزی ثبت نشده است.</p>;
  return (
    <dl className="facts">
      {shown.map((fact) => (
        <div key={fact.label} className="facts__row">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
