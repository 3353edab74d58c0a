import type { GatewayStatus } from '../../../src-shared/api/messaging';
import type { PanelConfig } from '../../../src-shared/api/sms-panels';
import { localDayStart, todayIsoDate } from '../../../src-shared/domain/jalali';
import { phoneLookupKey } from '../../../src-shared/domain/iran-ids';
import type { DeliveryReport, InboundPart, ModemGateway, PanelGateway } from '../../devices/ports';
import type { SystemAccess } from '../../core/dispatch';
import type { WriteCtx } from '../../core/context';
import { prepared } from '../../core/db/open';
import { flushStaleFragments, receivePart, storeIncoming, type Received } from './inbound';
import {
  applyModemReport,
  applyPanelDelivery,
  claimModemPart,
  claimPanelMessages,
  markInterruptedUnknown,
  modemPartsSentSince,
  pendingPanelReferences,
  recordOutcome,
} from './outbox-store';
import { quietUntil } from './quiet-hours';
import { readMessagingSettings, type StoredMessagingSettings } from './settings-queries';

// How the core reaches devices; create-core supplies the real adapters, tests may supply others.
export interface MessagingDevices {
  createModem(config: { candidates: string[]; pin: string | null; smsc: string | null }): ModemGateway;
  createPanel(config: PanelConfig): PanelGateway;
  // `npm run serve -- --sms-modem <port>`: this port, whatever the stored settings say.
  modemPortOverride: string | null;
}

export interface MessagingTiming {
  idleMs: number;
  panelPollMs: number;
  fragmentSweepMs: number;
  // Delivery reports are matched to parts sent within this window (validity is 24 h; a day more for slow networks).
  reportWindowMs: number;
  eventThrottleMs: number;
  // Long incoming messages whose last parts never came are stored as they are after this long (Gammu's
  // MultipartTimeout is 600 s).
  multipartTimeoutMs: number;
}

const DEFAULT_TIMING: MessagingTiming = {
  idleMs: 1000,
  panelPollMs: 30_000,
  fragmentSweepMs: 30_000,
  reportWindowMs: 48 * 3_600_000,
  eventThrottleMs: 250,
  multipartTimeoutMs: 10 * 60_000,
};

const PANEL_BATCH = 100;

// The SMS worker: owns the gateways the settings ask for, sends the outbox one committed step at a time,
// and stores what comes in. Everything it writes goes through `system.write` (lock, transaction, events).
export class MessagingService {
  private modem: ModemGateway | null = null;
  private modemKey = '';
  private panel: PanelGateway | null = null;
  private panelKey = '';
  private running = false;
  // Both loops may be idle at once: waking wakes them all.
  private readonly sleepers = new Set<() => void>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly unsubscribe: (() => void)[] = [];
  private changedCampaigns = new Set<number>();
  private changedTimer: NodeJS.Timeout | null = null;
  private loops: Promise<void>[] = [];
  // Polls and sweeps under way; stop() waits for them so nothing writes after the database closes.
  private readonly inflight = new Set<Promise<void>>();
  private capReached = false;
  private readonly timing: MessagingTiming;

