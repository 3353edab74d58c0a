import { useDeferredValue, type ReactNode } from 'react';
import type { MemberPanel } from '../../../src-shared/api/club';
import { formatMobile } from '../../../src-shared/domain/iran-ids';
import { formatJalaliDate, formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { interactionMethodLabels } from '../../../src-shared/i18n/ui-fa';
import { clubLabels } from '../../../src-shared/i18n/ui-fa-club';
import { PartyPhoto } from '../attachments';
import { useCan } from '../auth';
import { count } from '../messaging';
import { recordPath } from '../parties';
import { useClubConfig } from './config-store';
import { Day, jalaliDay, Money, Points, StatusBadge, TierBadge } from './format';
import { MemberActions } from './MemberActions';
import { MemberHistory } from './MemberHistory';
import { MemberValueCard } from './MemberValueCard';

function Figure({ label, field, children, note }: { label: string; field: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="club-figure">
      <span className="club-figure__label">{label}</span>
      <span className="club-figure__value" data-field={field}>
        {children}
      </span>
      {note ? <span className="club-figure__note">{note}</span> : null}
    </div>
  );
}

// How far the member is from the next tier, in points or Rials as the club reckons tiers.
function NextTier({ panel }: { panel: MemberPanel }) {
  const { settings } = useClubConfig();
  if (!panel.nextTier) return <span className="muted">بالاترین سطح</span>;
  const needed = panel.windowProgress + panel.nextTier.missing;
  const missing = settings?.tierBasis === 'spend' ? <Money rials={panel.nextTier.missing} /> : <Points value={panel.nextTier.missing} />;
  return (
    <>
      <progress className="club-progress" max={Math.max(needed, 1)} value={panel.windowProgress} aria-label={`پیشرفت تا سطح ${panel.nextTier.name}`} />
      <span className="club-figure__note">
        {missing} دیگر تا «{panel.nextTier.name}»
      </span>
    </>
  );
}

// Everything the counter needs the moment a card is swiped: who, standing, balances, offers valid now, open work.
export function MemberPanelView({ panel }: { panel: MemberPanel }) {
  const can = useCan();
  const { tiers } = useClubConfig();
  const colour = tiers.find((tier) => tier.id === panel.tierId)?.colour ?? null;
  // What needs more calls to the core (the photo, the value card, the history and its table of rows) follows in a
  // deferred render, so the panel a cashier waits for paints first. Until then the value card and the history show
  // the previous member's, or nothing, and the photo stays as it was (it always did until the new one was in).
  const secondary = useDeferredValue<MemberPanel | null>(panel, null);
  return (
    <>
      <section className="card club-panel" aria-label={`عضو ${panel.name}`}>
        <header className="club-panel__header">
          <PartyPhoto partyId={(secondary ?? panel).partyId} noun="عکس" name={panel.name} canEdit={false} limitMb={null} />
          <div className="club-panel__who">
            <h2 className="club-panel__name">
              {can('people.view') ? (
                <a href={`#${recordPath('person', panel.partyId)}`} data-field="name">
                  {panel.name}
                </a>
              ) : (
                <span data-field="name">{panel.name}</span>
              )}
            </h2>
            <p className="club-panel__badges">
              <TierBadge name={panel.tierName} colour={colour} />
              <StatusBadge status={panel.status} />
              {panel.birthday ? (
                <span className="badge badge--birthday" data-field="birthday">
                  {clubLabels.birthday[panel.birthday]}
                </span>
              ) : null}
            </p>
            <p className="club-panel__ids muted">
              <span>
                شمارهٔ عضویت <bdi data-field="membership-number">{toPersianDigits(panel.membershipNumber)}</bdi>
              </span>
              {panel.cardCode ? (
                <span>
                  کارت <bdi dir="ltr">{toPersianDigits(panel.cardCode)}</bdi>
                </span>
              ) : null}
              {panel.mobile ? (
                <span>
                  همراه <bdi dir="ltr" className="nowrap">{toPersianDigits(formatMobile(panel.mobile))}</bdi>
                </span>
              ) : null}
              <span>
                عضو از <Day at={panel.joinedAt} />
              </span>
              {panel.expiresAt !== null ? (
                <span>
                  اعتبار تا <Day at={panel.expiresAt} />
                </span>
              ) : null}
              {panel.birthDate ? <span>تولد {formatJalaliDate(panel.birthDate, 'long')}</span> : null}
            </p>
          </div>
        </header>

        <div className="club-panel__figures">
          <Figure
            label="امتیاز"
            field="points"
            note={
              panel.expiringSoon ? (
                <span className="club-expiring" data-field="expiring">
                  {count(panel.expiringSoon.points)} امتیاز تا {jalaliDay(panel.expiringSoon.at)} منقضی می‌شود
                </span>
              ) : null
            }
          >
            {count(panel.points)}
          </Figure>
          <Figure label="کیف پول" field="wallet">
            <Money rials={panel.walletRials} />
          </Figure>
          <Figure label="سطح بعدی" field="next-tier">
            <NextTier panel={panel} />
          </Figure>
          <Figure label="مزایای سطح" field="tier-benefit">
            {panel.tierDiscountPercent > 0 ? `${count(panel.tierDiscountPercent)}٪ تخفیف` : 'بدون تخفیف'}
            {panel.tierMultiplier !== 1 ? ` · ضریب امتیاز ${count(panel.tierMultiplier)}` : ''}
          </Figure>
        </div>

        <MemberActions panel={panel} />

        <div className="club-panel__lists">
          <section aria-label="تخفیف‌های معتبر">
            <h3 className="club-panel__subtitle">تخفیف‌ها و کدهای معتبر امروز</h3>
            {panel.offers.length === 0 ? (
              <p className="muted">تخفیف معتبری نیست.</p>
            ) : (
              <ul className="club-list">
                {panel.offers.map((offer) => (
                  <li key={offer.discountId}>
                    {offer.name}: {offer.percent !== null ? `${count(offer.percent)}٪` : <Money rials={offer.amountRials ?? 0} />}
                    {offer.code ? (
                      <>
                        {' '}
                        با کد <bdi dir="ltr">{toPersianDigits(offer.code)}</bdi>
                      </>
                    ) : null}
                    <span className="muted"> تا {formatJalaliDate(offer.validTo)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-label="کارهای باز">
            <h3 className="club-panel__subtitle">کارهای باز</h3>
            {panel.openTasks.length === 0 ? (
              <p className="muted">کار انجام‌نشده‌ای ندارد.</p>
            ) : (
              <ul className="club-list">
                {panel.openTasks.map((task) => (
                  <li key={task.id}>
                    {task.title}
                    {task.dueAt !== null ? <span className="muted"> · مهلت <bdi>{formatJalaliDateTime(task.dueAt)}</bdi></span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-label="آخرین ارتباطات">
            <h3 className="club-panel__subtitle">آخرین ارتباطات</h3>
            {panel.lastInteractions.length === 0 ? (
              <p className="muted">ارتباطی ثبت نشده است.</p>
            ) : (
              <ul className="club-list">
                {panel.lastInteractions.map((interaction) => (
                  <li key={interaction.id}>
                    <bdi className="nowrap muted">{jalaliDay(interaction.occurredAt)}</bdi>{' '}
                    <span className="muted">({interactionMethodLabels[interaction.method as keyof typeof interactionMethodLabels] ?? interaction.method})</span> {interaction.subject}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </section>
      {secondary && can('club.reports') ? <MemberValueCard panel={secondary} /> : null}
      {secondary ? <MemberHistory panel={secondary} /> : null}
    </>
  );
}
