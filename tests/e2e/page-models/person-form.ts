import type { Locator, Page } from 'playwright-core';

export type ContactKindLabel = 'همراه' | 'تلفن ثابت' | 'نمابر' | 'ایمیل' | 'وب‌سایت' | 'نشانی';

// The person form (new, edit, similar): sections of fields, contact point rows, pickers and the save bar.
export class PersonForm {
  constructor(private readonly page: Page) {}

  form() {
    return this.page.locator('form.party-form');
  }

  field(label: string): Locator {
    return this.form().getByLabel(label, { exact: true });
  }

  // The nth contact row (1-based), as the form numbers them.
  contactRow(n: number): Locator {
    return this.form().getByRole('group', { name: `راه ارتباطی ${toPersian(n)}`, exact: true });
  }

  async addContact(kind: ContactKindLabel): Promise<Locator> {
    const before = await this.form().locator('fieldset.contact-row').count();
    await this.form().getByRole('group', { name: 'افزودن راه ارتباطی' }).getByRole('button', { name: `+ ${kind}` }).click();
    return this.contactRow(before + 1);
  }

  async fillContact(row: Locator, valueLabel: string, value: string, label?: string): Promise<void> {
    await row.getByLabel(valueLabel, { exact: true }).fill(value);
    if (label) await row.getByLabel('برچسب', { exact: true }).fill(label);
  }

  async linkCompany(search: string, companyName: string, position: string): Promise<void> {
    const box = this.form().getByRole('combobox', { name: 'افزودن شرکت' });
    await box.fill(search);
    await this.page.getByRole('option', { name: new RegExp(companyName) }).click();
    await this.form().getByLabel(`سمت در «${companyName}»`).fill(position);
  }

  async checkGroup(name: string): Promise<void> {
    await this.form().getByRole('list', { name: 'گروه‌ها' }).getByLabel(name, { exact: true }).check();
  }

  async toggleRole(label: string): Promise<void> {
    await this.form().getByRole('button', { name: label, exact: true }).click();
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'ذخیره' }).click();
  }

  problem() {
    return this.form().locator('.form-bar').getByRole('alert');
  }

  // The message shown beside a field: what its aria-describedby points at.
  async errorOf(control: Locator): Promise<string> {
    return control.evaluate((element) => {
      type Node = { getAttribute(name: string): string | null; textContent: string | null } | null;
      const byId = (id: string): Node => element.ownerDocument.getElementById(id);
      return (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map(byId)
        .filter((node: Node) => node?.getAttribute('role') === 'alert')
        .map((node: Node) => node?.textContent ?? '')
        .join(' ');
    });
  }
}

export function isFocused(control: Locator): Promise<boolean> {
  return control.evaluate((element) => element === element.ownerDocument.activeElement);
}

function toPersian(n: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}
