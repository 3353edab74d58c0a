import type { Page } from 'playwright-core';

// Saved list filters in a list toolbar.
export class SegmentBar {
  constructor(private readonly page: Page) {}

  select() {
    return this.page.getByLabel('فیلتر ذخیره‌شده', { exact: true });
  }

  async saveCurrent(name: string, shared = false): Promise<void> {
    await this.page.getByRole('button', { name: 'ذخیرهٔ فیلتر فعلی…' }).click();
    const dialog = this.saveDialog();
    await dialog.getByLabel('نام فیلتر').fill(name);
    if (shared) await dialog.getByLabel('مشترک: همهٔ کاربران این فیلتر را ببینند').check();
    await dialog.getByRole('button', { name: 'ذخیرهٔ فیلتر' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  saveDialog() {
    return this.page.getByRole('dialog', { name: 'ذخیرهٔ فیلتر فعلی' });
  }

  async apply(name: string): Promise<void> {
    await this.select().selectOption({ label: name });
  }

  async remove(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `حذف فیلتر «${name}»` }).click();
    const confirm = this.page.getByRole('alertdialog', { name: 'حذف فیلتر ذخیره‌شده' });
    await confirm.getByRole('button', { name: 'حذف فیلتر' }).click();
    await confirm.waitFor({ state: 'detached' });
  }

  async options(): Promise<string[]> {
    return (await this.select().locator('option').allTextContents()).map((text) => text.trim());
  }
}
