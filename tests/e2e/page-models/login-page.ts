import type { Page } from 'playwright-core';

export class LoginPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'ورود به پیوند' });
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.heading().waitFor();
    await this.page.getByLabel('نام کاربری').fill(username);
    await this.page.getByLabel('رمز عبور').fill(password);
    await this.page.getByRole('button', { name: 'ورود' }).click();
  }

  error() {
    return this.page.getByRole('alert');
  }
}
