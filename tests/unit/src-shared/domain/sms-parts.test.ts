import { describe, expect, it } from 'vitest';
import { planMessage } from '../../../../src-shared/domain/sms-parts';

const PERSIAN = 'س';

describe('planMessage part counts', () => {
  it.each([
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
    [192, 3],
  ])('%i Persian characters → %i parts', (n, parts) => {
    const plan = planMessage(PERSIAN.repeat(n));
    expect(plan.encoding).toBe('ucs2');
    expect(plan.parts).toHaveLength(parts);
    expect(plan.parts.join('')).toBe(PERSIAN.repeat(n));
  });

  it('splits 192 Persian characters 67 + 67 + 58', () => {
    expect(planMessage(PERSIAN.repeat(192)).parts.map((p) => p.length)).toEqual([67, 67, 58]);
  });

  it.each([
    [160, 1],
    [161, 2],
    [306, 2],
    [307, 3],
  ])('%i GSM-7 characters → %i parts', (n, parts) => {
    const plan = planMessage('a'.repeat(n));
    expect(plan.encoding).toBe('gsm7');
    expect(plan.parts).toHaveLength(parts);
    expect(plan.parts.every((p) => p.length <= 153 || parts === 1)).toBe(true);
  });

  it('counts extension characters as two septets and never splits one across parts', () => {
    expect(planMessage('a'.repeat(158) + '€').parts).toHaveLength(1);
    expect(planMessage('a'.repeat(159) + '€').parts).toHaveLength(2);
    const plan = planMessage('a'.repeat(152) + '€' + 'b'.repeat(10));
    expect(plan.encoding).toBe('gsm7');
    expect(plan.parts).toEqual(['a'.repeat(152), '€' + 'b'.repeat(10)]);
  });

  it('uses UCS-2 as soon as one character does not fit GSM-7: ZWNJ, Persian digits, one Persian letter', () => {
    expect(planMessage('Order 12\u200C').encoding).toBe('ucs2');
    expect(planMessage('کد ۱۲۳۴').encoding).toBe('ucs2');
    expect(planMessage('a'.repeat(100) + PERSIAN).parts).toHaveLength(2);
  });

  it('counts UTF-16 code units and keeps surrogate pairs together', () => {
    expect(planMessage('😀'.repeat(35)).parts).toHaveLength(1);
    expect(planMessage('😀'.repeat(35) + 'a').parts).toHaveLength(2);
    const plan = planMessage(PERSIAN.repeat(66) + '😀' + PERSIAN.repeat(10));
    expect(plan.parts).toEqual([PERSIAN.repeat(66), '😀' + PERSIAN.repeat(10)]);
  });

  it('plans an empty message as one empty part', () => {
    expect(planMessage('')).toEqual({ encoding: 'gsm7', parts: [''] });
  });
});
