import type { Page } from 'playwright-core';

// A person's or company's page: header card with actions, and the details / timeline / interactions tabs.
export class PersonRecord {
  constructor(private readonly page: Page) {}

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  actions() {
    return this.page.getByRole('group', { name: 'کارها' });
  }

  contacts() {
    return this.page.getByRole('list', { name: 'راه‌های ارتباطی' });
  }

  chips() {
    return this.page.getByRole('list', { name: 'نقش‌ها و گروه‌ها' });
  }

  async openTab(name: 'جزئیات' | 'گاه‌شمار' | 'ارتباطات' | 'پیوست‌ها'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  timeline() {
    return this.page.getByRole('list', { name: 'گاه‌شمار' });
  }

  interactions() {
    return this.page.getByRole('table', { name: 'ارتباطات' });
  }

  mergeDialog(name: string) {
    return this.page.getByRole('dialog', { name: `ادغام «${name}» با رکورد تکراری` });
  }
}
