import type { ReactNode } from 'react';
import type { ContactPoint } from '../../../src-shared/api/parties';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { contactKindLabels, doNotContactLabels } from '../../../src-shared/i18n/ui-fa';
import { addressParts, formatContactValue } from './contact-format';

const FLAGS = Object.keys(doNotContactLabels) as (keyof typeof doNotContactLabels)[];

function ContactValue({ point }: { point: ContactPoint }) {
  if (point.kind === 'address') {
    const { place, postalCode, poBox } = addressParts(point);
    return (
      <>
        {place}
        {postalCode ? (
          <>
            {place ? '، ' : ''}کد پستی <bdi dir="ltr">{postalCode}</bdi>
          </>
        ) : null}
        {poBox ? (
          <>
            {place || postalCode ? '، ' : ''}صندوق پستی <bdi>{poBox}</bdi>
          </>
        ) : null}
      </>
    );
  }
  const text = formatContactValue(point);
  if (point.kind === 'email') return <a href={`mailto:${point.value}`} dir="ltr">{text}</a>;
  if (point.kind === 'website') {
    return (
      <a href={/^https?:\/\//i.test(point.value) ? point.value : `http://${point.value}`} dir="ltr" target="_blank" rel="noreferrer">
        {text}
      </a>
    );
  }
  return (
    <>
      <bdi dir="ltr">{text}</bdi>
      {point.extension ? (
        <>
          {' '}
          داخلی <bdi>{toPersianDigits(point.extension)}</bdi>
        </>
      ) : null}
    </>
  );
}

// `action`: a button beside a point's value (click-to-dial beside phone numbers).
export function ContactPointList({ points, action }: { points: readonly ContactPoint[]; action?: ((point: ContactPoint) => ReactNode) | undefined }) {
  if (points.length === 0) return <p className="muted">راه ارتباطی ثبت نشده است.</p>;
  return (
    <ul className="contact-list" aria-label="راه‌های ارتباطی">
      {points.map((point) => (
        <li key={point.id} className="contact-list__item">
          <span className="contact-list__kind">
            {contactKindLabels[point.kind]}
            {point.label ? <span className="muted"> ({point.label})</span> : null}
          </span>
          <span className="contact-list__value">
            <ContactValue point={point} />
            {action ? action(point) : null}
          </span>
          <span className="contact-list__flags">
            {point.preferred ? <span className="badge badge--active">ترجیحی</span> : null}
            {FLAGS.filter((flag) => point[flag]).map((flag) => (
              <span key={flag} className="badge badge--inactive">
                {doNotContactLabels[flag]}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
