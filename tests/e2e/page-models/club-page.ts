import type { Locator, Page } from 'playwright-core';

export type ClubSubpage = 'پیشخوان' | 'اعضا' | 'قرعه‌کشی' | 'گزارش‌ها' | 'تنظیمات باشگاه';

// Scanners type a whole code in a few tens of milliseconds; people need a tenth of a second or more per key.
const SCANNER_KEY_DELAY_MS = 5;
const HUMAN_KEY_DELAY_MS = 120;

// The customer club (#/club/…): the counter and its member panel, the app-wide card scan, members, draws,
// reports and settings.
export class ClubPage {
  constructor(private readonly page: Page) {}

  subnav(): Locator {
    return this.page.getByRole('navigation', { name: 'بخش‌های باشگاه' });
  }

  async open(subpage: ClubSubpage = 'پیشخوان'): Promise<void> {
    await this.page.goto('/#/club');
    await this.page.getByRole('heading', { level: 1, name: 'باشگاه مشتریان', exact: true }).waitFor();
    await this.subnav().getByRole('link', { name: subpage, exact: true }).click();
    await this.subnav().locator('[aria-current="page"]', { hasText: subpage }).waitFor();
  }

  // ---------- the card scanner (a keyboard wedge) ----------

  // A card passing the scanner: its digits at scanner speed, then Enter, into whatever has the focus.
  async scan(code: string): Promise<void> {
    await this.page.keyboard.type(code, { delay: SCANNER_KEY_DELAY_MS });
    await this.page.keyboard.press('Enter');
  }

  async typeLikeAPerson(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: HUMAN_KEY_DELAY_MS });
  }

  // ---------- the counter ----------

  lookupBox(): Locator {
    return this.page.getByLabel('کارت را بکشید یا شماره همراه / کد ملی / شماره عضویت را وارد کنید', { exact: true });
  }

  panel(name?: string): Locator {
    return name === undefined ? this.page.getByRole('region', { name: /^عضو / }) : this.page.getByRole('region', { name: `عضو ${name}`, exact: true });
  }

  async field(name: string, scope: Locator = this.panel()): Promise<string> {
    return ((await scope.locator(`[data-field="${name}"]`).first().textContent()) ?? '').trim();
  }

  memberName(): Promise<string> {
    return this.field('name');
  }

  // As shown: Persian digits with separators (۱٬۲۰۰).
  points(): Promise<string> {
    return this.field('points');
  }

  tier(): Promise<string> {
    return this.field('tier');
  }

  unknownCard(): Locator {
    return this.page.getByRole('alert', { name: 'کارت ناشناس' });
  }

  blockedCard(): Locator {
    return this.page.getByRole('alert', { name: 'کارت باطل' });
  }

  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  // A button of the panel's action row (ثبت خرید، کیف پول…), which opens its dialog.
  async action(label: string): Promise<void> {
    await this.panel().getByRole('group', { name: /^کارهای عضو/ }).getByRole('button', { name: label, exact: true }).click();
  }

  purchaseForm(): Locator {
    return this.page.getByRole('form', { name: 'ثبت خرید' });
  }

  // «ثبت خرید» opened and the amount in Rials typed, not yet saved.
  async startPurchase(amountRials: number): Promise<void> {
    await this.action('ثبت خرید');
    await this.purchaseForm().getByLabel('مبلغ خرید', { exact: true }).fill(String(amountRials));
  }

  // Saves the purchase; resolves with the dialog that shows what it earned.
  async savePurchase(): Promise<Locator> {
    await this.purchaseForm().getByRole('button', { name: 'ثبت خرید', exact: true }).click();
    const recorded = this.dialog('خرید ثبت شد');
    await recorded.waitFor();
    return recorded;
  }

  // «کیف پول» › شارژ for the amount in Rials.
  async chargeWallet(amountRials: number): Promise<void> {
    await this.action('کیف پول');
    const form = this.page.getByRole('form', { name: /^کیف پول / });
    await form.getByLabel('مبلغ', { exact: true }).fill(String(amountRials));
    await form.getByRole('button', { name: 'ثبت شارژ', exact: true }).click();
    await form.waitFor({ state: 'detached' });
  }

  // «کارت جدید»: the dialog warns that the old card is blocked for good; resolves once the new card is issued.
  async reissueCard(reason: string): Promise<Locator> {
    await this.action('کارت جدید');
    const form = this.page.getByRole('form', { name: /^صدور کارت جدید/ });
    await form.getByLabel('دلیل', { exact: true }).fill(reason);
    return form;
  }

  async closeDialog(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'بستن', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
  }

  // ---------- joining ----------

  joinForm(): Locator {
    return this.page.getByRole('form', { name: 'ثبت عضو جدید' });
  }

  async joinAsNewPerson({ firstName, lastName, mobile }: { firstName: string; lastName: string; mobile?: string }): Promise<void> {
    const form = this.joinForm();
    await form.getByRole('button', { name: 'شخص جدید', exact: true }).click();
    await form.getByLabel('نام', { exact: true }).fill(firstName);
    await form.getByLabel('نام خانوادگی', { exact: true }).fill(lastName);
    if (mobile) await form.getByLabel('شمارهٔ همراه', { exact: true }).fill(mobile);
    await form.getByRole('button', { name: 'ثبت عضویت', exact: true }).click();
    await form.waitFor({ state: 'detached' });
  }

  // ---------- draws ----------

  // Runs a draw through «قرعه‌کشی جدید»; resolves with the winners' names as the draw's card lists them.
  async runDraw({ name, winners, seed }: { name: string; winners: number; seed?: string }): Promise<string[]> {
    await this.page.getByRole('button', { name: 'قرعه‌کشی جدید', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'قرعه‌کشی جدید' });
    await form.getByLabel('نام قرعه‌کشی', { exact: true }).fill(name);
    await form.getByLabel('تعداد برندگان', { exact: true }).fill(String(winners));
    if (seed) await form.getByLabel('دانهٔ قرعه‌کشی (اختیاری)', { exact: true }).fill(seed);
    await form.getByRole('button', { name: 'قرعه‌کشی کن', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    return this.winners(name);
  }

  drawCard(name: string): Locator {
    return this.page.getByRole('region', { name: `قرعه‌کشی ${name}`, exact: true });
  }

  async winners(drawName: string): Promise<string[]> {
    const names = await this.drawCard(drawName).getByRole('list', { name: 'برندگان' }).getByRole('link').allTextContents();
    return names.map((text) => text.trim());
  }

  // «بررسی دوباره»: the sentence saying whether the stored seed draws the same winners.
  async verifyDraw(drawName: string): Promise<string> {
    const card = this.drawCard(drawName);
    await card.getByRole('button', { name: 'بررسی دوباره', exact: true }).click();
    const verdict = card.locator('[data-field="verification"]');
    await verdict.waitFor();
    return ((await verdict.textContent()) ?? '').trim();
  }

  // ---------- members ----------

  membersTable(): Locator {
    return this.page.getByRole('table', { name: 'اعضای باشگاه' });
  }
}
