import type { Page } from 'playwright-core';

export class AuditPage {
  constructor(private readonly page: Page) {}

  filters() {
    return this.page.getByRole('form', { name: 'فیلترهای تاریخچه' });
  }

  results() {
    return this.page.getByRole('table', { name: 'نتیجهٔ جستجوی تاریخچه' });
  }

  summary() {
    return this.page.getByRole('status').filter({ hasText: /نمایش|پیدا نشد/ });
  }

  async chooseTable(label: string): Promise<void> {
    await this.filters().getByLabel('بخش').selectOption({ label });
  }

  async typeDate(label: 'از تاریخ' | 'تا تاریخ', text: string): Promise<void> {
    const input = this.filters().getByLabel(label, { exact: true });
    await input.fill(text);
    await input.press('Enter');
  }

  dateInput(label: 'از تاریخ' | 'تا تاریخ') {
    return this.filters().getByLabel(label, { exact: true });
  }

  async openCalendar(label: 'از تاریخ' | 'تا تاریخ') {
    await this.filters().getByRole('button', { name: `تقویم ${label}` }).click();
    const popup = this.page.getByRole('dialog', { name: `انتخاب ${label}` });
    await popup.waitFor();
    return popup;
  }

  async search(): Promise<void> {
    await this.filters().getByRole('button', { name: 'جستجو' }).click();
  }
}
