import type { Page } from 'playwright-core';

export interface NewUser {
  displayName: string;
  username: string;
  password: string;
  template: string;
}

export class UsersPage {
  constructor(private readonly page: Page) {}

  table() {
    return this.page.getByRole('table', { name: 'فهرست کاربران' });
  }

  row(displayName: string) {
    return this.table().getByRole('row').filter({ hasText: displayName });
  }

  newUserButton() {
    return this.page.getByRole('button', { name: 'کاربر جدید' });
  }

  dialog() {
    return this.page.getByRole('dialog', { name: 'کاربر جدید' });
  }

  async fillNewUser(user: NewUser): Promise<void> {
    await this.newUserButton().click();
    const dialog = this.dialog();
    await dialog.getByLabel('نام نمایشی').fill(user.displayName);
    await dialog.getByLabel('نام کاربری').fill(user.username);
    await dialog.getByLabel('رمز عبور', { exact: true }).fill(user.password);
    await dialog.getByLabel('تکرار رمز عبور').fill(user.password);
    await dialog.getByLabel('کاربر با قالب دسترسی').check();
    await dialog.getByLabel('قالب دسترسی', { exact: true }).selectOption({ label: user.template });
  }

  async submitNewUser(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'ساخت کاربر' }).click();
  }

  async createUser(user: NewUser): Promise<void> {
    await this.fillNewUser(user);
    await this.submitNewUser();
    await this.dialog().waitFor({ state: 'detached' });
    await this.row(user.displayName).waitFor();
  }

  async renameUser(from: string, to: string): Promise<void> {
    await this.row(from).getByRole('button', { name: 'ویرایش' }).click();
    const dialog = this.page.getByRole('dialog', { name: `ویرایش کاربر «${from}»` });
    await dialog.getByLabel('نام نمایشی').fill(to);
    await dialog.getByRole('button', { name: 'ذخیرهٔ تغییرات' }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.row(to).waitFor();
  }

  async openHistory(displayName: string) {
    await this.row(displayName).getByRole('button', { name: 'تاریخچه' }).click();
    const dialog = this.page.getByRole('dialog', { name: `تاریخچهٔ تغییرات کاربر «${displayName}»` });
    await dialog.getByRole('table', { name: 'تاریخچهٔ تغییرات' }).waitFor();
    return dialog;
  }
}
