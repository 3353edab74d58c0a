import type { ContactKind, ContactPoint } from '../../../src-shared/api/parties';
import { formatLandline, formatMobile, formatPostalCode } from '../../../src-shared/domain/iran-ids';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';

// Stored E.164 (+989123456789) as people read it: ۰۹۱۲ ۳۴۵ ۶۷۸۹, ۰۲۱ ۸۸۷۷ ۶۶۵۵.
export function formatPhone(kind: Extract<ContactKind, 'mobile' | 'phone' | 'fax'>, e164: string): string {
  return toPersianDigits(kind === 'mobile' ? formatMobile(e164) : formatLandline(e164));
}

export function isPhoneKind(kind: ContactKind): kind is 'mobile' | 'phone' | 'fax' {
  return kind === 'mobile' || kind === 'phone' || kind === 'fax';
}

// The one-line form of a contact point; e-mail and web addresses stay Latin.
export function formatContactValue(point: Pick<ContactPoint, 'kind' | 'value'>): string {
  return isPhoneKind(point.kind) ? formatPhone(point.kind, point.value) : point.value;
}

// An address as a line of places, and its codes apart: a postal code (۸۱۷۴۶-۷۳۱۱۱) must be shown left-to-right.
export function addressParts(point: Pick<ContactPoint, 'province' | 'city' | 'region' | 'addressLine' | 'postalCode' | 'poBox'>): {
  place: string;
  postalCode: string | null;
  poBox: string | null;
} {
  return {
    place: [point.province, point.city, point.region, point.addressLine].filter(Boolean).join('، '),
    postalCode: point.postalCode ? toPersianDigits(formatPostalCode(point.postalCode)) : null,
    poBox: point.poBox ? toPersianDigits(point.poBox) : null,
  };
}
