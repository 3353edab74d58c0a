import { create } from 'zustand';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import { emptyContactRow, type CommonValues } from './party-form-values';

// A number to start a new record with (the incoming-call pop-up's «شخص جدید»): set before opening #/people/new,
// dropped when the screen leaves the new-record form.
export const useNewPartyPrefill = create<{ number: string | null }>()(() => ({ number: null }));

export function prefillNewParty(number: string): void {
  useNewPartyPrefill.setState({ number });
}

export function clearNewPartyPrefill(): void {
  if (useNewPartyPrefill.getState().number !== null) useNewPartyPrefill.setState({ number: null });
}

// The number as a mobile (09…) or phone contact point, typed the national way.
export function withPrefilledNumber<V extends CommonValues>(values: V, number: string | null): V {
  if (!number) return values;
  const national = number.startsWith('+98') ? `0${number.slice(3)}` : number;
  const row = { ...emptyContactRow(number.startsWith('+989') || /^09\d{9}$/.test(number) ? 'mobile' : 'phone'), value: toPersianDigits(national) };
  return { ...values, contactPoints: [row] };
}
