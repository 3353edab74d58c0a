import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../support/test-core';

describe.each(TRANSPORTS)('users and access templates over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  beforeEach(async () => {
    office = await startTestCore(transport);
    admin = await setUpOffice(office);
  });
  afterEach(() => office.close());

  async function createReceptionist(permissions: string[] = ['users.view', 'audit.view']) {
    const template = await admin.call('users.createTemplate', {
      name: 'پذیرش',
      scope: 'own',
      permissions: permissions as never,
    });
    const user = await admin.call('users.create', {
      username: 'sara',
      displayName: 'سارا',
      password: 'sara-pass-1',
      isAdmin: false,
      templateId: template.id,
    });
    return { template, user, client: await signIn(office, 'sara', 'sara-pass-1') };
  }

  it('a user with a restricted template gets exactly its rights and its scope', async () => {
    const { client } = await createReceptionist();
    expect(await client.call('auth.me')).toMatchObject({
      isAdmin: false,
      scope: 'own',
      permissions: ['users.view', 'audit.view'],
    });
    expect(await client.call('users.list')).toHaveLength(2);
    const refused = await client.fail('users.create', {
      username: 'x1x',
      displayName: 'x',
      password: '12345678',
      isAdmin: false,
      templateId: 1,
    });
    expect(refused).toEqual({ code: 'auth.forbidden', status: 403, details: { permission: 'users.create' } });
  });

  it('a right taken away applies to the next call of a signed-in user', async () => {
    const { template, client } = await createReceptionist();
    await admin.call('users.updateTemplate', { ...template, permissions: ['audit.view'] });
    expect((await client.fail('users.list')).code).toBe('auth.forbidden');
  });

  it('every change is in the audit history with who, field, old and new; passwords never are', async () => {
    const { user } = await createReceptionist();
    await admin.call('users.update', { id: user.id, version: user.version, displayName: 'سارا احمدی', isAdmin: false, templateId: user.templateId });
    const history = await admin.call('audit.history', { table: 'users', id: user.id });
    const rename = history.find((entry) => entry.action === 'update' && entry.field === 'displayName');
    expect(rename).toMatchObject({ userName: 'مدیر دفتر', oldValue: 'سارا', newValue: 'سارا احمدی' });
    const created = history.filter((entry) => entry.action === 'insert');
    expect(created.map((entry) => entry.field)).toEqual(expect.arrayContaining(['username', 'displayName', 'passwordHash']));
    expect(created.find((entry) => entry.field === 'passwordHash')?.newValue).toBe('***');
    expect(history[0]!.id).toBeGreaterThan(history.at(-1)!.id);
  });

  it('an edit based on an old version is refused, so two receptionists never overwrite each other', async () => {
    const { user } = await createReceptionist();
    const secondAdminPc = await signIn(office, 'admin', 'admin-pass-1');
    await admin.call('users.update', { id: user.id, version: user.version, displayName: 'سارا ۱', isAdmin: false, templateId: user.templateId });
    const stale = await secondAdminPc.fail('users.update', { id: user.id, version: user.version, displayName: 'سارا ۲', isAdmin: false, templateId: user.templateId });
    expect(stale).toMatchObject({ code: 'record.versionConflict', status: 409, details: { current: 2 } });
  });

  it('delete is logical: the user disappears, can be restored, and only then purged', async () => {
    const { user, client } = await createReceptionist();
    await admin.call('users.remove', { id: user.id });
    expect((await admin.call('users.list')).map((row) => row.username)).toEqual(['admin']);
    expect((await client.fail('auth.me')).code).toBe('auth.required');
    const all = await admin.call('users.list', { includeDeleted: true });
    expect(all.find((row) => row.id === user.id)?.deletedAt).toBeTypeOf('number');
    await admin.call('users.restore', { id: user.id });
    expect((await admin.fail('users.purge', { id: user.id })).code).toBe('record.notDeleted');
    await admin.call('users.remove', { id: user.id });
    await admin.call('users.purge', { id: user.id });
    expect(await admin.call('users.list', { includeDeleted: true })).toHaveLength(1);
    const actions = (await admin.call('audit.history', { table: 'users', id: user.id })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['delete', 'restore', 'purge']));
  });

  it('purging is refused to a user without the physical-delete right', async () => {
    const { user } = await createReceptionist(['users.view', 'users.delete']);
    const sara2 = await signIn(office, 'sara', 'sara-pass-1');
    const other = await admin.call('users.create', { username: 'ali', displayName: 'علی', password: 'ali-pass-1', isAdmin: false, templateId: user.templateId });
    await sara2.call('users.remove', { id: other.id });
    expect(await sara2.fail('users.purge', { id: other.id })).toMatchObject({ code: 'auth.forbidden', status: 403 });
  });

  it('the last active admin cannot be removed, deactivated or demoted', async () => {
    const me = (await admin.call('users.list'))[0]!;
    expect((await admin.fail('users.remove', { id: me.id })).code).toBe('users.lastAdmin');
    expect((await admin.fail('users.setActive', { id: me.id, version: me.version, active: false })).code).toBe('users.lastAdmin');
    const { template } = await createReceptionist();
    expect((await admin.fail('users.update', { id: me.id, version: me.version, displayName: 'x', isAdmin: false, templateId: template.id })).code).toBe('users.lastAdmin');
  });

  it('a deactivated user is signed out and cannot sign in', async () => {
    const { user, client } = await createReceptionist();
    await admin.call('users.setActive', { id: user.id, version: user.version, active: false });
    expect((await client.fail('auth.me')).code).toBe('auth.required');
    expect((await office.client().fail('auth.login', { username: 'sara', password: 'sara-pass-1' })).code).toBe('auth.userInactive');
  });

  it('usernames are unique and templates in use cannot be removed', async () => {
    const { template } = await createReceptionist();
    const again = await admin.fail('users.create', { username: 'SARA', displayName: 'x', password: '12345678', isAdmin: false, templateId: template.id });
    expect(again).toMatchObject({ code: 'users.usernameTaken', status: 409 });
    expect((await admin.fail('users.removeTemplate', { id: template.id })).code).toBe('users.templateInUse');
    expect((await admin.fail('users.createTemplate', { name: 'پذيرش', scope: 'all', permissions: [] })).code).toBe('templates.nameTaken');
  });

  it('bad input is answered with Persian-mappable field issues', async () => {
    const bad = await admin.fail('users.create', { username: 'a', displayName: '', password: 'short', isAdmin: false, templateId: null });
    expect(bad.code).toBe('input.invalid');
    expect(bad.status).toBe(400);
    const issues = (bad.details?.issues ?? []).map((issue) => `${issue.path.join('.')}:${issue.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'username:validation.username',
        'displayName:validation.required',
        'password:validation.passwordShort',
        'templateId:validation.templateRequired',
      ]),
    );
  });
});
