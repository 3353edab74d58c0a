import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

// The Excel import wizard (#/import/person, #/import/company): file → mapping → check → import.
export class ImportWizard {
  constructor(private readonly page: Page) {}

  // Through the home page, so that a wizard already on screen starts again from its first step.
  async open(kind: 'person' | 'company'): Promise<void> {
    await this.page.goto('/#/');
    await this.page.goto(`/#/import/${kind}`);
    await this.page.getByRole('heading', { level: 1, name: kind === 'person' ? 'ورود اشخاص از اکسل' : 'ورود شرکت‌ها از اکسل' }).waitFor();
  }

  currentStep() {
    return this.page.getByRole('list', { name: 'مراحل ورود از اکسل' }).locator('[aria-current="step"]');
  }

  async chooseFile(path: string): Promise<void> {
    await this.page.getByLabel('پروندهٔ اکسل', { exact: true }).setInputFiles(path);
    await this.mappingTable().waitFor();
  }

  // «پرونده», «برگه», «تعداد ردیف‌ها» above the later steps.
  fact(term: string) {
    return this.page.locator('.import-file dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  mappingTable() {
    return this.page.getByRole('table', { name: 'نگاشت ستون‌ها' });
  }

  fieldOf(header: string) {
    return this.page.getByLabel(`فیلد ستون «${header}»`, { exact: true });
  }

  previewTable() {
    return this.page.getByRole('table', { name: 'پیش‌نمایش ردیف‌ها' });
  }

  savedMapping() {
    return this.page.getByLabel('نگاشت ذخیره‌شده', { exact: true });
  }

  async saveMappingAs(name: string): Promise<void> {
    await this.page.getByLabel('ذخیرهٔ این نگاشت با نام (اختیاری)').fill(name);
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: 'بررسی ردیف‌ها' }).click();
  }

  summary() {
    return this.page.getByRole('status').filter({ hasText: /ردیف سالم|ردیف وارد شد|هیچ ردیفی وارد نشد/ });
  }

  errorTable() {
    return this.page.getByRole('table', { name: 'ردیف‌های دارای خطا' });
  }

  // Each refused row as the table shows it: its number in the sheet and its reasons.
  async errors(): Promise<{ row: string; reasons: string[] }[]> {
    const rows = this.errorTable().locator('tbody tr');
    const found: { row: string; reasons: string[] }[] = [];
    for (let i = 0; i < (await rows.count()); i += 1) {
      const cells = rows.nth(i).getByRole('cell');
      found.push({
        row: ((await cells.nth(0).textContent()) ?? '').trim(),
        reasons: (await cells.nth(1).getByRole('listitem').allTextContents()).map((text) => text.trim()),
      });
    }
    return found;
  }

  // Clicks «دریافت گزارش خطا» and returns the saved file's name and bytes.
  async downloadReport(): Promise<{ fileName: string; content: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'دریافت گزارش خطا (اکسل)' }).click(),
    ]);
    return { fileName: download.suggestedFilename(), content: await readFile(await download.path()) };
  }

  async toImportStep(): Promise<void> {
    await this.page.getByRole('button', { name: 'مرحلهٔ بعد: ورود اطلاعات' }).click();
  }

  async chooseMode(label: 'ردیف‌های نادرست را رد کن و بقیه را وارد کن' | 'همه یا هیچ'): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async startImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'شروع ورود اطلاعات' }).click();
  }

  progress(label: 'بررسی ردیف‌ها' | 'ورود ردیف‌ها') {
    return this.page.getByRole('progressbar', { name: label });
  }

  async cancelImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'لغو ورود' }).click();
  }

  leaveDialog() {
    return this.page.getByRole('alertdialog', { name: 'ترک صفحهٔ ورود از اکسل' });
  }
}
