// Messages the modem holds (devices.md §2.10, §2.15): read, handed to the listeners, and deleted from the
// SIM only once they committed them; status reports likewise. Also the routed (+CMT/+CDS) forms.

import type { DeliveryReport, DeliveryReportListener, InboundListener, InboundPart } from '../ports';
import { parseMessageList, parseReadMessage, parseStorage } from './at-replies';
import type { Lifetime, ModemLink } from './modem-link';
import { decodeDeliver, decodeStatusReport, pduKind, type SmsTimestamp } from './pdu';

function isoWithOffset({ epochMs, offsetMinutes }: SmsTimestamp): string | null {
  if (!Number.isFinite(epochMs)) return null;
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const minutes = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

type Handed = { kind: 'inbound'; part: InboundPart } | { kind: 'report'; report: DeliveryReport } | null;

function decodeStored(pdu: string): Handed {
  const kind = pduKind(pdu);
  if (kind === 'deliver') {
    const message = decodeDeliver(pdu);
    const concat = message.concatenation;
    return {
      kind: 'inbound',
      part: {
        from: message.sender.number,
        fromType: message.sender.type,
        text: message.text,
        sentAt: isoWithOffset(message.timestamp),
        concat: concat && { reference: concat.reference, total: concat.total, sequence: concat.sequence },
      },
    };
  }
  if (kind === 'status-report') {
    const report = decodeStatusReport(pdu);
    return {
      kind: 'report',
      report: {
        reference: String(report.messageReference),
        recipient: report.recipient.number,
        state: report.state,
        status: report.status,
        at: isoWithOffset(report.dischargeTime),
      },
    };
  }
  // A sent message kept in storage is not for us to hand over or delete.
  return null;
}

export class StoredMessages {
  // Being handed over, by storage and index, so a poll does not hand a message over twice.
  private readonly inFlight = new Set<string>();
  private readonly inboundListeners = new Set<InboundListener>();
  private readonly reportListeners = new Set<DeliveryReportListener>();

  constructor(
    private readonly link: ModemLink,
    private readonly onStorage: (storage: { used: number; total: number }) => void,
  ) {}

  onInbound(listener: InboundListener): () => void {
    this.inboundListeners.add(listener);
    return () => this.inboundListeners.delete(listener);
  }

  onDeliveryReport(listener: DeliveryReportListener): () => void {
    this.reportListeners.add(listener);
    return () => this.reportListeners.delete(listener);
  }

  // Resolves true when every listener committed the message, so it may be deleted from the SIM.
  private async handOver(pdu: string): Promise<boolean> {
    try {
      const handed = decodeStored(pdu);
      if (handed === null) return false;
      if (handed.kind === 'inbound') {
        const listeners = [...this.inboundListeners];
        if (listeners.length === 0) return false;
        await Promise.all(listeners.map((listener) => listener(handed.part)));
      } else {
        const listeners = [...this.reportListeners];
        if (listeners.length === 0) return false;
        await Promise.all(listeners.map((listener) => listener(handed.report)));
      }
      return true;
    } catch (error) {
      // Kept on the SIM: a listener that failed sees it again on the next poll.
      this.link.log(`modem: stored message kept: ${String(error)}`);
      return false;
    }
  }

  // Storage other than "SM" (status reports in "SR") is selected for the one step only.
  private async inStorage<T>(life: Lifetime, storage: string, step: () => Promise<T>): Promise<T> {
    if (storage === 'SM') return step();
    await this.link.at(life, `AT+CPMS="${storage}"`);
    try {
      return await step();
    } finally {
      await this.link.at(life, 'AT+CPMS="SM"').catch(() => undefined);
    }
  }

  async takeStored(life: Lifetime, storage: string, index: number): Promise<void> {
    const key = `${storage}:${index}`;
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    try {
      const pdu = await this.link.exclusive(life, () =>
        this.inStorage(life, storage, async () => parseReadMessage(await this.link.at(life, `AT+CMGR=${index}`))),
      );
      if (pdu === null || !(await this.handOver(pdu))) return;
      await this.link.exclusive(life, () => this.inStorage(life, storage, () => this.link.at(life, `AT+CMGD=${index}`)));
    } catch (error) {
      if (!life.signal.aborted) this.link.log(`modem: reading ${key} failed: ${String(error)}`);
    } finally {
      this.inFlight.delete(key);
    }
  }

  // Routing mode: the message is only in the URC, so it is acknowledged whatever the listeners do.
  async takeRouted(life: Lifetime, pdu: string): Promise<void> {
    await this.handOver(pdu);
    await this.link.exclusive(life, () => this.link.at(life, 'AT+CNMA')).catch(() => undefined);
  }

  // A read/delete pass over "SM": at start-up, on the poll, and when storage is full.
  async readStored(life: Lifetime): Promise<void> {
    if (life.readingStored) {
      life.readStoredAgain = true;
      return;
    }
    life.readingStored = true;
    try {
      do {
        life.readStoredAgain = false;
        const stored = parseMessageList(await this.link.exclusive(life, () => this.link.at(life, 'AT+CMGL=4')));
        for (const { index, pdu } of stored) {
          const key = `SM:${index}`;
          if (this.inFlight.has(key)) continue;
          this.inFlight.add(key);
          try {
            if (await this.handOver(pdu)) await this.link.exclusive(life, () => this.link.at(life, `AT+CMGD=${index}`));
          } finally {
            this.inFlight.delete(key);
          }
        }
        const storage = parseStorage((await this.link.exclusive(life, () => this.link.optional(life, 'AT+CPMS?'))) ?? []);
        if (storage) this.onStorage(storage);
      } while (life.readStoredAgain && !life.signal.aborted);
    } catch (error) {
      if (!life.signal.aborted) this.link.log(`modem: reading stored messages failed: ${String(error)}`);
    } finally {
      life.readingStored = false;
    }
  }
}
