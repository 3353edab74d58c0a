import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

// playwright-core has no auto-retrying expect: poll the page until it shows what the test waits for.
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  await expect
    .poll(async () => ((await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '') : ''), { timeout: 10_000 })
    .toMatch(typeof expected === 'string' ? new RegExp(escapeRegExp(expected)) : expected);
}

export async function expectCount(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: 10_000 }).toBe(count);
}

export async function expectAttribute(locator: Locator, name: string, value: string): Promise<void> {
  await expect.poll(() => locator.getAttribute(name), { timeout: 10_000 }).toBe(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const PERSIAN_DATE = /^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/;
export const PERSIAN_DATE_TIME = /^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}$/;

// Today's calendar day in the office's zone, whatever zone the test runner uses.
export function todayInTehran(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(new Date());
}
