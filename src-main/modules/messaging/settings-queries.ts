import { eq } from 'drizzle-orm';
import type { MessagingSettings } from '../../../src-shared/api/messaging';
import { cachedQuery, type ReadDb, type WriteDb } from '../../core/db/open';
import { messagingSettings } from './schema';

export type StoredMessagingSettings = typeof messagingSettings.$inferSelect;

export function readMessagingSettings(db: ReadDb | WriteDb): StoredMessagingSettings {
  return cachedQuery(db, 'messagingSettings', () => db.select().from(messagingSettings).where(eq(messagingSettings.id, 1)).prepare()).get()!;
}

// What the UI may see: the SIM PIN never leaves the server.
export function publicMessagingSettings(row: StoredMessagingSettings, modemPortFromCommandLine: string | null): MessagingSettings {
  return {
    modemEnabled: row.modemEnabled || modemPortFromCommandLine !== null,
    modemPorts: row.modemPorts,
    modemPinSet: row.modemPin !== null,
    modemSmsc: row.modemSmsc,
    modemDailyLimit: row.modemDailyLimit,
    bulkThreshold: row.bulkThreshold,
    panel: row.panel,
    routes: row.routes,
    quietStart: row.quietStart,
    quietEnd: row.quietEnd,
    deliveryReports: row.deliveryReports,
    modemPortFromCommandLine,
    version: row.version,
  };
}
