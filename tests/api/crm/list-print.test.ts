import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createOwnScopeUser, createPerson } from '../../support/crm-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'peyvand-print-'));

function pdfText(contentBase64: string): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, Buffer.from(contentBase64, 'base64'));
  // poppler returns lines in logical order wrapped in bidi marks, but misplaces spaces next to Persian
  // digits («صفحه  ۱از ۱»), so text is compared without whitespace; word positions are unit-tested.
  return execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[\u202A-\u202E\u2066-\u2069 ]/g, '');
}

function compact(text: string): string {
  return text.replace(/ /g, '');
}

describe.each(TRANSPORTS)('list printout over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  beforeEach(async () => {
    office = await startTestCore(transport);
    admin = await setUpOffice(office);
  });
  afterEach(() => office.close());

  it('prints the filtered list as an A4 PDF with page numbers in Persian digits', async () => {
    await createPerson(admin, { firstName: 'زهرا', lastName: 'احمدی', contactPoints: [{ kind: 'mobile', value: '09120001122' }] });
    await createPerson(admin, { firstName: 'بهرام', lastName: 'احمدزاده' });
    await createPerson(admin, { firstName: 'بهرام', lastName: 'یزدانی' });
    const file = await admin.call('people.print', { filter: { q: 'احمد' } });
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toMatch(/^اشخاص-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(file.contentBase64);
    expect(text).toContain(compact('زهرا احمدی'));
    expect(text).toContain(compact('بهرام احمدزاده'));
    expect(text).not.toContain(compact('یزدانی'));
    expect(text).toContain(compact('۰۹۱۲ ۰۰۰ ۱۱۲۲'));
    expect(text).toContain(compact('صفحه ۱ از ۱'));
    expect(text).toContain(compact('۲ ردیف'));
  });

  it('repeats the header and numbers every page of a long list', async () => {
    for (let i = 0; i < 40; i++) await createPerson(admin, { firstName: 'مشتری', lastName: `شماره ${i + 1}` });
    const file = await admin.call('people.print', { title: 'فهرست مشتریان' });
    const text = pdfText(file.contentBase64);
    const pages = text.split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(compact(`صفحه ${String.fromCharCode(0x6f1 + i)} از ${String.fromCharCode(0x6f0 + pages.length)}`));
      expect(page).toContain(compact('تلفن همراه'));
    });
    expect(pages[0]).toContain(compact('فهرست مشتریان'));
    if (transport === TRANSPORTS[0]) {
      mkdirSync('test-output/print', { recursive: true });
      writeFileSync('test-output/print/list.pdf', Buffer.from(file.contentBase64, 'base64'));
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', 'test-output/print/list.pdf', 'test-output/print/list']);
    }
  });

  it('an own-records user prints only their records', async () => {
    await createOwnScopeUser(admin, 'sara');
    await admin.call('users.updateTemplate', {
      ...(await admin.call('users.listTemplates'))[0]!,
      permissions: ['people.view', 'people.create', 'people.print'],
    });
    const sara = await signIn(office, 'sara', 'sara-pass-1');
    await sara.call('people.create', { lastName: 'مال سارا' });
    await createPerson(admin, { lastName: 'مال دیگران' });
    const text = pdfText((await sara.call('people.print', {})).contentBase64);
    expect(text).toContain(compact('مال سارا'));
    expect(text).not.toContain(compact('مال دیگران'));
  });
});
