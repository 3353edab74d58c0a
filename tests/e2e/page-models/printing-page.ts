import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export type PrintingSubpage = 'چاپ گروهی' | 'قالب‌ها' | 'دفتر نامه‌ها';

// «چاپ و نامه» (#/printing/…): the mail-merge run, the templates and the letters register.
export class PrintingPage {
  constructor(private readonly page: Page) {}

  subnav(): Locator {
    return this.page.getByRole('navigation', { name: 'بخش‌های چاپ و نامه' });
  }

  async open(subpage: PrintingSubpage): Promise<void> {
    await this.page.goto('/#/printing');
    await this.page.getByRole('heading', { level: 1, name: 'چاپ و نامه', exact: true }).waitFor();
    await this.subnav().getByRole('link', { name: subpage, exact: true }).click();
    await this.subnav().locator('[aria-current="page"]', { hasText: subpage }).waitFor();
  }

  // ---------- the run ----------

  choices(): Locator {
    return this.page.getByRole('form', { name: 'قالب و گیرندگان' });
  }

  async chooseTemplate(name: string): Promise<void> {
    await this.choices().getByLabel('قالب', { exact: true }).selectOption({ label: name });
  }

  async chooseGroup(name: string): Promise<void> {
    await this.choices().getByLabel('یک گروه', { exact: true }).check();
    await this.choices().getByLabel('گروه', { exact: true }).selectOption({ label: name });
  }

  handedList(): Locator {
    return this.choices().locator('[data-field="handed"]');
  }

  // «بررسی پیش از چاپ»: resolves with the panel that says who prints and who has no address.
  async check(): Promise<Locator> {
    await this.choices().getByRole('button', { name: 'بررسی پیش از چاپ', exact: true }).click();
    const panel = this.checkPanel();
    await panel.waitFor();
    return panel;
  }

  checkPanel(): Locator {
    return this.page.getByRole('region', { name: 'بررسی و چاپ', exact: true });
  }

  withoutAddress(): Locator {
    return this.checkPanel().getByRole('region', { name: 'بدون نشانی پستی' });
  }

  // «شروع چاپ»: the run's file as the browser saves it, once the run has finished.
  async run(): Promise<{ fileName: string; content: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 30_000 }),
      this.checkPanel().getByRole('button', { name: 'شروع چاپ', exact: true }).click(),
    ]);
    return { fileName: download.suggestedFilename(), content: await readFile(await download.path()) };
  }

  outcome(): Locator {
    return this.checkPanel().locator('[data-field="outcome"]');
  }

  // ---------- templates ----------

  templatesTable(): Locator {
    return this.page.getByRole('table', { name: 'قالب‌های چاپ' });
  }

  async openTemplate(name: string): Promise<Locator> {
    await this.templatesTable().getByRole('link', { name, exact: true }).click();
    const editor = this.editor(name);
    await editor.waitFor();
    return editor;
  }

  editor(name: string): Locator {
    return this.page.getByRole('form', { name: `قالب «${name}»`, exact: true });
  }

  mergeFieldButton(token: string): Locator {
    return this.page.getByRole('group', { name: 'درج فیلد ادغام' }).getByRole('button', { name: `{${token}}`, exact: true });
  }

  // Picks a recipient in «پیش‌نمایش برای یک گیرنده» and resolves with the preview dialog.
  async preview(name: string): Promise<Locator> {
    await this.page.getByRole('combobox', { name: 'پیش‌نمایش برای یک گیرنده' }).fill(name);
    await this.page.getByRole('option', { name: new RegExp(name) }).first().click();
    const dialog = this.page.getByRole('dialog', { name: `پیش‌نمایش برای «${name}»` });
    await dialog.waitFor();
    return dialog;
  }

  // ---------- register ----------

  registerTable(): Locator {
    return this.page.getByRole('table', { name: 'دفتر نامه‌ها' });
  }
}
