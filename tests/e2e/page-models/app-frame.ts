import type { Page } from 'playwright-core';

// The frame around every screen: navigation, live-update status, the notification bell, sign-out.
export class AppFrame {
  constructor(private readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation', { name: 'بخش‌های برنامه' });
  }

  navLink(title: string) {
    return this.nav().getByRole('link', { name: title, exact: true });
  }

  async open(title: string): Promise<void> {
    await this.navLink(title).click();
    await this.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  }

  async navTitles(): Promise<string[]> {
    return (await this.nav().getByRole('link').allTextContents()).map((text) => text.trim());
  }

  async waitUntilLive(): Promise<void> {
    await this.page.getByRole('status', { name: 'به‌روزرسانی زنده: متصل' }).waitFor();
  }

  bellButton() {
    return this.page.getByRole('button', { name: /^اعلان‌ها/ });
  }

  notificationsPanel() {
    return this.page.getByRole('dialog', { name: 'اعلان‌ها' });
  }

  toasts() {
    return this.page.getByRole('region', { name: 'پیام‌ها' });
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'خروج' }).click();
  }
}
