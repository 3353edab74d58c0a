import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createCompany, createOwnScopeUser, createPerson, personDraft } from '../../support/crm-fixtures';

describe.each(TRANSPORTS)('people over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  beforeEach(async () => {
    office = await startTestCore(transport);
    admin = await setUpOffice(office);
  });
  afterEach(() => office.close());

  it('creates a person with three phones and a company link, all normalised', async () => {
    const company = await createCompany(admin, { name: 'شركت پارس' });
    const person = await createPerson(admin, {
      firstName: 'علي',
      nationalCode: '۰۰۸۴۵۷۵۹۴۸',
      contactPoints: [
        { kind: 'mobile', value: '۰۹۱۲ ۳۴۵ ۶۷۸۹', preferred: true },
        { kind: 'phone', value: '88776655', label: 'دفتر' },
        { kind: 'phone', value: '+98 31 3222 1100' },
        { kind: 'email', value: 'Ali.Rezaei@Example.COM' },
      ],
      companyLinks: [{ companyId: company.id, position: 'مدیر فروش' }],
    });
    expect(person).toMatchObject({ code: '1002', displayName: 'علی رضایی', firstName: 'علی', nationalCode: '0084575948' });
    expect(person.contactPoints.map((point) => [point.kind, point.value])).toEqual([
      ['mobile', '+989123456789'],
      ['phone', '+982188776655'],
      ['phone', '+983132221100'],
      ['email', 'ali.rezaei@example.com'],
    ]);
    expect(person.companyLinks).toEqual([{ companyId: company.id, companyName: 'شرکت پارس', position: 'مدیر فروش' }]);
    const reloaded = await admin.call('companies.get', { id: company.id });
    expect(reloaded.people).toEqual([{ personId: person.id, personName: 'علی رضایی', position: 'مدیر فروش' }]);
  });

  it('finds them by part of the name typed with Arabic ي/ك and by the mobile in Persian digits', async () => {
    const person = await createPerson(admin, { firstName: 'کیان', lastName: 'میرزا‌یی', contactPoints: [{ kind: 'mobile', value: '09121112233' }] });
    await createPerson(admin, { firstName: 'سارا', lastName: 'احمدی' });
    const ids = async (q: string) => (await admin.call('search.quick', { q })).map((hit) => hit.partyId);
    expect(await ids('كي')).toEqual([person.id]);
    expect(await ids('ميرزايي')).toEqual([person.id]);
    expect(await ids('یی')).toEqual([person.id]);
    expect(await ids('۰۹۱۲۱۱۱۲۲۳۳')).toEqual([person.id]);
    expect(await ids('+98 912 111 2233')).toEqual([person.id]);
    expect(await ids('0912111')).toEqual([person.id]);
    const [hit] = await admin.call('search.quick', { q: '09121112233' });
    expect(hit).toMatchObject({ matchedBy: 'phone', title: 'کیان میرزا‌یی', subtitle: '0912 111 2233', kind: 'person' });
  });

  it('ranks an exact code before codes and numbers that only start with it', async () => {
    const longer = await createPerson(admin, { code: '15009', lastName: 'حسینی' });
    const coded = await createPerson(admin, { code: '1500', firstName: 'مریم', lastName: 'کاظمی' });
    const hits = await admin.call('search.quick', { q: '۱۵۰۰' });
    expect(hits.map((hit) => [hit.partyId, hit.matchedBy])).toEqual([
      [coded.id, 'code'],
      [longer.id, 'code'],
    ]);
  });

  it('stores codes typed in Persian digits with ASCII digits, so the exact code search finds them', async () => {
    const person = await createPerson(admin, { code: '۷۷۰۱', birthCertificateNo: '۱۲۳۴' });
    expect(person).toMatchObject({ code: '7701', birthCertificateNo: '1234' });
    expect((await admin.call('search.quick', { q: '7701' }))[0]).toMatchObject({ partyId: person.id, matchedBy: 'code' });
  });

  it('can search companies only, for pickers', async () => {
    await createPerson(admin, { lastName: 'پارس‌نژاد' });
    const company = await createCompany(admin, { name: 'پارس صنعت' });
    expect((await admin.call('search.quick', { q: 'پارس', kind: 'company' })).map((hit) => hit.partyId)).toEqual([company.id]);
  });

  it('finds a number from its first digits however they are grouped', async () => {
    const person = await createPerson(admin, { lastName: 'تلفنی', contactPoints: [{ kind: 'mobile', value: '09121500777' }] });
    await createPerson(admin, { lastName: 'دیگری', contactPoints: [{ kind: 'mobile', value: '09351500777' }] });
    for (const q of ['0912 150', '+98 912 150', '۰۹۱۲۱۵']) {
      expect((await admin.call('search.quick', { q })).map((hit) => [hit.partyId, hit.matchedBy])).toEqual([[person.id, 'phone']]);
    }
  });

  it('lists people in Persian alphabetical order with filters', async () => {
    for (const lastName of ['یزدانی', 'پارسا', 'احمدی', 'گودرزی', 'بهرامی']) await createPerson(admin, { firstName: null, lastName });
    const list = await admin.call('people.list', {});
    expect(list.rows.map((row) => row.displayName)).toEqual(['احمدی', 'بهرامی', 'پارسا', 'گودرزی', 'یزدانی']);
    expect(list.total).toBe(5);
    const filtered = await admin.call('people.list', { filter: { q: 'پار' } });
    expect(filtered.rows.map((row) => row.displayName)).toEqual(['پارسا']);
  });

  it('refuses an invalid national code, mobile or postal code with Persian-mappable reasons', async () => {
    const bad = await admin.fail('people.create', personDraft({
      nationalCode: '1234567890',
      contactPoints: [
        { kind: 'address', addressLine: 'تهران', postalCode: '123' },
      ],
    }));
    expect(bad.code).toBe('input.invalid');
    expect(bad.details?.issues?.map((issue) => issue.message)).toEqual(
      expect.arrayContaining(['validation.nationalCode.checksum', 'validation.postalCode.length']),
    );
    const badMobile = await admin.fail('people.create', personDraft({ contactPoints: [{ kind: 'mobile', value: '0912345' }] }));
    expect(badMobile.details?.issues).toEqual([{ path: ['contactPoints', 0, 'value'], message: 'validation.mobile.length' }]);
  });

  it('refuses a second live person with the same national code and names the first', async () => {
    const first = await createPerson(admin, { nationalCode: '0084575948' });
    const again = await admin.fail('people.create', personDraft({ firstName: 'دیگر', nationalCode: '0084575948' }));
    expect(again).toMatchObject({ code: 'parties.duplicate', status: 409, details: { field: 'nationalCode', partyId: first.id } });
  });

  it('updates contact points as a whole list and keeps every change in the timeline', async () => {
    const person = await createPerson(admin, { contactPoints: [{ kind: 'mobile', value: '09120000001' }, { kind: 'email', value: 'a@b.ir' }] });
    const [mobile] = person.contactPoints;
    const { contactPoints: _old, groups: _g, managers: _m, companyLinks: _l, ...rest } = person;
    const updated = await admin.call('people.update', {
      ...rest,
      groupIds: [],
      managerIds: [],
      contactPoints: [{ ...mobile!, value: '09120000002' }, { kind: 'fax', value: '021-66554433' }],
    });
    expect(updated.contactPoints.map((point) => point.value)).toEqual(['+989120000002', '+982166554433']);
    expect(updated.contactPoints[0]!.id).toBe(mobile!.id);
    const timeline = await admin.call('interactions.timeline', { partyId: person.id });
    const changes = timeline.filter((item) => item.type === 'change').map((item) => item.type === 'change' && [item.change.table, item.change.action, item.change.field]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['contact_points', 'update', 'value'],
        ['contact_points', 'delete', 'value'],
        ['contact_points', 'insert', 'value'],
        ['parties', 'insert', 'lastName'],
      ]),
    );
  });

  it('deletes logically, restores, and keeps deleted people out of search', async () => {
    const person = await createPerson(admin, { lastName: 'موسوی' });
    await admin.call('people.remove', { id: person.id });
    expect(await admin.call('search.quick', { q: 'موسوی' })).toEqual([]);
    expect((await admin.call('people.list', { filter: { deleted: true } })).rows.map((row) => row.id)).toEqual([person.id]);
    await admin.call('people.restore', { id: person.id });
    expect((await admin.call('search.quick', { q: 'موسوی' })).map((hit) => hit.partyId)).toEqual([person.id]);
  });

  it('groups form a tree, and a filter on a group includes its subgroups', async () => {
    const customers = await admin.call('groups.create', { name: 'مشتریان' });
    const vip = await admin.call('groups.create', { name: 'ویژه', parentId: customers.id });
    const inVip = await createPerson(admin, { lastName: 'کریمی', groupIds: [vip.id] });
    await createPerson(admin, { lastName: 'نوری' });
    const list = await admin.call('people.list', { filter: { groupId: customers.id } });
    expect(list.rows.map((row) => row.id)).toEqual([inVip.id]);
    expect((await admin.fail('groups.update', { ...customers, parentId: vip.id })).details?.issues?.[0]?.message).toBe('validation.groupCycle');
    expect((await admin.call('people.get', { id: inVip.id })).groups).toEqual([{ id: vip.id, name: 'ویژه' }]);
  });

  it('a user with own-records-only sees only their records in lists, search and reads', async () => {
    const sara = await createOwnScopeUser(admin, 'sara');
    const saraClient = await signIn(office, 'sara', 'sara-pass-1');
    const hers = await saraClient.call('people.create', personDraft({ lastName: 'صادقی' }));
    expect(hers.managers).toEqual([{ id: sara.id, name: 'sara' }]);
    const others = await createPerson(admin, { lastName: 'صالحی' });
    expect((await saraClient.call('people.list', {})).rows.map((row) => row.id)).toEqual([hers.id]);
    expect((await saraClient.call('people.list', {})).total).toBe(1);
    expect((await saraClient.call('search.quick', { q: 'صا' })).map((hit) => hit.partyId)).toEqual([hers.id]);
    expect((await saraClient.fail('people.get', { id: others.id })).code).toBe('record.notFound');
    expect((await admin.call('search.quick', { q: 'صا' })).length).toBe(2);
    const handOver = await saraClient.fail('people.update', { ...personDraft({ lastName: 'صادقی' }), id: hers.id, version: hers.version, managerIds: [] });
    expect(handOver).toMatchObject({ code: 'auth.forbidden', details: { permission: 'people.assignManager' } });
  });

  it('merges two duplicates: contact points, interactions, files, groups and company links move to the survivor', async () => {
    const group = await admin.call('groups.create', { name: 'نمایشگاه ۱۴۰۴' });
    const company = await createCompany(admin);
    const survivor = await createPerson(admin, { contactPoints: [{ kind: 'mobile', value: '09121234567' }] });
    const duplicate = await createPerson(admin, {
      firstName: 'علی',
      nationalCode: '0084575948',
      birthDate: '1990-03-21',
      groupIds: [group.id],
      contactPoints: [{ kind: 'mobile', value: '+989121234567' }, { kind: 'email', value: 'ali@example.ir' }],
      companyLinks: [{ companyId: company.id, position: 'مشاور' }],
    });
    await admin.call('interactions.create', { partyId: duplicate.id, subject: 'پیگیری پیش‌فاکتور', method: 'call', occurredAt: Date.now() });
    await admin.call('attachments.add', { partyId: duplicate.id, fileName: 'قرارداد.pdf', contentBase64: Buffer.from('pdf').toString('base64') });
    const merged = await admin.call('people.merge', { survivorId: survivor.id, duplicateId: duplicate.id });
    expect(merged.contactPoints.map((point) => point.value)).toEqual(['+989121234567', 'ali@example.ir']);
    expect(merged).toMatchObject({ nationalCode: '0084575948', birthDate: '1990-03-21', groups: [{ id: group.id }] });
    expect(merged.companyLinks.map((link) => link.companyId)).toEqual([company.id]);
    expect((await admin.call('interactions.list', { partyId: survivor.id })).rows.map((row) => row.subject)).toEqual(['پیگیری پیش‌فاکتور']);
    expect((await admin.call('people.list', { filter: { deleted: true } })).rows.map((row) => row.id)).toEqual([duplicate.id]);
    expect((await admin.call('search.quick', { q: 'ali@example.ir' })).map((hit) => hit.partyId)).toEqual([survivor.id]);
    expect((await admin.call('attachments.list', { partyId: survivor.id })).map((file) => file.fileName)).toEqual(['قرارداد.pdf']);
  });
});
