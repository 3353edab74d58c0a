import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createOwnScopeUser, createPerson } from '../../support/crm-fixtures';

describe.each(TRANSPORTS)('saved segments over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  beforeEach(async () => {
    office = await startTestCore(transport);
    admin = await setUpOffice(office);
  });
  afterEach(() => office.close());

  it('saves a filter under a name, replays it as a list, and replaces it when saved again', async () => {
    const vip = await admin.call('groups.create', { name: 'ویژه' });
    const inVip = await createPerson(admin, { lastName: 'کریمی', city: 'تهران', groupIds: [vip.id] });
    await createPerson(admin, { lastName: 'نوری', city: 'تهران' });
    const saved = await admin.call('segments.save', { kind: 'person', name: 'ویژه‌های تهران', filter: { groupId: vip.id, city: 'تهران' } });
    const [listed] = await admin.call('segments.list', { kind: 'person' });
    expect(listed).toMatchObject({ id: saved.id, name: 'ویژه‌های تهران', shared: false });
    expect((await admin.call('people.list', { filter: listed!.filter })).rows.map((row) => row.id)).toEqual([inVip.id]);
    const replaced = await admin.call('segments.save', { kind: 'person', name: 'ویژه‌های تهران', filter: { city: 'تهران' } });
    expect(replaced.id).toBe(saved.id);
    expect(await admin.call('segments.list', {})).toHaveLength(1);
  });

  it('a private segment is seen only by its owner, a shared one by everyone', async () => {
    await createOwnScopeUser(admin, 'sara');
    const sara = await signIn(office, 'sara', 'sara-pass-1');
    await admin.call('segments.save', { kind: 'person', name: 'خصوصی', filter: {} });
    await admin.call('segments.save', { kind: 'person', name: 'مشترک', filter: {}, shared: true });
    expect((await sara.call('segments.list', {})).map((segment) => segment.name)).toEqual(['مشترک']);
    expect((await sara.call('users.directory', {})).map((user) => user.name)).toEqual(['مدیر دفتر', 'sara']);
  });
});
