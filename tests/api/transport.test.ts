import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { EventsServerFrame } from '../../src-shared/api/wire';
import { setUpOffice, signIn, startTestCore, type TestCore } from '../support/test-core';

describe('the LAN server', () => {
  let office: TestCore;
  beforeEach(async () => {
    office = await startTestCore('http');
  });
  afterEach(() => office.close());

  const post = (method: string, body: unknown, token?: string) =>
    fetch(`${office.baseUrl}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  it('answers /api/health without a session', async () => {
    const response = await fetch(`${office.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { status: 'ok' } });
  });

  it('answers 401 with an envelope for any other method without a session, known or not', async () => {
    for (const method of ['users.list', 'audit.search', 'no.such', 'system.info']) {
      const response = await post(method, {});
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ ok: false, error: { code: 'auth.required' } });
    }
  });

  it('answers 404 for an unknown method once signed in, and 400 for a body that is not JSON', async () => {
    const admin = await setUpOffice(office);
    const unknown = await post('no.such', {}, admin.token!);
    expect(unknown.status).toBe(404);
    const garbled = await fetch(`${office.baseUrl}/api/users.list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}` },
      body: '{not json',
    });
    expect(garbled.status).toBe(400);
    expect(((await garbled.json()) as { error: { code: string } }).error.code).toBe('input.invalid');
  });

  it('pushes a change made on one PC to every signed-in client over /api/events', async () => {
    const admin = await setUpOffice(office);
    const template = await admin.call('users.createTemplate', { name: 'پذیرش', scope: 'all', permissions: ['users.view'] });
    await admin.call('users.create', { username: 'sara', displayName: 'سارا', password: 'sara-pass-1', isAdmin: false, templateId: template.id });
    const sara = await signIn(office, 'sara', 'sara-pass-1');

    const socket = new WebSocket(`${office.baseUrl!.replace('http', 'ws')}/api/events`);
    const frames: EventsServerFrame[] = [];
    socket.on('message', (data) => frames.push(JSON.parse(String(data))));
    await new Promise((resolve) => socket.on('open', resolve));
    socket.send(JSON.stringify({ type: 'auth', token: sara.token }));
    await expect.poll(() => frames.map((frame) => frame.type)).toContain('ready');

    await admin.call('settings.update', { ...(await admin.call('settings.get')), officeName: 'دفتر مرکزی' });
    await expect
      .poll(() => frames.find((frame) => frame.type === 'event'))
      .toEqual({ type: 'event', name: 'records.changed', payload: { table: 'office_settings', action: 'update', ids: [1], byUserId: 1 } });
    socket.close();
  });

  it('closes the events socket of a session that has ended', async () => {
    const admin = await setUpOffice(office);
    const second = await signIn(office, 'admin', 'admin-pass-1');
    const socket = new WebSocket(`${office.baseUrl!.replace('http', 'ws')}/api/events`);
    const frames: EventsServerFrame[] = [];
    socket.on('message', (data) => frames.push(JSON.parse(String(data))));
    await new Promise((resolve) => socket.on('open', resolve));
    socket.send(JSON.stringify({ type: 'auth', token: second.token }));
    await expect.poll(() => frames.length).toBe(1);
    await second.call('auth.logout');
    const closed = new Promise((resolve) => socket.on('close', resolve));
    await admin.call('settings.update', { ...(await admin.call('settings.get')), officeName: 'دفتر دیگر' });
    expect(await closed).toBe(4401);
    expect(frames.map((frame) => frame.type)).toEqual(['ready', 'error']);
  });

  it('closes an events socket that does not authenticate with a live token', async () => {
    const socket = new WebSocket(`${office.baseUrl!.replace('http', 'ws')}/api/events`);
    await new Promise((resolve) => socket.on('open', resolve));
    socket.send(JSON.stringify({ type: 'auth', token: 'forged' }));
    const code = await new Promise((resolve) => socket.on('close', resolve));
    expect(code).toBe(4401);
  });
});
