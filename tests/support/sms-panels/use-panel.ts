import type { TestClient } from '../test-core';
import type { KavenegarServer } from './kavenegar-server';

export const PANEL_API_KEY = 'test-key-123';
export const PANEL_LINE = '10004346';

// Messaging settings that send everything through the simulated Kavenegar panel.
export async function usePanel(admin: TestClient, panel: KavenegarServer, overrides: Record<string, unknown> = {}) {
  const settings = await admin.call('messaging.getSettings', {});
  return admin.call('messaging.updateSettings', {
    version: settings.version,
    modemEnabled: false,
    modemPorts: [],
    modemSmsc: null,
    modemDailyLimit: 100,
    bulkThreshold: 50,
    panel: { provider: 'kavenegar', apiKey: PANEL_API_KEY, sender: PANEL_LINE, baseUrl: panel.url },
    routes: { single: 'panel', campaign: 'panel', autoReply: 'panel' },
    quietStart: null,
    quietEnd: null,
    deliveryReports: true,
    ...overrides,
  });
}
