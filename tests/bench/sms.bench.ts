import type { GatewayStatus, ModemGateway, PartRequest, SubmitOutcome } from '../../src-main/devices/ports';
import { openPtyPair } from '../support/pty';
import { startModemSim } from '../support/modem-sim/modem-sim';
import { setUpOffice, startTestCore, type TestClient } from '../support/test-core';
import { percentile, round, timeMs, type Figure } from './figures';

const READY: GatewayStatus = { state: 'ready', problem: null, path: 'bench', manufacturer: null, model: null, operator: null, signalDbm: -61, storage: null };

// A modem that answers every part at once: what is left of the time between parts is the core's own
// work (claim, commit "submitting", commit the outcome, events).
function instantModem(onSubmit: (request: PartRequest) => void, state: GatewayStatus['state'] = 'ready'): ModemGateway {
  let mr = 0;
  return {
    kind: 'modem',
    start: () => undefined,
    stop: async () => undefined,
    status: () => ({ ...READY, state }),
    onStatus: () => () => undefined,
    onInbound: () => () => undefined,
    onDeliveryReport: () => () => undefined,
    submitPart: async (request): Promise<SubmitOutcome> => {
      onSubmit(request);
      return { kind: 'accepted', reference: String(mr++ % 256) };
    },
  };
}

const MODEM_ONLY = { single: 'modem', campaign: 'modem', autoReply: 'modem' } as const;

async function allowBulkOnModem(admin: TestClient, port: string): Promise<void> {
  const settings = await admin.call('messaging.getSettings', {});
  await admin.call('messaging.updateSettings', {
    ...settings,
    modemEnabled: true,
    modemPorts: [port],
    modemDailyLimit: 10_000,
    bulkThreshold: 100_000,
    routes: MODEM_ONLY,
  });
}

function numbers(count: number): string {
  return Array.from({ length: count }, (_, i) => `0912${1_000_000 + i}`).join('\n');
}

async function waitUntil(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function coreOverhead(): Promise<Figure> {
  const stamps: number[] = [];
  const office = await startTestCore('direct', {
    messagingDevices: { createModem: () => instantModem(() => stamps.push(performance.now())) },
    messagingTiming: { idleMs: 5 },
  });
  try {
    const admin = await setUpOffice(office);
    await allowBulkOnModem(admin, 'bench');
    await admin.call('messaging.startCampaign', { name: 'bench', audience: { kind: 'numbers', text: numbers(1000) }, body: 'سلام، این یک پیامک آزمایشی است.' });
    await waitUntil(() => stamps.length >= 1000);
    const gaps = stamps.slice(1).map((stamp, i) => stamp - stamps[i]!);
    return {
      name: 'sms.coreOverhead.ms',
      value: round(percentile(gaps, 50)),
      unit: 'ms',
      n: gaps.length,
      note: `median core time per part (claim + two commits), p99 ${round(percentile(gaps, 99))} ms, modem answering at once; goal <= 2`,
    };
  } finally {
    await office.close();
  }
}

async function enqueue10k(): Promise<Figure> {
  // The modem stays unavailable so that only the queueing is measured.
  const office = await startTestCore('direct', { messagingDevices: { createModem: () => instantModem(() => undefined, 'unavailable') } });
  try {
    const admin = await setUpOffice(office);
    const group = await admin.call('groups.create', { name: 'مشتریان' });
    for (let i = 0; i < 10_000; i++) {
      await admin.call('people.create', {
        gender: i % 2 ? 'male' : 'female',
        firstName: 'نام',
        lastName: `خانواده ${i}`,
        groupIds: [group.id],
        contactPoints: [{ kind: 'mobile', value: `0913${1_000_000 + i}` }],
      });
    }
    const settings = await admin.call('messaging.getSettings', {});
    await admin.call('messaging.updateSettings', { ...settings, modemEnabled: true, modemPorts: ['none'], modemDailyLimit: 10_000, bulkThreshold: 100_000, routes: MODEM_ONLY });
    const samples: number[] = [];
    for (let run = 0; run < 3; run++) {
      samples.push(
        await timeMs(() =>
          admin.call('messaging.startCampaign', {
            name: `bench ${run}`,
            audience: { kind: 'group', groupId: group.id },
            body: '{خطاب} {نام خانوادگی}، حراج پاییزه از شنبه آغاز می‌شود. با همین پیامک ده درصد تخفیف بگیرید.',
          }),
        ),
      );
      const campaigns = await admin.call('messaging.listCampaigns', {});
      await admin.call('messaging.cancelCampaign', { id: campaigns.rows[0]!.id });
    }
    return {
      name: 'sms.enqueue10k.ms',
      value: round(percentile(samples, 50), 1),
      unit: 'ms',
      n: samples.length,
      note: 'messaging.startCampaign to a group of 10,000 people with merge fields (resolve, render, 2 parts each, queue 20,000 parts); median of 3; goal <= 3000',
    };
  } finally {
    await office.close();
  }
}

async function simThroughput(): Promise<Figure> {
  const SECONDS_PER_PART = 3;
  const PARTS = 12;
  const pty = await openPtyPair();
  const sim = await startModemSim(pty.devicePath, { cmgsDelayMs: SECONDS_PER_PART * 1000 });
  const office = await startTestCore('direct', { messagingDevices: { modemPortOverride: pty.appPath } });
  try {
    const admin = await setUpOffice(office);
    await allowBulkOnModem(admin, pty.appPath);
    await waitUntil(async () => (await admin.call('messaging.status', {})).modem?.state === 'ready');
    await admin.call('messaging.startCampaign', { name: 'bench', audience: { kind: 'numbers', text: numbers(PARTS + 1) }, body: 'سلام' });
    // From the first part's answer to the last: PARTS intervals of the simulator's own 3 s.
    await waitUntil(() => sim.submitted.length >= 1);
    const started = performance.now();
    await waitUntil(() => sim.submitted.length >= PARTS + 1);
    const perMinute = (PARTS / (performance.now() - started)) * 60_000;
    const limit = 60 / SECONDS_PER_PART;
    return {
      name: 'sms.simThroughput.perMin',
      value: round(perMinute, 2),
      unit: 'parts/min',
      n: PARTS,
      note: `through the simulator over a socat PTY at ${SECONDS_PER_PART} s per +CMGS (limit ${limit}/min): ${round((100 * (limit - perMinute)) / limit, 2)} % below; goal within 2 %`,
    };
  } finally {
    await office.close();
    await sim.close();
    await pty.close();
  }
}

export async function smsBench(): Promise<Figure[]> {
  return [await coreOverhead(), await enqueue10k(), await simThroughput()];
}
