import type { Page } from 'playwright-core';

export class SetupWizardPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'راه‌اندازی اولیهٔ پیوند' });
  }

  async fillOffice(officeName: string, areaCode: string): Promise<void> {
    await this.page.getByLabel('نام دفتر یا شرکت').fill(officeName);
    await this.page.getByLabel('پیش‌شمارهٔ پیش‌فرض تلفن').fill(areaCode);
  }

  areaCodeInput() {
    return this.page.getByLabel('پیش‌شمارهٔ پیش‌فرض تلفن');
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'مرحلهٔ بعد' }).click();
  }

  async fillAdmin(admin: { displayName: string; username: string; password: string; repeat: string }): Promise<void> {
    await this.page.getByLabel('نام نمایشی مدیر').fill(admin.displayName);
    await this.page.getByLabel('نام کاربری').fill(admin.username);
    await this.page.getByLabel('رمز عبور', { exact: true }).fill(admin.password);
    await this.page.getByLabel('تکرار رمز عبور').fill(admin.repeat);
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'ساخت حساب مدیر و شروع' }).click();
  }

  fieldErrors() {
    return this.page.getByRole('alert');
  }
}
