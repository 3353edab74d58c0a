import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, FakeClock, setUpOffice, signIn, startTestCore, TRANSPORTS, type TestCore } from '../support/test-core';

describe.each(TRANSPORTS)('auth over %s', (transport) => {
  let office: TestCore;
  const clock = new FakeClock();
  beforeEach(async () => {
    office = await startTestCore(transport, { clock });
  });
  afterEach(() => office.close());

  it('the first-run wizard creates the admin once, and the office name shows before login', async () => {
    const visitor = office.client();
    expect(await visitor.call('auth.status')).toEqual({ needsSetup: true, officeName: null });
    const admin = await setUpOffice(office);
    expect(await admin.call('auth.me')).toMatchObject({ username: 'admin', isAdmin: true, scope: 'all' });
    expect(await visitor.call('auth.status')).toEqual({ needsSetup: false, officeName: 'دفتر نمونه' });
    const again = await visitor.fail('auth.setupAdmin', { officeName: 'x', defaultAreaCode: '021', ...ADMIN });
    expect(again).toMatchObject({ code: 'auth.setupDone', status: 409 });
  });

  it('the wizard stores Persian text with Persian ی/ک and the area code with its 0', async () => {
    const admin = office.client();
    const grant = await admin.call('auth.setupAdmin', {
      officeName: 'شركت ياس',
      defaultAreaCode: '۳۱',
      username: ' Reza ',
      displayName: 'رضا كريمي',
      password: 'long-enough',
    });
    admin.token = grant.token;
    expect(grant.user).toMatchObject({ username: 'reza', displayName: 'رضا کریمی' });
    expect(await admin.call('settings.get')).toMatchObject({ officeName: 'شرکت یاس', defaultAreaCode: '031' });
  });

  it('a wrong password is refused with 401 and the same answer as an unknown user', async () => {
    await setUpOffice(office);
    const visitor = office.client();
    const wrong = await visitor.fail('auth.login', { username: 'admin', password: 'nope-nope' });
    const unknown = await visitor.fail('auth.login', { username: 'ghost', password: 'nope-nope' });
    expect(wrong).toEqual({ code: 'auth.badCredentials', status: 401 });
    expect(unknown).toEqual(wrong);
  });

  it('repeated failures lock the username for a while, then it may try again', async () => {
    await setUpOffice(office);
    const visitor = office.client();
    for (let i = 0; i < 5; i++) await visitor.fail('auth.login', { username: 'admin', password: 'bad-guess' });
    const locked = await visitor.fail('auth.login', { username: 'admin', password: ADMIN.password });
    expect(locked).toMatchObject({ code: 'auth.throttled', status: 429, details: { seconds: 30 } });
    clock.advance(31_000);
    await expect(visitor.call('auth.login', { username: 'ADMIN', password: ADMIN.password })).resolves.toMatchObject({
      user: { username: 'admin' },
    });
  });

  it('logout ends the session; later calls need a new login', async () => {
    const admin = await setUpOffice(office);
    await admin.call('auth.logout');
    expect(await admin.fail('auth.me')).toMatchObject({ code: 'auth.required', status: 401 });
  });

  it('a session unused for a working day expires', async () => {
    const admin = await setUpOffice(office);
    clock.advance(11 * 60 * 60_000);
    await admin.call('auth.me');
    clock.advance(11 * 60 * 60_000);
    await admin.call('auth.me');
    clock.advance(13 * 60 * 60_000);
    expect(await admin.fail('auth.me')).toMatchObject({ code: 'auth.sessionExpired', status: 401 });
  });

  it('changing the password needs the current one', async () => {
    const admin = await setUpOffice(office);
    const refused = await admin.fail('auth.changePassword', { currentPassword: 'wrong', newPassword: 'new-password-1' });
    expect(refused.code).toBe('auth.wrongPassword');
    await admin.call('auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'new-password-1' });
    await expect(signIn(office, 'admin', 'new-password-1')).resolves.toBeTruthy();
  });

  it('calls without a session are refused, except the login screen ones', async () => {
    await setUpOffice(office);
    const visitor = office.client();
    expect(await visitor.fail('users.list')).toMatchObject({ code: 'auth.required', status: 401 });
    expect(await visitor.fail('settings.get')).toMatchObject({ code: 'auth.required', status: 401 });
    visitor.token = 'forged-token';
    expect(await visitor.fail('auth.me')).toMatchObject({ code: 'auth.required', status: 401 });
  });
});
