// An old or new value in an audit row; an empty side is a quiet dash, not a coloured one.
export function AuditValue({ text, tone }: { text: string; tone: 'old' | 'new' }) {
  if (text === '—') return <span className="muted">—</span>;
  return <span className={`audit-value audit-value--${tone}`}>{text}</span>;
}
