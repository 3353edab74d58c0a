import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock, setUpOffice, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createCompany, createPerson, waitForJob } from '../../support/crm-fixtures';

// pdftotext gives each line in logical order wrapped in bidi embedding marks; the checks read the words.
const pdfText = (base64: string) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(base64, 'base64') })
    .toString()
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

describe.each(TRANSPORTS)('printed mail merge over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;

  beforeEach(async () => {
    // 2 Azar 1405.
    office = await startTestCore(transport, { clock: new FakeClock(Date.UTC(2026, 10, 23, 6, 30)) });
    admin = await setUpOffice(office);
  });
  afterEach(() => office.close());

  async function templateOf(kind: 'letter' | 'envelope' | 'labels') {
    return (await admin.call('printing.listTemplates', { kind }))[0]!;
  }

  async function customers() {
    const company = await createCompany(admin, { name: 'شرکت نمونه' });
    const reza = await createPerson(admin, {
      firstName: 'علی',
      lastName: 'رضایی',
      contactPoints: [{ kind: 'address', province: 'تهران', city: 'تهران', addressLine: 'خیابان ولیعصر، کوچهٔ ۱۲', postalCode: '1234567890' }],
      companyLinks: [{ companyId: company.id, position: 'مدیر فروش' }],
    });
    const bahar = await createPerson(admin, {
      firstName: 'بهار',
      lastName: 'احمدی',
      gender: 'female',
      prefix: null,
      contactPoints: [{ kind: 'address', city: 'شیراز', addressLine: 'بلوار زند، پلاک ۵' }],
    });
    const noAddress = await createPerson(admin, { firstName: 'پویا', lastName: 'توکلی' });
    return { reza, bahar, noAddress, selection: { kind: 'selection' as const, partyIds: [reza.id, bahar.id, noAddress.id] } };
  }

  it('numbers letters in the year series, logs each on its recipient and enters it in the register', async () => {
    const { reza, bahar, noAddress, selection } = await customers();
    const letter = await templateOf('letter');
    await admin.call('printing.saveTemplate', {
      id: letter.id,
      version: letter.version,
      name: letter.name,
      layout: { ...letter.layout, numberPrefix: 'ف/', subject: 'دعوت به نمایشگاه', body: 'از شما برای بازدید در {تاریخ جلسه} دعوت می‌شود. {ناشناخته} مانده: {کیف پول:حروف}' } as never,
    });
    const check = await admin.call('printing.checkRun', { templateId: letter.id, audience: selection, customFields: { 'تاریخ جلسه': '۱۰ آذر' } });
    expect(check).toEqual({ recipients: 2, withoutAddress: [{ partyId: noAddress.id, partyKind: 'person', name: 'پویا توکلی' }], withoutAddressCount: 1, unknownFields: ['ناشناخته'] });

    const stopped = await waitForJob(admin, (await admin.call('printing.startRun', { templateId: letter.id, audience: selection, missingAddress: 'stop' })).id);
    expect(stopped).toMatchObject({ state: 'failed', error: { code: 'printing.missingAddress', details: { count: 1 } } });
    expect((await admin.call('printing.register', {})).total).toBe(0);

    const job = await waitForJob(admin, (await admin.call('printing.startRun', { templateId: letter.id, audience: selection, customFields: { 'تاریخ جلسه': '۱۰ آذر' } })).id);
    expect(job.state).toBe('done');
    const result = job.result as { file: { contentBase64: string; mimeType: string }; printed: number; skipped: number };
    expect(result).toMatchObject({ printed: 2, skipped: 1, file: { mimeType: 'application/pdf' } });
    const text = pdfText(result.file.contentBase64);
    expect(text).toContain('حضور مدیر فروش محترم شرکت نمونه');
    expect(text).toMatch(/۱۰\s*آذر/);

    const register = await admin.call('printing.register', {});
    // Persian alphabetical order: احمدی before رضایی.
    expect(register.rows.map((row) => [row.number, row.partyName])).toEqual([
      ['ف/1405/2', 'علی رضایی'],
      ['ف/1405/1', 'بهار احمدی'],
    ]);
    const history = await admin.call('interactions.list', { partyId: reza.id });
    expect(history.rows[0]).toMatchObject({ method: 'letter', direction: 'outgoing', subject: 'نامه: دعوت به نمایشگاه' });
    expect((await admin.call('printing.register', { partyId: bahar.id })).rows).toHaveLength(1);

    // A preview uses no number and registers nothing.
    const preview = await admin.call('printing.preview', { templateId: letter.id, partyId: reza.id });
    const previewText = pdfText(preview.contentBase64);
    expect(previewText).toContain('رضایی');
    expect(previewText).not.toContain('۱۴۰۵/۳');
    expect((await admin.call('printing.register', {})).total).toBe(2);
  });

  it('writes letters to Word, but envelopes and labels only to PDF', async () => {
    const { selection } = await customers();
    const letter = await templateOf('letter');
    const job = await waitForJob(admin, (await admin.call('printing.startRun', { templateId: letter.id, audience: selection, format: 'docx' })).id);
    const file = (job.result as { file: { fileName: string; contentBase64: string } }).file;
    expect(file.fileName).toMatch(/\.docx$/);
    const path = join(office.dataDir, 'letters.docx');
    writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml']).toString();
    expect(xml).toContain('<w:bidi/>');
    const labels = await templateOf('labels');
    expect(await admin.fail('printing.startRun', { templateId: labels.id, audience: selection, format: 'docx' })).toMatchObject({ code: 'input.invalid' });
  });

  it('prints one label per person with an address, in list order, from the chosen label on', async () => {
    const { selection } = await customers();
    const labels = await templateOf('labels');
    const job = await waitForJob(admin, (await admin.call('printing.startRun', { templateId: labels.id, audience: selection, startAt: 4 })).id);
    const text = pdfText((job.result as { file: { contentBase64: string } }).file.contentBase64);
    expect(text).toContain('۱۲۳۴۵-۶۷۸۹۰');
    expect(text.indexOf('احمدی')).toBeLessThan(text.indexOf('رضایی'));
    expect(text).not.toContain('توکلی');

    const envelope = await templateOf('envelope');
    const envelopes = await waitForJob(admin, (await admin.call('printing.startRun', { templateId: envelope.id, audience: selection })).id);
    const pages = pdfText((envelopes.result as { file: { contentBase64: string } }).file.contentBase64).split('\f').filter((page) => page.trim());
    expect(pages).toHaveLength(2);
    // Letters only are registered.
    expect((await admin.call('printing.register', {})).total).toBe(0);
  });

  it('prints any list as the screen shows it, with the print date and page numbers', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`عضو ${i + 1}`, String(100_001 + i), i % 2 ? 'نقره‌ای' : null]);
    const file = await admin.call('printing.listPrintout', {
      title: 'اعضای باشگاه',
      filterLine: 'سطح: همه',
      columns: [{ header: 'نام' }, { header: 'شمارهٔ عضویت', width: 8 }, { header: 'سطح' }],
      rows,
    });
    const pages = pdfText(file.contentBase64).split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain('اعضای باشگاه');
    expect(pages[0]).toContain('۱۴۰۵/۰۹/۰۲');
    expect(pages.at(-1)).toMatch(new RegExp(`صفحه\\s*${'۰۱۲۳۴۵۶۷۸۹'[pages.length]}\\s*از\\s*${'۰۱۲۳۴۵۶۷۸۹'[pages.length]}`));
  });

  it('keeps every template change in the audit history', async () => {
    const envelope = await templateOf('envelope');
    const saved = await admin.call('printing.saveTemplate', { id: envelope.id, version: envelope.version, name: 'پاکت ملخی', layout: { ...envelope.layout, size: 'malakhi' } as never });
    expect(saved).toMatchObject({ name: 'پاکت ملخی', version: envelope.version + 1 });
    expect(await admin.fail('printing.saveTemplate', { id: envelope.id, version: envelope.version, name: 'قدیمی', layout: envelope.layout })).toMatchObject({ code: 'record.versionConflict' });
    const history = await admin.call('audit.history', { table: 'print_templates', id: envelope.id });
    expect(history.map((entry) => entry.field)).toEqual(expect.arrayContaining(['name', 'layout']));
  });
});
