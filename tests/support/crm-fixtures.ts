import ExcelJS from 'exceljs';
import type { Input } from '../../src-shared/api/contract';
import type { TestClient } from './test-core';

export function personDraft(overrides: Partial<Input<'people.create'>> = {}): Input<'people.create'> {
  return {
    prefix: 'مهندس',
    gender: 'male',
    firstName: 'علی',
    lastName: 'رضایی',
    ...overrides,
  };
}

export async function createPerson(client: TestClient, overrides: Partial<Input<'people.create'>> = {}) {
  return client.call('people.create', personDraft(overrides));
}

export async function createCompany(client: TestClient, overrides: Partial<Input<'companies.create'>> = {}) {
  return client.call('companies.create', { name: 'شرکت نمونه', ...overrides });
}

// A receptionist who sees and edits only the people and companies they manage.
export async function createOwnScopeUser(admin: TestClient, username: string) {
  const templates = await admin.call('users.listTemplates');
  const template =
    templates.find((t) => t.name === 'پذیرش محدود') ??
    (await admin.call('users.createTemplate', {
      name: 'پذیرش محدود',
      scope: 'own',
      permissions: ['people.view', 'people.create', 'people.edit', 'companies.view', 'interactions.view', 'interactions.create'],
    }));
  return admin.call('users.create', { username, displayName: username, password: `${username}-pass-1`, isAdmin: false, templateId: template.id });
}

export async function workbookBase64(headers: string[], rows: (string | number | Date | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export async function readWorkbook(base64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { sheet, rows };
}

export async function waitForJob(client: TestClient, id: string) {
  for (;;) {
    const job = await client.call('jobs.get', { id });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
