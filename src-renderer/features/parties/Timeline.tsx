import { useEffect, useMemo, useState } from 'react';
import type { TimelineItem } from '../../../src-shared/api/interactions';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { call, messageOf } from '../../api/client';
import { fieldLabel } from '../audit';
import { useGroupsStore } from '../groups';
import { useDirectoryStore } from './directory-store';
import { interactionLine } from './interaction-format';
import { useCrmRevision } from './live';
import { partyAuditValue, type PartyNames } from './party-audit-values';
import { changeSentence, detailEntries, groupTimeline } from './timeline-format';

const LIMIT = 200;

// Interactions and changes to the record, newest first, as one story.
export function Timeline({ partyId, linked }: { partyId: number; linked: ReadonlyMap<number, string> }) {
  const revision = useCrmRevision((state) => state.revision);
  const users = useDirectoryStore((state) => state.users);
  const groups = useGroupsStore((state) => state.groups);
  const [items, setItems] = useState<TimelineItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('interactions.timeline', { partyId, limit: LIMIT })
      .then((found) => {
        if (!live) return;
        setItems(found);
        setError(null);
      })
      .catch((failure: unknown) => live && setError(messageOf(failure)));
    return () => {
      live = false;
    };
  }, [partyId, revision]);

  const names: PartyNames = useMemo(
    () => ({
      users: new Map(users.map((user) => [user.id, user.name])),
      groups: new Map(groups.map((group) => [group.id, group.name])),
      parties: linked,
    }),
    [users, groups, linked],
  );
  const entries = useMemo(() => groupTimeline(items ?? []), [items]);

  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!items) return <p className="muted" role="status">در حال بارگذاری گاه‌شمار…</p>;
  if (entries.length === 0) return <p className="empty-state">هنوز چیزی در گاه‌شمار این رکورد نیست.</p>;

  return (
    <ol className="timeline" aria-label="گاه‌شمار">
      {entries.map((entry) => (
        <li key={entry.key} className={`timeline__item timeline__item--${entry.type}`}>
          <time className="timeline__time" dateTime={new Date(entry.at).toISOString()}>
            <bdi>{formatJalaliDateTime(entry.at)}</bdi>
          </time>
          {entry.type === 'interaction' ? (
            <div className="timeline__body">
              <p className="timeline__title">{entry.interaction.subject}</p>
              <p className="timeline__meta">{interactionLine(entry.interaction)}</p>
              {entry.interaction.result ? <p className="timeline__text">نتیجه: {entry.interaction.result}</p> : null}
            </div>
          ) : (
            <div className="timeline__body">
              <p className="timeline__title">{changeSentence(entry.group)}</p>
              <ul className="timeline__fields">
                {detailEntries(entry.group, partyId).map((change) => (
                  <li key={change.id}>
                    <span className="timeline__field">{fieldLabel(change.field)}</span>:{' '}
                    {entry.group.action === 'update' ? (
                      <>
                        از <ChangeValue text={partyAuditValue(change, change.oldValue, names)} tone="old" /> به{' '}
                        <ChangeValue text={partyAuditValue(change, change.newValue, names)} tone="new" />
                      </>
                    ) : (
                      <ChangeValue text={partyAuditValue(change, change.newValue, names)} />
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

// Numbers with spaces (۰۹۱۲ ۳۴۵ ۶۷۸۹) would read backwards inside a Persian line unless kept left-to-right.
function ChangeValue({ text, tone }: { text: string; tone?: 'old' | 'new' }) {
  const className = tone ? `audit-value audit-value--${tone}` : 'audit-value';
  return /^[\d۰-۹+\s/:٬-]+$/.test(text) ? (
    <bdi dir="ltr" className={className}>
      {text}
    </bdi>
  ) : (
    <bdi className={className}>{text}</bdi>
  );
}
