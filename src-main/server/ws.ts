import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventsClientFrame, EventsServerFrame } from '../../src-shared/api/wire';
import type { Core } from '../create-core';
import type { CoreEvent } from '../core/events';

const AUTH_TIMEOUT_MS = 10_000;

function send(socket: WebSocket, frame: EventsServerFrame): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

// /api/events: the client's first frame carries its token (kept out of the URL and server logs);
// `auth.me` checks it through the same dispatcher as every other call.
export function attachEventsSocket(server: Server, core: Core): void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const subscribers = new Map<WebSocket, { userId: number; token: string }>();

  server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/api/events') {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws));
  });

  sockets.on('connection', (socket: WebSocket) => {
    const timer = setTimeout(() => socket.close(4401, 'auth timeout'), AUTH_TIMEOUT_MS);
    socket.once('message', async (data) => {
      clearTimeout(timer);
      let frame: EventsClientFrame;
      try {
        frame = JSON.parse(String(data)) as EventsClientFrame;
      } catch {
        socket.close(4400, 'bad frame');
        return;
      }
      const reply = await core.call({ method: 'auth.me', input: {} }, frame.type === 'auth' ? frame.token : null);
      if (!reply.ok) {
        send(socket, { type: 'error', error: reply.error });
        socket.close(4401, reply.error.code);
        return;
      }
      subscribers.set(socket, { userId: (reply.value as { id: number }).id, token: frame.token });
      send(socket, { type: 'ready' });
    });
    socket.on('close', () => {
      clearTimeout(timer);
      subscribers.delete(socket);
    });
  });

  const unsubscribe = core.events.subscribe((event: CoreEvent) => {
    for (const [socket, subscriber] of subscribers) {
      // A session ended by logout, a password reset or deactivation stops receiving at once.
      if (core.userIdOf(subscriber.token) === null) {
        send(socket, { type: 'error', error: { code: 'auth.sessionExpired' } });
        socket.close(4401, 'session ended');
        subscribers.delete(socket);
        continue;
      }
      if (event.audience === 'all' || event.audience.includes(subscriber.userId)) {
        send(socket, { type: 'event', name: event.name, payload: event.payload });
      }
    }
  });
  server.on('close', () => {
    unsubscribe();
    for (const socket of subscribers.keys()) socket.terminate();
    sockets.close();
  });
}
