// What every device adapter keeps: listener sets, and its status with change notification.

import type { GatewayStatus } from './ports';

// A status with nothing known yet; `patch` fills in what is.
export function gatewayStatus(patch: Partial<GatewayStatus> = {}): GatewayStatus {
  return { state: 'off', problem: null, path: null, manufacturer: null, model: null, operator: null, signalDbm: null, storage: null, ...patch };
}

export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(value: T): void {
    for (const listener of this.set) listener(value);
  }
}

export class StatusCell {
  private current: GatewayStatus = gatewayStatus();
  private readonly listeners = new Listeners<GatewayStatus>();

  get(): GatewayStatus {
    return { ...this.current };
  }

  on(listener: (status: GatewayStatus) => void): () => void {
    return this.listeners.add(listener);
  }

  set(patch: Partial<GatewayStatus>): void {
    const next = { ...this.current, ...patch };
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    this.listeners.emit({ ...next });
  }
}
