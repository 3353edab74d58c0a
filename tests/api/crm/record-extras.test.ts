import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createOwnScopeUser, createPerson } from '../../support/crm-fixtures';

describe.each(TRANSPORTS)('advanced filters, rankings, editable lists and attachments over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  beforeEach(async () => {
    office = await startTestCore(transport);
    admin = await setUpOffice(office);
  });
  afterEach(() => office.close());

  const names = async (filter: object) => (await admin.call('people.list', { filter })).rows.map((row) => row.displayName);

  it('combines field conditions: equals, contains (typed with Arabic ي), range, empty and not empty', async () => {
    await createPerson(admin, { firstName: 'علی', lastName: 'کریمی', city: 'تهران', birthDate: '1990-05-01', income: 50_000_000 });
    await createPerson(admin, { firstName: 'مینا', lastName: 'کریم‌زاده', city: 'شیراز', birthDate: '1985-01-01' });
    await createPerson(admin, { firstName: 'رضا', lastName: 'نوری', city: null });
    expect(await names({ conditions: [{ field: 'lastName', op: 'contains', value: 'كريم' }] })).toEqual(['علی کریمی', 'مینا کریم‌زاده']);
    expect(await names({ conditions: [{ field: 'city', op: 'eq', value: 'تهران' }] })).toEqual(['علی کریمی']);
    expect(await names({ conditions: [{ field: 'birthDate', op: 'between', value: '1984-01-01', to: '1986-12-31' }] })).toEqual(['مینا کریم‌زاده']);
    expect(await names({ conditions: [{ field: 'city', op: 'empty' }] })).toEqual(['رضا نوری']);
    expect(await names({ conditions: [{ field: 'income', op: 'between', value: 10_000_000 }, { field: 'city', op: 'notEmpty' }] })).toEqual(['علی کریمی']);
  });

  it('filters by a ranking in force today, with open or closed date ranges', async () => {
    await createPerson(admin, { lastName: 'طلایی فعلی', rankings: [{ name: 'طلایی', color: '#d4af37', from: '2020-01-01', to: null }] });
    await createPerson(admin, { lastName: 'طلایی قدیمی', rankings: [{ name: 'طلایی', from: '2019-01-01', to: '2019-12-31' }] });
    await createPerson(admin, { lastName: 'نقره‌ای', rankings: [{ name: 'نقره‌ای' }] });
    expect(await names({ ranking: 'طلایی' })).toEqual(['علی طلایی فعلی']);
    const [person] = (await admin.call('people.list', { filter: { ranking: 'طلایی' } })).rows;
    expect((await admin.call('people.get', { id: person!.id })).rankings).toEqual([{ name: 'طلایی', color: '#d4af37', from: '2020-01-01', to: null }]);
  });

  it('editable lists start from sensible defaults and can be replaced by an admin only', async () => {
    const lists = await admin.call('lookups.list');
    expect(lists.prefix).toContain('مهندس');
    expect(lists.companyType).toContain('سهامی خاص');
    await admin.call('lookups.save', { kind: 'prefix', values: ['دكتر', 'مهندس', 'دکتر'] });
    expect((await admin.call('lookups.list')).prefix).toEqual(['دکتر', 'مهندس']);
    await createOwnScopeUser(admin, 'sara');
    const sara = await signIn(office, 'sara', 'sara-pass-1');
    expect((await sara.fail('lookups.save', { kind: 'prefix', values: [] })).code).toBe('auth.forbidden');
  });

  it('attaches files to a record, enforces the size limit, and hides them from users who cannot see the record', async () => {
    const person = await createPerson(admin, { lastName: 'پیوست‌دار' });
    const content = Buffer.from('%PDF-1.4 قرارداد').toString('base64');
    const added = await admin.call('attachments.add', { partyId: person.id, fileName: 'قرارداد.pdf', mimeType: 'application/pdf', contentBase64: content });
    expect(added).toMatchObject({ fileName: 'قرارداد.pdf', size: Buffer.from(content, 'base64').length, createdByName: 'مدیر دفتر' });
    expect((await admin.call('attachments.download', { id: added.id })).contentBase64).toBe(content);
    await admin.call('settings.update', { ...(await admin.call('settings.get')), attachmentMaxMb: 1 });
    const big = Buffer.alloc(1024 * 1024 + 1).toString('base64');
    expect(await admin.fail('attachments.add', { partyId: person.id, fileName: 'big.bin', contentBase64: big })).toMatchObject({
      code: 'attachments.tooLarge',
      status: 413,
      details: { limitMb: 1 },
    });
    await createOwnScopeUser(admin, 'sara');
    const sara = await signIn(office, 'sara', 'sara-pass-1');
    expect((await sara.fail('attachments.list', { partyId: person.id })).code).toBe('record.notFound');
    await admin.call('attachments.remove', { id: added.id });
    expect(await admin.call('attachments.list', { partyId: person.id })).toEqual([]);
  });

  it('attaches a file to one interaction, and refuses an interaction of another record', async () => {
    const person = await createPerson(admin, { lastName: 'مکاتبه' });
    const other = await createPerson(admin, { lastName: 'دیگری' });
    const letter = await admin.call('interactions.create', { partyId: person.id, subject: 'نامهٔ پیشنهاد', method: 'letter', occurredAt: Date.now() });
    const content = Buffer.from('letter').toString('base64');
    const file = await admin.call('attachments.add', { partyId: person.id, interactionId: letter.id, fileName: 'letter.pdf', contentBase64: content });
    await admin.call('attachments.add', { partyId: person.id, fileName: 'card.png', contentBase64: content });
    expect((await admin.call('attachments.list', { partyId: person.id, interactionId: letter.id })).map((row) => row.id)).toEqual([file.id]);
    expect(await admin.call('attachments.list', { partyId: person.id })).toHaveLength(2);
    const wrong = await admin.fail('attachments.add', { partyId: other.id, interactionId: letter.id, fileName: 'x', contentBase64: content });
    expect(wrong.code).toBe('record.notFound');
  });
});
