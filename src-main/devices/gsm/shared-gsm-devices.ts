import type { GsmDevice } from '../ports';

// Only one program may own a serial port, and a GSM modem is one device for SMS and calls: the SMS
// outbox and a caller-ID line on the same port get handles on one GsmDevice, stopped when both let go.
export class SharedGsmDevices {
  private readonly entries = new Map<string, { device: GsmDevice; users: number; started: number }>();

  acquire(port: string, create: () => GsmDevice): GsmDevice {
    let entry = this.entries.get(port);
    if (!entry) {
      entry = { device: create(), users: 0, started: 0 };
      this.entries.set(port, entry);
    }
    entry.users++;
    const shared = entry;
    const device = shared.device;
    let started = false;
    let released = false;
    return {
      kind: 'modem',
      start: () => {
        if (started) return;
        started = true;
        if (shared.started++ === 0) device.start();
      },
      stop: async () => {
        if (released) return;
        released = true;
        if (--shared.users > 0) return;
        this.entries.delete(port);
        await device.stop();
      },
      status: () => device.status(),
      onStatus: (listener) => device.onStatus(listener),
      submitPart: (request) => device.submitPart(request),
      onInbound: (listener) => device.onInbound(listener),
      onDeliveryReport: (listener) => device.onDeliveryReport(listener),
      onSignal: (listener) => device.onSignal(listener),
      onRaw: (listener) => device.onRaw(listener),
      dial: (number) => device.dial(number),
      hangUp: () => device.hangUp(),
    };
  }
}
