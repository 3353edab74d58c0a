import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src-shared/api/imports';
import { setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createOwnScopeUser, createPerson, readWorkbook, waitForJob, workbookBase64 } from '../../support/crm-fixtures';

const HEADERS = ['نام', 'نام خانوادگی', 'کد ملی', 'موبایل', 'تاریخ تولد', 'ستون اضافه'];
const GOOD = [
  ['علی', 'رضایی', '0084575948', '09121234567', '1369/01/01', 'x'],
  ['مريم', 'كاظمي', null, '۰۹۱۳۱۱۱۲۲۳۳', new Date(Date.UTC(1985, 5, 15)), 'y'],
  ['حسن', 'نوری', null, 9351112233, null, null],
];
const BAD = [
  ['بد', 'کدملی', '1234567890', null, null, null],
  ['بی‌نام', '', null, null, null, null],
  ['تکراری', 'موبایل', null, '09121234567', null, null],
];

describe.each(TRANSPORTS)('Excel import and export over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  beforeEach(async () => {
    office = await startTestCore(transport);
    admin = await setUpOffice(office);
  });
  afterEach(() => office.close());

  async function analyze(rows: (string | number | Date | null)[][]) {
    return admin.call('imports.analyze', { kind: 'person', fileName: 'customers.xlsx', contentBase64: await workbookBase64(HEADERS, rows) });
  }

  async function run(uploadId: string, mapping: Record<string, string | null>, mode: 'skipInvalid' | 'allOrNothing', dryRun = false) {
    const job = await admin.call('imports.start', { uploadId, mapping: mapping as never, mode, dryRun });
    const done = await waitForJob(admin, job.id);
    expect(done.state).toBe('done');
    return done.result as ImportResult;
  }

  it('proposes a mapping from Persian column titles and shows a preview', async () => {
    const analysis = await analyze([...GOOD, ...BAD]);
    expect(analysis.rowCount).toBe(6);
    expect(analysis.suggestedMapping).toEqual({
      'نام': 'firstName',
      'نام خانوادگی': 'lastName',
      'کد ملی': 'nationalCode',
      'موبایل': 'mobile',
      'تاریخ تولد': 'birthDate',
      'ستون اضافه': null,
    });
    expect(analysis.sample[0]).toEqual(['علی', 'رضایی', '0084575948', '09121234567', '1369/01/01', 'x']);
  });

  it('imports the good rows, skips exactly the three bad ones with Persian reasons, and reports them in Excel', async () => {
    const analysis = await analyze([GOOD[0]!, BAD[0]!, GOOD[1]!, BAD[1]!, GOOD[2]!, BAD[2]!]);
    const result = await run(analysis.uploadId, analysis.suggestedMapping, 'skipInvalid');
    expect(result).toMatchObject({ committed: true, imported: 3, invalid: 3 });
    expect(result.errors.map((error) => error.row)).toEqual([3, 5, 7]);
    expect(result.errors[0]!.messages).toEqual(['کد ملی: کد ملی معتبر نیست؛ ارقام را دوباره بررسی کنید.']);
    expect(result.errors[1]!.messages).toEqual(['نام خانوادگی: این فیلد را پر کنید.']);
    expect(result.errors[2]!.messages.join()).toContain('تلفن همراه');

    const people = await admin.call('people.list', {});
    expect(people.rows.map((row) => row.displayName)).toEqual(['حسن نوری', 'علی رضایی', 'مریم کاظمی']);
    const ali = people.rows.find((row) => row.displayName === 'علی رضایی')!;
    expect(ali).toMatchObject({ mobile: '+989121234567', birthDate: '1990-03-21' });
    expect(people.rows.find((row) => row.displayName === 'مریم کاظمی')).toMatchObject({ mobile: '+989131112233', birthDate: '1985-06-15' });

    const report = await admin.call('imports.errorReport', { uploadId: analysis.uploadId });
    const { sheet, rows } = await readWorkbook(report.contentBase64);
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(rows.map((row) => row[0])).toEqual(['ردیف', 3, 5, 7]);
    expect(rows[1]![3]).toBe('کدملی');
  });

  it('all-or-nothing writes nothing when one row is bad, and a dry run never writes', async () => {
    const analysis = await analyze([...GOOD, BAD[0]!]);
    const strict = await run(analysis.uploadId, analysis.suggestedMapping, 'allOrNothing');
    expect(strict).toMatchObject({ committed: false, imported: 0, invalid: 1 });
    const dry = await run(analysis.uploadId, analysis.suggestedMapping, 'skipInvalid', true);
    expect(dry).toMatchObject({ dryRun: true, committed: false, imported: 3, invalid: 1 });
    expect((await admin.call('people.list', {})).total).toBe(0);
    expect(await admin.call('search.quick', { q: 'رضایی' })).toEqual([]);
  });

  it('cancelling a running import leaves nothing behind, even rows already written', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`نام${i}`, `خانواده${i}`, null, null, null, null]);
    const analysis = await analyze(rows);
    const progressed = new Promise<void>((resolve) => {
      const stop = office.core.events.subscribe((event) => {
        if (event.name === 'jobs.progressed' && (event.payload as { done: number }).done >= 500) {
          stop();
          resolve();
        }
      });
    });
    const job = await admin.call('imports.start', { uploadId: analysis.uploadId, mapping: analysis.suggestedMapping, mode: 'skipInvalid' });
    await progressed;
    await admin.call('jobs.cancel', { id: job.id });
    expect((await waitForJob(admin, job.id)).state).toBe('cancelled');
    expect((await admin.call('people.list', {})).total).toBe(0);
    expect((await admin.call('audit.search', { table: 'parties' })).total).toBe(0);
  });

  it('a row that duplicates a person already in the database is refused with the name of that person', async () => {
    await createPerson(admin, { firstName: 'قدیمی', lastName: 'موجود', nationalCode: '0084575948' });
    const analysis = await analyze([GOOD[0]!]);
    const result = await run(analysis.uploadId, analysis.suggestedMapping, 'skipInvalid');
    expect(result.errors[0]!.messages[0]).toBe(
      'کد ملی «\u2068۰۰۸۴۵۷۵۹۴۸\u2069» قبلاً برای «\u2068قدیمی موجود\u2069» ثبت شده است. همان رکورد را باز کنید یا مقدار را اصلاح کنید.',
    );
  });

  it('exports the current list to Excel with a right-to-left sheet, Jalali text and real dates', async () => {
    await createPerson(admin, { firstName: 'زهرا', lastName: 'احمدی', birthDate: '1990-03-21', contactPoints: [{ kind: 'mobile', value: '09120001122' }] });
    await createPerson(admin, { firstName: 'بهرام', lastName: 'یزدانی' });
    const file = await admin.call('people.export', { format: 'xlsx', filter: { q: 'احمد' } });
    expect(file.fileName).toMatch(/^اشخاص-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { sheet, rows } = await readWorkbook(file.contentBase64);
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(rows[0]!.slice(0, 3)).toEqual(['کد', 'نام', 'تلفن همراه']);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(1, 3)).toEqual(['زهرا احمدی', '0912 000 1122']);
    expect(rows[1]![8]).toBe('۱۳۶۹/۰۱/۰۱');
    expect(rows[1]![9]).toEqual(new Date(Date.UTC(1990, 2, 21)));
  });

  it('exports Word, CSV, HTML and XML with the same rows', async () => {
    await createPerson(admin, { firstName: 'سارا', lastName: 'نیکو' });
    const csv = Buffer.from((await admin.call('people.export', { format: 'csv' })).contentBase64, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFکد,نام,')).toBe(true);
    expect(csv).toContain('سارا نیکو');
    const html = Buffer.from((await admin.call('people.export', { format: 'html' })).contentBase64, 'base64').toString('utf8');
    expect(html).toContain('<html lang="fa" dir="rtl">');
    const xml = Buffer.from((await admin.call('people.export', { format: 'xml' })).contentBase64, 'base64').toString('utf8');
    expect(xml).toContain('<name>سارا نیکو</name>');
    const docx = await admin.call('people.export', { format: 'docx' });
    expect(docx.mimeType).toContain('wordprocessingml');
    expect(Buffer.from(docx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('an own-records user exports only their records', async () => {
    await createOwnScopeUser(admin, 'sara');
    await admin.call('users.updateTemplate', {
      ...(await admin.call('users.listTemplates'))[0]!,
      permissions: ['people.view', 'people.create', 'people.export'],
    });
    const sara = await signIn(office, 'sara', 'sara-pass-1');
    await sara.call('people.create', { lastName: 'مال سارا' });
    await createPerson(admin, { lastName: 'مال دیگران' });
    const csv = Buffer.from((await sara.call('people.export', { format: 'csv' })).contentBase64, 'base64').toString('utf8');
    expect(csv).toContain('مال سارا');
    expect(csv).not.toContain('مال دیگران');
  });
});
