import { describe, expect, it } from 'vitest';
import { findRule, foldKeyword } from '../../../../../src-main/modules/messaging/keyword-rules';
import { messageStatusOf } from '../../../../../src-main/modules/messaging/outbox-store';
import { quietUntil } from '../../../../../src-main/modules/messaging/quiet-hours';

describe('keyword rules', () => {
  const rules = [
    { id: 1, keyword: 'لغو', match: 'exact' as const, active: true },
    { id: 2, keyword: 'امتیاز', match: 'contains' as const, active: true },
    { id: 3, keyword: 'شکایت', match: 'contains' as const, active: false },
    { id: 4, keyword: 'امتیاز من', match: 'exact' as const, active: true },
  ];

  it('matches a keyword however the customer typed it', () => {
    expect(foldKeyword('  لغو. ')).toBe('لغو');
    expect(findRule('لغو', rules)?.id).toBe(1);
    expect(findRule(' لغو!', rules)?.id).toBe(1);
    expect(findRule('لغو اشتراک', rules)).toBeNull();
  });

  it('prefers an exact rule, matches "contains" on whole words, and ignores inactive rules', () => {
    expect(findRule('امتياز من', rules)?.id).toBe(4);
    expect(findRule('سلام، امتیاز من چقدر است؟', rules)?.id).toBe(2);
    expect(findRule('امتیازها', rules)).toBeNull();
    expect(findRule('شکایت دارم', rules)).toBeNull();
    expect(findRule('', rules)).toBeNull();
  });
});

describe('message status from its parts', () => {
  it('follows the worst outcome, then the least progress', () => {
    expect(messageStatusOf({ queued: 3 }, 3)).toBe('queued');
    expect(messageStatusOf({ submitted: 1, queued: 2 }, 3)).toBe('sending');
    expect(messageStatusOf({ submitted: 2, delivered: 1 }, 3)).toBe('sent');
    expect(messageStatusOf({ delivered: 3 }, 3)).toBe('delivered');
    expect(messageStatusOf({ delivered: 1, unknown: 1, cancelled: 1 }, 3)).toBe('unknown');
    expect(messageStatusOf({ failed: 1, unknown: 1, cancelled: 1 }, 3)).toBe('failed');
    expect(messageStatusOf({ cancelled: 2 }, 2)).toBe('cancelled');
    expect(messageStatusOf({ held: 2 }, 2)).toBe('queued');
  });
});

describe('quiet hours', () => {
  const at = (hours: number, minutes = 0) => new Date(2026, 10, 23, hours, minutes).getTime();

  it('wraps midnight: 22:00–08:00 is quiet late at night and early in the morning', () => {
    expect(quietUntil(at(23, 30), '22:00', '08:00')).toBe(new Date(2026, 10, 24, 8, 0).getTime());
    expect(quietUntil(at(7, 59), '22:00', '08:00')).toBe(at(8));
    expect(quietUntil(at(8), '22:00', '08:00')).toBeNull();
    expect(quietUntil(at(21, 59), '22:00', '08:00')).toBeNull();
  });

  it('handles a period within one day, and no period at all', () => {
    expect(quietUntil(at(13), '12:00', '14:00')).toBe(at(14));
    expect(quietUntil(at(14), '12:00', '14:00')).toBeNull();
    expect(quietUntil(at(13), null, null)).toBeNull();
    expect(quietUntil(at(13), '10:00', '10:00')).toBeNull();
  });
});
