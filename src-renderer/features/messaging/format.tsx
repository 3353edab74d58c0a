import { formatMobile } from '../../../src-shared/domain/iran-ids';
import { formatJalaliDateTime } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { Bdi } from '../../ui';

// A phone number as people read it (۰۹۱۲ ۳۴۵ ۶۷۸۹), isolated so its digit groups keep their order.
export function Phone({ number }: { number: string }) {
  return (
    <Bdi ltr>
      <span className="nowrap">{toPersianDigits(formatMobile(number))}</span>
    </Bdi>
  );
}

export function When({ at }: { at: number | null }) {
  return at === null ? <>—</> : <bdi className="nowrap">{formatJalaliDateTime(at)}</bdi>;
}

// One formatter for every count: toLocaleString('en-US') builds a formatter on each call, which was the costliest
// script in rendering the club's member panel.
const grouped = new Intl.NumberFormat('en-US');

// ۱۲٬۳۴۵
export function count(value: number): string {
  return toPersianDigits(grouped.format(value).replace(/,/g, '٬'));
}

// A number inside a toast or a plain-text sentence: isolated (FSI…PDI) like the error messages do.
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
