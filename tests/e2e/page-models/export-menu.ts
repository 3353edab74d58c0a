import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

// «خروجی» in a list toolbar: the list as filtered on screen, as a file.
// «خروجی» and its menu; `subject` is what the file holds («فهرست», «گزارش ارسال»).
export class ExportMenu {
  constructor(
    private readonly page: Page,
    private readonly subject = 'فهرست',
  ) {}

  button() {
    return this.page.getByRole('button', { name: 'خروجی', exact: true });
  }

  menu() {
    return this.page.getByRole('menu', { name: `خروجی ${this.subject}` });
  }

  async open(): Promise<void> {
    await this.button().click();
    await this.menu().waitFor();
  }

  // Chooses a format («اکسل», «ورد», «CSV», «HTML», «XML») and returns the saved file's name and bytes.
  async download(format: string): Promise<{ fileName: string; content: Buffer }> {
    await this.open();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 20_000 }),
      this.menu().getByRole('menuitem', { name: format, exact: true }).click(),
    ]);
    return { fileName: download.suggestedFilename(), content: await readFile(await download.path()) };
  }
}
