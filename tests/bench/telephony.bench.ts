import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { PhoneLine } from '../../src-shared/api/telephony';
import type { ApiReply } from '../../src-shared/api/wire';
import { createCore, type Core } from '../../src-main/create-core';
import { createHttpServer } from '../../src-main/server/http';
import { openPtyPair } from '../support/pty';
import { startVoiceModemSim, type VoiceModemSim } from '../support/caller-id-sim/voice-modem-sim';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { LoginPage } from '../e2e/page-models/login-page';
import { launchBrowser, openPage } from '../e2e/support/browser';
import { percentile, round, type Figure } from './figures';
import { BENCH_ADMIN, random, seedCrm, seededMobile, FULL_SIZE } from './seed-crm';

const BENCH_DATA = join(process.cwd(), 'bench-data');
const CALLS = 200;
const POPUP_CALLS = 60;
const POPUP = '[role="dialog"][aria-label="تماس ورودی"]';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function call(core: Core, token: string, method: string, input: unknown): Promise<unknown> {
  const reply: ApiReply = await core.call({ method, input }, token);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

// What a Tehran line prints between the first and second ring (devices.md §3), for a seeded customer.
function callerIdBlock(nationalNumber: string): string {
  return `\r\nDATE = 1123\r\nTIME = 0934\r\nNMBR = ${nationalNumber}\r\n`;
}

// A connected client's events socket, resolving each incoming call's arrival time.
async function eventsClient(url: string, token: string) {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/api/events`);
  const waiting: ((at: bigint) => void)[] = [];
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; name?: string };
    if (frame.type === 'event' && frame.name === 'telephony.incomingCall') waiting.shift()?.(process.hrtime.bigint());
  });
  await new Promise((resolve) => socket.on('open', resolve));
  socket.send(JSON.stringify({ type: 'auth', token }));
  await wait(200);
  return { next: () => new Promise<bigint>((resolve) => waiting.push(resolve)), close: () => socket.close() };
}

async function ringOnce(sim: VoiceModemSim, nationalNumber: string, arrival: Promise<bigint>): Promise<number> {
  sim.write('\r\nRING\r\n');
  await wait(20);
  const written = process.hrtime.bigint();
  sim.write(callerIdBlock(nationalNumber));
  const at = await arrival;
  sim.write('\r\nNO CARRIER\r\n');
  await wait(30);
  return Number(at - written) / 1e6;
}

// In the page: the time each new pop-up is in the DOM and a frame is about to be painted.
const WATCH_POPUPS = `(() => {
  window.__popups = [];
  let shown = 0;
  new MutationObserver(() => {
    const now = document.querySelectorAll('${POPUP}').length;
    if (now > shown) requestAnimationFrame(() => window.__popups.push(Date.now()));
    shown = now;
  }).observe(document.body, { childList: true, subtree: true });
})()`;

async function popupLatencies(page: Page, sim: VoiceModemSim, numbers: string[]): Promise<number[]> {
  await page.evaluate(WATCH_POPUPS);
  const latencies: number[] = [];
  for (const [i, number] of numbers.entries()) {
    sim.write('\r\nRING\r\n');
    await wait(20);
    const written = Date.now();
    sim.write(callerIdBlock(number));
    await page.waitForFunction(`window.__popups.length > ${i}`);
    const shownAt = (await page.evaluate(`window.__popups[${i}]`)) as number;
    latencies.push(shownAt - written);
    await page.locator(POPUP).first().getByRole('button', { name: 'بستن', exact: true }).first().click();
    await page.locator(POPUP).waitFor({ state: 'detached' });
    sim.write('\r\nNO CARRIER\r\n');
    await wait(50);
  }
  return latencies;
}

export async function telephonyBench(): Promise<Figure[]> {
  const dataDir = await seedCrm(BENCH_DATA);
  const pty = await openPtyPair();
  const sim = await startVoiceModemSim(pty.devicePath);
  const core = createCore({ dataDir, telephonyDevices: { linesOverride: [PhoneLine.parse({ id: 'reception', name: 'پذیرش', kind: 'voiceModem', port: pty.appPath })] } });
  spawnSync(process.execPath, ['scripts/build-ui-if-stale.mjs'], { stdio: 'inherit' });
  const server = createHttpServer(core, { staticRoot: join(process.cwd(), 'dist/renderer') });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const token = ((await call(core, '', 'auth.login', BENCH_ADMIN)) as { token: string }).token;
    for (;;) {
      const [line] = (await call(core, token, 'telephony.status', {})) as { state: string }[];
      if (line?.state === 'ready') break;
      await wait(50);
    }
    const client = await eventsClient(url, token);
    const next = random(11);
    const latencies: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const mobile = seededMobile(Math.floor(next() * FULL_SIZE.people));
      latencies.push(await ringOnce(sim, `0${mobile.slice(3)}`, client.next()));
    }
    client.close();

    const browser = await launchBrowser();
    let shown: number[];
    try {
      const { page } = await openPage(browser, url);
      await new LoginPage(page).signIn(BENCH_ADMIN.username, BENCH_ADMIN.password);
      shown = await popupLatencies(
        page,
        sim,
        Array.from({ length: POPUP_CALLS }, () => `0${seededMobile(Math.floor(next() * FULL_SIZE.people)).slice(3)}`),
      );
    } finally {
      await browser.close();
    }
    return [
      {
        name: 'telephony.lineToEvent.p99_ms',
        value: round(percentile(latencies, 99)),
        unit: 'ms',
        n: latencies.length,
        note: `caller-ID block written by the simulator on a socat PTY → telephony.incomingCall on a WebSocket client, 1,000,000 people / 2,000,000 contact points; median ${round(percentile(latencies, 50))} ms; goal <= 20`,
      },
      {
        name: 'telephony.lineToPopup.p99_ms',
        value: round(percentile(shown, 99)),
        unit: 'ms',
        n: shown.length,
        note: `caller-ID block on the line → the pop-up in headless Chromium (first frame after it is in the DOM), same database; median ${round(percentile(shown, 50))} ms; goal <= 150`,
      },
    ];
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await core.close();
    await sim.close();
    await pty.close();
  }
}
