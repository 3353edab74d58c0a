import type { Page } from 'playwright-core';

export class TemplatesPage {
  constructor(private readonly page: Page) {}

  table() {
    return this.page.getByRole('table', { name: 'فهرست قالب‌های دسترسی' });
  }

  row(name: string) {
    return this.table().getByRole('row').filter({ hasText: name });
  }

  // Rights are ticked by their Persian label in the forms × rights grid, e.g. «ایجاد کاربران».
  async createTemplate(name: string, scope: 'همهٔ رکوردها' | 'فقط رکوردهایی که مسئول آن‌هاست', rights: string[]) {
    await this.page.getByRole('button', { name: 'قالب دسترسی جدید' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'قالب دسترسی جدید' });
    await dialog.getByLabel('نام قالب').fill(name);
    await dialog.getByLabel(scope).check();
    for (const right of rights) await dialog.getByRole('checkbox', { name: right, exact: true }).check();
    await dialog.getByRole('button', { name: 'ساخت قالب' }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.row(name).waitFor();
  }

  async openEditor(name: string) {
    await this.row(name).getByRole('button', { name: 'ویرایش' }).click();
    const dialog = this.page.getByRole('dialog', { name: `ویرایش قالب «${name}»` });
    await dialog.waitFor();
    return dialog;
  }

  async removeRights(name: string, rights: string[]): Promise<void> {
    const dialog = await this.openEditor(name);
    for (const right of rights) await dialog.getByRole('checkbox', { name: right, exact: true }).uncheck();
    await dialog.getByRole('button', { name: 'ذخیرهٔ قالب' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
