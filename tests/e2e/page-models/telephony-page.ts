import type { Locator, Page } from 'playwright-core';

export type TelephonySubpage = 'همهٔ تماس‌ها' | 'تماس‌های بی‌پاسخ' | 'تنظیمات تلفن';
export type LineKindLabel = 'مودم صوتی' | 'مودم GSM' | 'دستگاه کالر آیدی';

// The telephony feature: the app-wide incoming-call pop-ups, the «تماس‌ها» screen (#/calls/…), click-to-dial on
// record pages and the lines' settings.
export class TelephonyPage {
  constructor(private readonly page: Page) {}

  // ---------- incoming-call pop-up (anywhere in the app) ----------

  // All pop-ups: several lines may ring at once, newest first.
  popups(): Locator {
    return this.page.getByRole('dialog', { name: 'تماس ورودی', exact: true });
  }

  // One pop-up: the newest, or the one whose text has the given name or (Persian-digit) number.
  popup(hasText?: string | RegExp): Locator {
    return hasText === undefined ? this.popups().first() : this.popups().filter({ hasText });
  }

  async popupName(popup: Locator = this.popup()): Promise<string> {
    return ((await popup.locator('[data-field="name"]').textContent()) ?? '').trim();
  }

  // As shown: Persian digits, grouped (۰۹۱۲ ۱۱۱ ۲۲۳۳), or «شماره پنهان است» / «شماره در دسترس نیست».
  async popupNumber(popup: Locator = this.popup()): Promise<string> {
    return ((await popup.locator('[data-field="number"]').textContent()) ?? '').trim();
  }

  // «تولد امروز» / «۳ روز تا تولد», or null without one.
  async popupBirthday(popup: Locator = this.popup()): Promise<string | null> {
    const badge = popup.locator('[data-field="birthday"]');
    return (await badge.count()) === 0 ? null : ((await badge.textContent()) ?? '').trim();
  }

  // The caller card has arrived (the pop-up first shows only the event's name and number).
  async waitForCard(popup: Locator = this.popup()): Promise<void> {
    await popup.getByText('در حال خواندن پرونده…').waitFor({ state: 'detached' });
  }

  lastInteractions(popup: Locator = this.popup()): Locator {
    return popup.getByRole('region', { name: 'آخرین ارتباطات' }).getByRole('listitem');
  }

  async take(popup: Locator = this.popup()): Promise<void> {
    await popup.getByRole('button', { name: 'پاسخ دادم', exact: true }).click();
    await popup.getByText('شما پاسخ دادید', { exact: true }).waitFor();
  }

  async openRecord(popup: Locator = this.popup()): Promise<void> {
    await popup.getByRole('button', { name: 'باز کردن پرونده', exact: true }).click();
  }

  noteBox(popup: Locator = this.popup()): Locator {
    return popup.getByRole('textbox', { name: 'یادداشت تماس', exact: true });
  }

  async note(text: string, { complaint = false, popup = this.popup() }: { complaint?: boolean; popup?: Locator } = {}): Promise<void> {
    await popup.getByRole('button', { name: 'یادداشت تماس', exact: true }).click();
    const form = popup.getByRole('form', { name: 'یادداشت تماس' });
    await form.getByRole('textbox', { name: 'یادداشت تماس', exact: true }).fill(text);
    if (complaint) await form.getByLabel('شکایت است', { exact: true }).check();
    await form.getByRole('button', { name: 'ثبت یادداشت', exact: true }).click();
    await form.waitFor({ state: 'detached' });
  }

