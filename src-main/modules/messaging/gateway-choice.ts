import type { GatewayKind, MessageKind } from '../../../src-shared/api/messaging';
import type { StoredMessagingSettings } from './settings-queries';

// The gateway for a message kind: the configured route, a panel for big campaigns (personal SIMs that
// send in bulk get cut off), and the other gateway when the wanted one is not set up at all.
export function chooseGateway(kind: MessageKind, recipients: number, settings: StoredMessagingSettings, modemPortOverride: string | null): GatewayKind | null {
  // Set up, not necessarily ready: an unplugged modem still queues, and sends when it is back.
  const available: Record<GatewayKind, boolean> = {
    modem: modemPortOverride !== null || (settings.modemEnabled && settings.modemPorts.length > 0),
    panel: settings.panel !== null,
  };
  let wanted = settings.routes[kind];
  if (kind === 'campaign' && recipients > settings.bulkThreshold && available.panel) wanted = 'panel';
  if (available[wanted]) return wanted;
  const other: GatewayKind = wanted === 'modem' ? 'panel' : 'modem';
  return available[other] ? other : null;
}
