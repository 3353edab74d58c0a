import type { Locator, Page } from 'playwright-core';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';

// The people (or companies) list: a virtual table that reads rows from the server as it scrolls.
export class PeoplePage {
  constructor(
    private readonly page: Page,
    private readonly title: 'اشخاص' | 'شرکت‌ها' = 'اشخاص',
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.title === 'اشخاص' ? '/#/people' : '/#/companies');
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.title, exact: true });
  }

  table() {
    return this.page.getByRole('table', { name: `فهرست ${this.title}` });
  }

  // Data rows only (the header row has no cells).
  rows() {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  total() {
    return this.page.locator('.list-total');
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: `جستجو در ${this.title}` }).fill(text);
  }

  filtersPanel() {
    return this.page.getByRole('group', { name: 'فیلترهای فهرست' });
  }

  async showFilters(): Promise<void> {
    if ((await this.filtersPanel().count()) === 0) await this.page.getByRole('button', { name: /^فیلترها/ }).click();
    await this.filtersPanel().waitFor();
  }

  async showDeleted(on: boolean): Promise<void> {
    await this.showFilters();
    await this.filtersPanel().getByLabel('فقط رکوردهای حذف‌شده').setChecked(on);
  }

  // «شرط جدید» in the filter panel: the new row, to fill in.
  async addCondition(): Promise<Locator> {
    await this.showFilters();
    const rows = this.filtersPanel().locator('.condition-row');
    const n = (await rows.count()) + 1;
    await this.filtersPanel().getByRole('button', { name: /شرط جدید/ }).click();
    return this.filtersPanel().getByRole('group', { name: `شرط ${toPersianDigits(n)}` });
  }

  async openRecord(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }
}
