import type { Page } from 'playwright-core';

// The search box in the frame header (Ctrl+K or «/»).
export class HeaderSearch {
  constructor(private readonly page: Page) {}

  box() {
    return this.page.getByRole('combobox', { name: 'جستجوی اشخاص و شرکت‌ها' });
  }

  results() {
    return this.page.getByRole('listbox', { name: 'نتیجه‌های جستجوی اشخاص و شرکت‌ها' });
  }

  option(text: string | RegExp) {
    return this.results().getByRole('option').filter({ hasText: text });
  }

  status() {
    return this.page.locator('.search-box .picker__status');
  }
}
