import type { EventName, ServerEvents } from '../../src-shared/api/events';

// 'all' reaches every signed-in client; a list reaches only those users' sessions.
export type Audience = 'all' | readonly number[];

export interface CoreEvent<N extends EventName = EventName> {
  name: N;
  payload: ServerEvents[N];
  audience: Audience;
}

export type Emit = <N extends EventName>(name: N, payload: ServerEvents[N], audience?: Audience) => void;

type Listener = (event: CoreEvent) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: CoreEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('event listener failed', event.name, error);
      }
    }
  }
}
