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

// ۱۲٬۳۴۵
export function count(value: number): string {
  return toPersianDigits(value.toLocaleString('en-US').replace(/,/g, '٬'));
}

// A number inside a toast or a plain-text sentence: isolated (FSI…PDI) like the error messages do.
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
