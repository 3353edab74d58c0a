// What the adapters share above HTTP: the gateway status a panel's answers imply, the outcome of a
// failed request, and what the rest of a batch gets once a request shows that trying it is pointless.
import type { GatewayProblem, GatewayStatus, SubmitOutcome } from '../ports';
import type { HttpFailure } from './http';
import { gatewayStatus } from '../status-cell';

export interface PanelHealth {
  status(): GatewayStatus;
  // After every request: null when the panel answered and took the key, else what stopped it.
  note(problem: GatewayProblem | null): void;
}

export function createPanelHealth(): PanelHealth {
  // A panel has no start-up handshake; it is assumed ready until an answer says otherwise.
  let problem: GatewayProblem | null = null;
  return {
    status: () => gatewayStatus({ state: problem === null ? 'ready' : 'unavailable', problem }),
    note: (next) => {
      problem = next;
    },
  };
}

export interface Failure {
  outcome: Exclude<SubmitOutcome, { kind: 'accepted' }>;
  problem: GatewayProblem | null;
}

export function transportFailure(failure: HttpFailure): Failure {
  return {
    outcome: failure.kind === 'unsent' ? { kind: 'retry', code: failure.code } : { kind: 'unknown', code: failure.code },
    problem: 'panel.unreachable',
  };
}

export interface StatusCodes {
  // Provider-specific refusals, by HTTP (or answer) status.
  rejected?: Readonly<Record<number, string>>;
  // Provider-specific "busy, try later" statuses besides 408, 429 and 5xx.
  retryable?: readonly number[];
}

export function statusFailure(status: number, codes: StatusCodes = {}): Failure {
  const specific = codes.rejected?.[status];
  if (specific === 'panel.credit') return { outcome: { kind: 'rejected', code: specific }, problem: 'panel.credit' };
  if (specific !== undefined) return { outcome: { kind: 'rejected', code: specific }, problem: null };
  if (status === 401 || status === 403) return { outcome: { kind: 'rejected', code: 'panel.auth' }, problem: 'panel.auth' };
  if (status >= 500 || status === 408 || status === 429 || codes.retryable?.includes(status)) {
    return { outcome: { kind: 'retry', code: 'panel.unreachable' }, problem: 'panel.unreachable' };
  }
  return { outcome: { kind: 'rejected', code: `panel.http${status}` }, problem: null };
}

/**
 * What the messages not yet tried get after this outcome, or null to go on. A refused key or empty
 * account refuses them all; a panel that did not answer would cost each of them the full timeout, and
 * they were not sent, so they wait for the next round.
 */
export function outcomeForRest(outcome: SubmitOutcome): SubmitOutcome | null {
  if (outcome.kind === 'rejected' && (outcome.code === 'panel.auth' || outcome.code === 'panel.credit')) return outcome;
  const silent = outcome.kind === 'unknown' && (outcome.code === 'panel.timeout' || outcome.code === 'panel.connectionLost');
  if (outcome.kind === 'retry' || silent) {
    return { kind: 'retry', code: 'panel.unreachable' };
  }
  return null;
}

// Thrown by queryDelivery and fetchInbound, which have no per-message outcome to carry a failure:
// the caller keeps its state and asks again on the next poll.
export class PanelRequestError extends Error {
  constructor(readonly code: string) {
    super(`SMS panel request failed: ${code}`);
    this.name = 'PanelRequestError';
  }
}

export function throwFailure(health: PanelHealth, failure: Failure): never {
  health.note(failure.problem);
  throw new PanelRequestError(failure.outcome.code);
}
