import type { Page } from 'playwright-core';

export type MessagingSubpage =
  | 'ارسال گروهی'
  | 'ارسال‌های گروهی'
  | 'صندوق خروجی'
  | 'صندوق ورودی'
  | 'قالب‌ها'
  | 'قواعد پاسخ خودکار'
  | 'فهرست انصراف'
  | 'وضعیت و تنظیمات';

export type CampaignCount = 'در صف' | 'در حال ارسال' | 'ارسال‌شده' | 'تحویل‌شده' | 'ناموفق' | 'نامعلوم' | 'لغوشده';

// The SMS screen (#/messaging/…): compose a campaign, follow its progress, the settings form.
export class MessagingPage {
  constructor(private readonly page: Page) {}

  async open(subpage: MessagingSubpage = 'ارسال گروهی'): Promise<void> {
    await this.page.goto('/#/messaging');
    await this.page.getByRole('heading', { level: 1, name: 'پیامک', exact: true }).waitFor();
    await this.subnav().getByRole('link', { name: subpage, exact: true }).click();
    await this.subnav().locator('[aria-current="page"]', { hasText: subpage }).waitFor();
  }

  subnav() {
    return this.page.getByRole('navigation', { name: 'بخش‌های پیامک' });
  }

  // ---------- compose ----------

  composeForm() {
    return this.page.getByRole('form', { name: 'ارسال گروهی' });
  }

  async chooseGroup(groupName: string): Promise<void> {
    await this.composeForm().getByRole('radio', { name: 'یک گروه', exact: true }).check();
    // Options are indented by depth: match the name at the end.
    const select = this.composeForm().getByLabel('گروه', { exact: true });
    const value = await select.locator('option', { hasText: groupName }).first().getAttribute('value');
    await select.selectOption(value ?? '');
  }

  async chooseSegment(segmentName: string): Promise<void> {
    await this.composeForm().getByRole('radio', { name: 'یک فهرست ذخیره‌شده', exact: true }).check();
    await this.composeForm().getByLabel('فهرست ذخیره‌شده', { exact: true }).selectOption({ label: segmentName });
  }

  async typeNumbers(numbers: string): Promise<void> {
    await this.composeForm().getByRole('radio', { name: 'شماره‌های دلخواه', exact: true }).check();
    await this.composeForm().getByLabel('شماره‌ها', { exact: true }).fill(numbers);
  }

  async pickTemplate(name: string): Promise<void> {
    await this.composeForm().getByLabel('قالب پیام', { exact: true }).selectOption({ label: name });
  }

  messageBox() {
    return this.composeForm().getByLabel('متن پیامک', { exact: true });
  }

  async writeMessage(text: string): Promise<void> {
    await this.messageBox().fill(text);
  }

  // Inserts «{token}» at the caret, e.g. insertField('نام').
  async insertField(token: string): Promise<void> {
    await this.composeForm().getByRole('group', { name: 'درج فیلد ادغام' }).getByRole('button', { name: `{${token}}`, exact: true }).click();
  }

  // «۱۳۵ نویسه · ۳ پیامک · فارسی (UCS-2)» under the text box (any SMS editor on the page, the first one).
  counter() {
    return this.page.getByTestId('sms-counter').first();
  }

  async preview(): Promise<void> {
    await this.composeForm().getByRole('button', { name: 'پیش‌نمایش', exact: true }).click();
    await this.previewPanel().waitFor();
  }

  previewPanel() {
    return this.page.getByRole('region', { name: 'پیش‌نمایش ارسال' });
  }