  // «شخص جدید» for an unknown number: opens #/people/new with the number in the first contact row.
  async newPerson(popup: Locator = this.popup()): Promise<void> {
    await popup.getByRole('button', { name: 'شخص جدید', exact: true }).click();
    await this.page.waitForURL(/#\/people\/new$/);
  }

  async close(popup: Locator = this.popup()): Promise<void> {
    await popup.getByRole('button', { name: 'بستن', exact: true }).first().click();
  }

  // ---------- the «تماس‌ها» screen ----------

  menuLink(): Locator {
    return this.page.getByRole('navigation', { name: 'بخش‌های برنامه' }).getByRole('link', { name: /^تماس‌ها/ });
  }

  // The missed-calls count on the menu item (Persian digits), or null when there are none.
  async missedBadge(): Promise<string | null> {
    const badge = this.menuLink().locator('.badge--count');
    return (await badge.count()) === 0 ? null : ((await badge.textContent()) ?? '').trim();
  }

  subnav(): Locator {
    return this.page.getByRole('navigation', { name: 'بخش‌های تماس‌ها' });
  }

  async open(subpage: TelephonySubpage = 'همهٔ تماس‌ها'): Promise<void> {
    await this.page.goto('/#/calls');
    await this.page.getByRole('heading', { level: 1, name: 'تماس‌ها', exact: true }).waitFor();
    await this.subnav().getByRole('link', { name: subpage, exact: true }).click();
    await this.subnav().locator('[aria-current="page"]', { hasText: subpage }).waitFor();
  }

  callsTable(): Locator {
    return this.page.getByRole('table', { name: 'همهٔ تماس‌ها' });
  }

  missedTable(): Locator {
    return this.page.getByRole('table', { name: 'تماس‌های بی‌پاسخ' });
  }

  // Body rows of the list on screen; filter by a name or a Persian-digit number.
  callRows(hasText?: string | RegExp): Locator {
    const rows = this.page.locator('table.data-table tbody tr, table tbody tr').filter({ has: this.page.locator('td') });
    return hasText === undefined ? rows : rows.filter({ hasText });
  }

  async callBack(hasText: string | RegExp): Promise<void> {
    await this.missedTable().getByRole('row').filter({ hasText }).getByRole('button', { name: /^تماس دوباره/ }).click();
  }

  // ---------- click-to-dial ----------

  // The phone button beside a number on a person's or company's page; `number` as shown (Persian digits).
  dialButton(number?: string): Locator {
    return number === undefined ? this.page.getByRole('button', { name: /^شماره‌گیری/ }).first() : this.page.getByRole('button', { name: `شماره‌گیری \u2068${number}\u2069` }).first();
  }

  diallingBar(): Locator {
    return this.page.getByRole('region', { name: 'در حال شماره‌گیری' });
  }

  async hangUp(): Promise<void> {
    await this.diallingBar().getByRole('button', { name: 'قطع', exact: true }).click();
    await this.diallingBar().waitFor({ state: 'detached' });
  }

  async pickedUp(): Promise<void> {
    await this.diallingBar().getByRole('button', { name: 'گوشی را برداشتم', exact: true }).click();
    await this.diallingBar().waitFor({ state: 'detached' });
  }

  // ---------- settings ----------

  lineCard(name: string): Locator {
    return this.page.getByRole('region', { name: `خط ${name}`, exact: true });
  }

  settingsForm(): Locator {
    return this.page.getByRole('form', { name: 'تنظیمات تلفن' });
  }

  // One line's fields in the form, by its name (the group's legend).
  lineFields(name: string): Locator {
    return this.settingsForm().getByRole('group', { name: `خط ${name}`, exact: true });
  }

  async setRingTimeout(seconds: number): Promise<void> {
    await this.settingsForm().getByLabel('پایان تماس پس از چند ثانیه بی‌زنگ', { exact: true }).fill(String(seconds));
  }

  // Adds a line and fills what every line has; returns its fields.
  async addLine({ name, id, kind, port }: { name: string; id: string; kind: LineKindLabel; port: string }): Promise<Locator> {
    await this.settingsForm().getByRole('button', { name: 'افزودن خط', exact: true }).click();
    const added = this.settingsForm().locator('fieldset.line-fields').last();
    await added.getByLabel('نام خط', { exact: true }).fill(name);
    await added.getByLabel('شناسهٔ خط', { exact: true }).fill(id);
    await added.getByLabel('نوع دستگاه', { exact: true }).selectOption({ label: kind });
    await added.getByLabel('درگاه', { exact: true }).fill(port);
    return this.lineFields(name);
  }

  async removeLine(name: string): Promise<void> {
    await this.lineFields(name).getByRole('button', { name: `حذف خط «${name}»` }).click();
  }

  async saveSettings(): Promise<void> {
    await this.settingsForm().getByRole('button', { name: 'ذخیرهٔ تنظیمات تلفن', exact: true }).click();
  }

  // A field's Persian error inside a line (or the form), by the field's label.
  fieldError(label: string, scope: Locator = this.settingsForm()): Locator {
    return scope.locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).locator('.field__error');
  }

  async openRawCapture(lineName: string): Promise<Locator> {
    await this.settingsForm().getByRole('button', { name: `نمایش دادهٔ خام «${lineName}»` }).click();
    return this.page.getByRole('region', { name: `دادهٔ خام «${lineName}»` });
  }
}
