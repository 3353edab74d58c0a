import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Input, MethodName, Output } from '../../src-shared/api/contract';
import { httpStatusOf, type ApiErrorBody } from '../../src-shared/api/errors';
import type { ApiReply } from '../../src-shared/api/wire';
import { createCore, type Core } from '../../src-main/create-core';
import { createHttpServer } from '../../src-main/server/http';
import type { Clock } from '../../src-main/core/clock';
import type { MessagingDevices, MessagingTiming } from '../../src-main/modules/messaging/service';
import type { ClubTiming } from '../../src-main/modules/club/service';
import type { AlarmTiming } from '../../src-main/modules/tasks/alarm-service';
import type { TelephonyDevices } from '../../src-main/modules/telephony/service';

// A client as a user's app holds it: one session token, calls by method name.
export interface TestClient {
  token: string | null;
  reply<M extends MethodName>(method: M, input?: Input<M>): Promise<ApiReply<Output<M>> & { status: number }>;
  call<M extends MethodName>(method: M, input?: Input<M>): Promise<Output<M>>;
  fail<M extends MethodName>(method: M, input?: Input<M>): Promise<ApiErrorBody & { status: number }>;
}

type Send = (method: string, input: unknown, token: string | null) => Promise<ApiReply & { status: number }>;

function clientOver(send: Send): TestClient {
  const client: TestClient = {
    token: null,
    reply: (method, input) => send(method, input ?? {}, client.token) as never,
    async call(method, input) {
      const reply = await client.reply(method, input);
      if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
      return reply.value;
    },
    async fail(method, input) {
      const reply = await client.reply(method, input);
      if (reply.ok) throw new Error(`${method} unexpectedly succeeded`);
      return { ...reply.error, status: reply.status };
    },
  };
  return client;
}

export type TransportName = 'direct' | 'http';
export const TRANSPORTS: TransportName[] = ['direct', 'http'];

export interface TestCore {
  core: Core;
  dataDir: string;
  baseUrl: string | null;
  // A new, signed-out client over the chosen transport (a second PC on the LAN, another browser tab).
  client(): TestClient;
  close(): Promise<void>;
}

// A real SQLite file in a temporary folder; 'http' also starts the LAN server on a free loopback port.
export async function startTestCore(
  transport: TransportName,
  options: {
    clock?: Clock;
    messagingTiming?: Partial<MessagingTiming>;
    messagingDevices?: Partial<MessagingDevices>;
    telephonyDevices?: Partial<TelephonyDevices>;
    // The club's nightly run only when a test calls club.runNightly, unless a test asks for the schedule.
    clubTiming?: Partial<ClubTiming>;
    // The alarm scheduler sleeps at most this long, so a test's fake clock moving on is noticed quickly.
    alarmTiming?: Partial<AlarmTiming>;
    dataDir?: string;
  } = {},
): Promise<TestCore> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'peyvand-test-'));
  const core = createCore({
    dataDir,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.messagingTiming ? { messagingTiming: options.messagingTiming } : {}),
    ...(options.messagingDevices ? { messagingDevices: options.messagingDevices } : {}),
    ...(options.telephonyDevices ? { telephonyDevices: options.telephonyDevices } : {}),
    clubTiming: options.clubTiming ?? { nightly: false },
    alarmTiming: options.alarmTiming ?? { maxSleepMs: 50 },
  });
  let server: Server | null = null;
  let baseUrl: string | null = null;
  let send: Send;
  if (transport === 'http') {
    server = createHttpServer(core, { staticRoot: join(dataDir, 'no-ui') });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    send = async (method, input, token) => {
      const response = await fetch(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input),
      });
      return { ...((await response.json()) as ApiReply), status: response.status };
    };
  } else {
    send = async (method, input, token) => {
      const reply = await core.call({ method, input }, token);
      return { ...reply, status: reply.ok ? 200 : httpStatusOf(reply.error.code) };
    };
  }
  return {
    core,
    dataDir,
    baseUrl,
    client: () => clientOver(send),
    async close() {
      if (server) await new Promise((resolve) => server!.close(resolve));
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const ADMIN = { username: 'admin', password: 'admin-pass-1', displayName: 'مدیر دفتر' };

// The first-run wizard, done: returns a client signed in as the admin.
export async function setUpOffice(testCore: TestCore): Promise<TestClient> {
  const admin = testCore.client();
  const grant = await admin.call('auth.setupAdmin', {
    officeName: 'دفتر نمونه',
    defaultAreaCode: '021',
    ...ADMIN,
  });
  admin.token = grant.token;
  return admin;
}

export async function signIn(testCore: TestCore, username: string, password: string): Promise<TestClient> {
  const client = testCore.client();
  client.token = (await client.call('auth.login', { username, password })).token;
  return client;
}

export class FakeClock implements Clock {
  constructor(private current = Date.UTC(2026, 2, 20, 8, 30)) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