  // A fact of the preview by its term: «گیرندگان», «تکراری‌های حذف‌شده», «انصراف‌داده», «بدون شمارهٔ همراه»,
  // «شمارهٔ نامعتبر», «راه ارسال», «مجموع پیامک‌ها».
  previewFact(term: string) {
    return this.previewPanel().locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  previewWarnings() {
    return this.previewPanel().getByRole('list', { name: 'هشدارها' }).getByRole('listitem');
  }

  confirmDialog() {
    return this.page.getByRole('alertdialog', { name: 'تأیید ارسال گروهی' });
  }

  // «ارسال» → confirmation («… پیامک به … گیرنده ارسال شود؟») → the campaign's page.
  async send(): Promise<void> {
    await this.composeForm().getByRole('button', { name: 'ارسال', exact: true }).click();
    await this.confirmDialog().waitFor();
    await this.confirmDialog().getByRole('button', { name: 'ارسال', exact: true }).click();
    await this.progressBar().waitFor();
  }

  // ---------- a campaign's page ----------

  progressBar() {
    return this.page.getByRole('progressbar', { name: 'پیشرفت ارسال' });
  }

  campaignStatus() {
    return this.page.getByTestId('campaign-status');
  }

  // The count shown for one status, as on screen (Persian digits).
  campaignCount(status: CampaignCount) {
    return this.page.locator('.counts__item dt', { hasText: new RegExp(`^${status}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  async campaignCounts(): Promise<Record<string, string>> {
    const items = this.page.locator('.counts__item');
    const counts: Record<string, string> = {};
    for (let i = 0; i < (await items.count()); i += 1) {
      const term = ((await items.nth(i).locator('dt').textContent()) ?? '').trim();
      counts[term] = ((await items.nth(i).locator('dd').textContent()) ?? '').trim();
    }
    return counts;
  }

  recipientsTable() {
    return this.page.getByRole('table', { name: 'گیرندگان این ارسال' });
  }

  async pause(): Promise<void> {
    await this.page.getByRole('button', { name: 'توقف موقت' }).click();
  }

  async resume(): Promise<void> {
    await this.page.getByRole('button', { name: 'ادامهٔ ارسال' }).click();
  }

  async cancelCampaign(): Promise<void> {
    await this.page.getByRole('group', { name: 'کنترل ارسال' }).getByRole('button', { name: 'لغو ارسال' }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'لغو ارسال گروهی' });
    await dialog.getByRole('button', { name: 'لغو ارسال' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  // ---------- lists ----------

  campaignsTable() {
    return this.page.getByRole('table', { name: 'فهرست ارسال‌های گروهی' });
  }

  outboxTable() {
    return this.page.getByRole('table', { name: 'صندوق خروجی' });
  }

  inboxTable() {
    return this.page.getByRole('table', { name: 'صندوق ورودی' });
  }

  // ---------- status and settings ----------

  gatewayCard(title: 'مودم' | 'سامانهٔ پیامکی') {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  settingsForm() {
    return this.page.getByRole('form', { name: 'تنظیمات پیامک' });
  }

  // A settings field by its label: «سقف ارسال روزانهٔ مودم», «آستانهٔ ارسال انبوه», «رمز سیم‌کارت (PIN)»,
  // «شمارهٔ مرکز پیام (SMSC)», «درگاه‌های مودم», «آغاز ساعت سکوت», «پایان ساعت سکوت», «راه ارسال ارسال گروهی»,
  // «نوع سامانهٔ پیامکی», «کلید دسترسی (API key)», «شمارهٔ خط ارسال», «نشانی وب‌سرویس», «نشانی ارسال»…
  setting(label: string) {
    return this.settingsForm().getByLabel(label, { exact: true });
  }

  async useKavenegar(apiKey: string, sender: string): Promise<void> {
    await this.setting('نوع سامانهٔ پیامکی').selectOption({ label: 'کاوه‌نگار' });
    await this.setting('کلید دسترسی (API key)').fill(apiKey);
    await this.setting('شمارهٔ خط ارسال').fill(sender);
  }

  async saveSettings(): Promise<void> {
    await this.settingsForm().getByRole('button', { name: 'ذخیرهٔ تنظیمات پیامک' }).click();
  }

  // The Persian message under a field after a refused save.
  settingError(label: string) {
    return this.settingsForm().locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).locator('.field__error');
  }
}
