import { ipcMain, webContents } from 'electron';
import type { ApiRequest } from '../../src-shared/api/wire';
import type { Core } from '../create-core';

export const API_CHANNEL = 'peyvand:api';
export const EVENT_CHANNEL = 'peyvand:event';

// The desktop transport: the same core.call as HTTP. Each window's signed-in user is learnt from the
// token it calls with, so targeted events reach only that user's windows (as on the events socket).
export function bridgeCoreToRenderers(core: Core): () => void {
  const windowUsers = new Map<number, number>();
  ipcMain.handle(API_CHANNEL, async (event, request: ApiRequest & { token?: string | null }) => {
    const token = request.token ?? null;
    const userId = token ? core.userIdOf(token) : null;
    if (userId === null) windowUsers.delete(event.sender.id);
    else windowUsers.set(event.sender.id, userId);
    return core.call({ method: request.method, input: request.input }, token);
  });
  const unsubscribe = core.events.subscribe((coreEvent) => {
    for (const [contentsId, userId] of windowUsers) {
      const contents = webContents.fromId(contentsId);
      if (!contents || contents.isDestroyed()) windowUsers.delete(contentsId);
      else if (coreEvent.audience === 'all' || coreEvent.audience.includes(userId)) {
        contents.send(EVENT_CHANNEL, coreEvent.name, coreEvent.payload);
      }
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(API_CHANNEL);
  };
}
