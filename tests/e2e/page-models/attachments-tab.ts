import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

// The «پیوست‌ها» tab of a person's or company's page, and the photo on its header card.
export class AttachmentsTab {
  constructor(private readonly page: Page) {}

  table() {
    return this.page.getByRole('table', { name: 'پیوست‌ها' });
  }

  row(fileName: string) {
    return this.table().getByRole('row').filter({ hasText: fileName });
  }

  problems() {
    return this.page.locator('.attachment-problems');
  }

  async upload(files: UploadFile[], description = ''): Promise<void> {
    const box = this.page.getByRole('group', { name: 'افزودن پیوست' });
    await box.getByLabel('توضیح پیوست (اختیاری)').fill(description);
    await box.getByLabel('انتخاب پرونده‌ها').setInputFiles(files);
  }

  async download(fileName: string): Promise<{ fileName: string; content: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `دریافت «${fileName}»` }).click(),
    ]);
    return { fileName: download.suggestedFilename(), content: await readFile(await download.path()) };
  }

  async remove(fileName: string): Promise<void> {
    await this.page.getByRole('button', { name: `حذف «${fileName}»` }).click();
    await this.page.getByRole('alertdialog', { name: 'حذف پیوست' }).getByRole('button', { name: 'حذف پیوست' }).click();
  }

  async setPhoto(file: UploadFile, noun: 'عکس' | 'لوگو' = 'عکس'): Promise<void> {
    await this.page.getByLabel(new RegExp(`^(افزودن|تعویض) ${noun}$`)).setInputFiles(file);
  }

  photo(name: string, noun: 'عکس' | 'لوگو' = 'عکس') {
    return this.page.getByRole('img', { name: `${noun} ${name}` });
  }
}