  constructor(
    private readonly system: SystemAccess,
    private readonly devices: MessagingDevices,
    timing: Partial<MessagingTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  get modemPortOverride(): string | null {
    return this.devices.modemPortOverride;
  }

  async start(): Promise<void> {
    this.running = true;
    await this.system.write((ctx) => markInterruptedUnknown(ctx, ctx.clock.now()));
    this.reconfigure();
    this.loops = [this.modemLoop(), this.panelLoop()];
    this.timers.push(setInterval(() => this.track(this.sweepFragments()), this.timing.fragmentSweepMs));
    this.timers.push(setInterval(() => this.track(this.pollPanel()), this.timing.panelPollMs));
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    for (const timer of this.timers) clearInterval(timer);
    if (this.changedTimer) clearTimeout(this.changedTimer);
    // The modem goes first: a part in flight then ends as "unknown" and is recorded before the database closes.
    await this.replaceModem(null, '');
    await Promise.all([...this.loops, ...this.inflight]);
    this.panel = null;
  }

  private track(work: Promise<void>): void {
    this.inflight.add(work);
    void work.finally(() => this.inflight.delete(work));
  }

  // New work was queued (a command committed it): the worker looks now rather than at its next tick.
  wake(): void {
    for (const wakeUp of [...this.sleepers]) wakeUp();
  }

  statuses(): { modem: GatewayStatus | null; panel: GatewayStatus | null; modemCapReached: boolean } {
    return { modem: this.modem?.status() ?? null, panel: this.panel?.status() ?? null, modemCapReached: this.capReached };
  }

  // Builds, replaces or drops gateways to match the stored settings (after start and every settings change).
  reconfigure(): void {
    if (!this.running) return;
    const settings = this.settings();
    const override = this.devices.modemPortOverride;
    const modemConfig =
      override !== null
        ? { candidates: [override], pin: settings.modemPin, smsc: settings.modemSmsc }
        : settings.modemEnabled && settings.modemPorts.length > 0
          ? { candidates: settings.modemPorts, pin: settings.modemPin, smsc: settings.modemSmsc }
          : null;
    const modemKey = JSON.stringify(modemConfig);
    if (modemKey !== this.modemKey) void this.replaceModem(modemConfig && this.devices.createModem(modemConfig), modemKey);
    const panelKey = JSON.stringify(settings.panel);
    if (panelKey !== this.panelKey) {
      this.panel = settings.panel && this.devices.createPanel(settings.panel);
      this.panelKey = panelKey;
    }
    this.system.publish('messaging.gatewayChanged', {});
    this.wake();
  }

  private replaceModem(modem: ModemGateway | null, key: string): Promise<void> {
    for (const off of this.unsubscribe.splice(0)) off();
    const stopped = this.modem?.stop() ?? Promise.resolve();
    this.modem = modem;
    this.modemKey = key;
    if (!modem) return stopped;
    this.unsubscribe.push(
      modem.onStatus(() => {
        this.system.publish('messaging.gatewayChanged', {});
        this.wake();
      }),
      modem.onInbound((part) => this.receive(part)),
      modem.onDeliveryReport((report) => this.deliveryReport(report)),
    );
    modem.start();
    return stopped;
  }

  private settings(): StoredMessagingSettings {
    return this.system.read((ctx) => readMessagingSettings(ctx.db));
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const wakeUp = () => {
        clearTimeout(timer);
        this.sleepers.delete(wakeUp);
        resolve();
      };
      const timer = setTimeout(wakeUp, this.timing.idleMs);
      this.sleepers.add(wakeUp);
    });
  }

  // Campaigns wait in quiet hours; everything on the modem waits once its daily cap is used up.
  private modemAllowance(ctx: WriteCtx): { any: boolean; campaigns: boolean } {
    const settings = readMessagingSettings(ctx.db);
    const now = ctx.clock.now();
    this.capReached = modemPartsSentSince(ctx.db, localDayStart(todayIsoDate(now))) >= settings.modemDailyLimit;
    return { any: !this.capReached, campaigns: quietUntil(now, settings.quietStart, settings.quietEnd) === null };
  }

  private async modemLoop(): Promise<void> {
    while (this.running) {
      const modem = this.modem;
      if (!modem || modem.status().state !== 'ready') {
        await this.idle();
        continue;
      }
      const claim = await this.system.write((ctx) => {
        const allowed = this.modemAllowance(ctx);
        return allowed.any ? claimModemPart(ctx.db, ctx.clock.now(), allowed.campaigns) : null;
      });
      if (!claim) {
        await this.idle();
        continue;
      }
      const outcome = await modem.submitPart({
        to: claim.number,
        text: claim.text,
        reference: claim.concatRef,
        partIndex: claim.seq,
        requestStatusReport: this.settings().deliveryReports,
      });
      const campaignId = await this.system.write((ctx) => {
        recordOutcome(ctx, claim.messageId, [claim.partId], outcome, ctx.clock.now());
        return campaignOf(ctx, claim.messageId);
      });
      this.outboxChanged(campaignId);
    }
  }

  private async panelLoop(): Promise<void> {
    while (this.running) {
      const panel = this.panel;
      if (!panel) {
        await this.idle();
        continue;
      }
      const claimed = await this.system.write((ctx) => {
        const settings = readMessagingSettings(ctx.db);
        const campaignsAllowed = quietUntil(ctx.clock.now(), settings.quietStart, settings.quietEnd) === null;
        return claimPanelMessages(ctx.db, ctx.clock.now(), campaignsAllowed, PANEL_BATCH);
      });
      if (claimed.length === 0) {
        await this.idle();
        continue;
      }
      let outcomes: Awaited<ReturnType<PanelGateway['submitMessages']>>;
      try {
        outcomes = await panel.submitMessages(claimed.map((m) => ({ localId: m.messageId, to: m.number, text: m.text })));
      } catch (error) {
        // An adapter that throws has not told us what happened: treat every message as unknown.
        console.error('SMS panel failed', error);
        outcomes = new Map(claimed.map((m) => [m.messageId, { kind: 'unknown', code: 'panel.error' }]));
      }
      const campaigns = await this.system.write((ctx) =>
        claimed.map((message) => {
          const parts = prepared(ctx.db, `SELECT id FROM sms_parts WHERE message_id = ? AND status = 'submitting'`).all(message.messageId) as { id: number }[];
          recordOutcome(
            ctx,
            message.messageId,
            parts.map((p) => p.id),
            outcomes.get(message.messageId) ?? { kind: 'unknown', code: 'panel.noAnswer' },
            ctx.clock.now(),
          );
          return campaignOf(ctx, message.messageId);
        }),
      );
      for (const id of campaigns) this.outboxChanged(id);
    }
  }

  private async pollPanel(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    try {
      const references = await this.system.write((ctx) => pendingPanelReferences(ctx.db, ctx.clock.now() - this.timing.reportWindowMs, 500));
      if (references.length > 0) {
        const states = await panel.queryDelivery(references);
        const campaigns = await this.system.write((ctx) =>
          states.flatMap((delivery) => {
            if (delivery.state !== 'delivered' && delivery.state !== 'failed') return [];
            const messageId = applyPanelDelivery(ctx.db, delivery.reference, delivery.state, ctx.clock.now());
            return messageId === null ? [] : [campaignOf(ctx, messageId)];
          }),
        );
        for (const id of campaigns) this.outboxChanged(id);
      }
      for (const inbound of await panel.fetchInbound()) {
        const alphanumeric = !/^\+?\d+$/.test(inbound.from);
        const from = alphanumeric ? inbound.from : (phoneLookupKey(inbound.from) ?? inbound.from);
        await this.store((ctx, settings) =>
          storeIncoming(ctx, { from, alphanumeric, text: inbound.text, sentAt: inbound.receivedAt, incomplete: false, fingerprint: `panel|${inbound.id}` }, settings),
        );
      }
    } catch (error) {
      console.error('SMS panel poll failed', error);
    }
  }

  private receive(part: InboundPart): Promise<void> {
    return this.store((ctx, settings) => receivePart(ctx, part, settings));
  }

  private async sweepFragments(): Promise<void> {
    await this.store((ctx, settings) => flushStaleFragments(ctx, settings, this.timing.multipartTimeoutMs));
  }

  // Commits what came in, then tells the office; the modem deletes it from the SIM only after this resolves.
  private async store(work: (ctx: WriteCtx, settings: StoredMessagingSettings) => Received | Received[] | null): Promise<void> {
    const received = await this.system.write((ctx) => {
      const result = work(ctx, readMessagingSettings(ctx.db));
      const list = result === null ? [] : Array.isArray(result) ? result : [result];
      for (const message of list) {
        ctx.emit('messaging.received', message, message.referredTo === null ? 'all' : [message.referredTo]);
      }
      return list;
    });
    if (received.length > 0) this.wake();
  }

  private async deliveryReport(report: DeliveryReport): Promise<void> {
    const recipientKey = phoneLookupKey(report.recipient) ?? report.recipient;
    const campaignId = await this.system.write((ctx) => {
      const messageId = applyModemReport(ctx.db, { ...report, recipientKey }, ctx.clock.now(), this.timing.reportWindowMs);
      return messageId === null ? null : campaignOf(ctx, messageId);
    });
    this.outboxChanged(campaignId);
  }

  // Progress events are batched: a campaign moving 20 parts a minute or 100 a second sends a few a second.
  private outboxChanged(campaignId: number | null): void {
    if (campaignId !== null) this.changedCampaigns.add(campaignId);
    if (this.changedTimer) return;
    this.changedTimer = setTimeout(() => {
      this.changedTimer = null;
      const campaignIds = [...this.changedCampaigns];
      this.changedCampaigns = new Set();
      this.system.publish('messaging.outboxChanged', { campaignIds });
    }, this.timing.eventThrottleMs);
  }
}

function campaignOf(ctx: WriteCtx, messageId: number): number | null {
  const row = prepared(ctx.db, `SELECT campaign_id AS id FROM sms_messages WHERE id = ?`).get(messageId) as { id: number | null } | undefined;
  return row?.id ?? null;
}
