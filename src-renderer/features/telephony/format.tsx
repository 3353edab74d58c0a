import type { Call } from '../../../src-shared/api/telephony';
import { formatPhone } from '../../../src-shared/domain/iran-ids';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { telephonyLabels } from '../../../src-shared/i18n/ui-fa-telephony';
import { Bdi } from '../../ui';

// A caller's number as people read it (۰۹۱۲ ۱۱۱ ۲۲۳۳, ۰۲۱ ۸۸۷۷ ۶۶۵۵), isolated so its groups keep their order.
export function CallNumber({ call }: { call: Pick<Call, 'number' | 'withheld'> }) {
  if (call.number === null) return <span className="muted">{telephonyLabels.withheld[call.withheld ?? 'unavailable']}</span>;
  return (
    <Bdi ltr>
      <span className="nowrap">{toPersianDigits(formatPhone(call.number))}</span>
    </Bdi>
  );
}

// The same as plain text (aria labels, toasts).
export function numberText(call: Pick<Call, 'number' | 'withheld'>): string {
  return call.number === null ? telephonyLabels.withheld[call.withheld ?? 'unavailable'] : toPersianDigits(formatPhone(call.number));
}

// «تولد امروز» / «۳ روز تا تولد» within a week, else null.
export function birthdayBadge(days: number | null): string | null {
  if (days === null || days < 0 || days > 7) return null;
  return days === 0 ? 'تولد امروز' : `${toPersianDigits(days)} روز تا تولد`;
}
