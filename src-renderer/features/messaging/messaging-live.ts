import type { ServerEvents } from '../../../src-shared/api/events';
import { formatMobile } from '../../../src-shared/domain/iran-ids';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import type { ServerEvent } from '../../api/client';
import { toast } from '../../ui';
import { useCampaignRecipientsStore, useCampaignsStore, useCampaignStore } from './campaigns-store';
import { isolate } from './format';
import { useGatewayStore } from './gateway-store';
import { useInboxStore } from './inbox-store';
import { useOutboxStore } from './outbox-store';
import { throttled } from './paged-store';

const RELOAD_MS = 300;

const reloadOutboxViews = throttled(() => {
  for (const store of [useCampaignsStore, useCampaignRecipientsStore, useOutboxStore]) {
    if (store.getState().loaded) void store.getState().load();
  }
  if (useCampaignStore.getState().id !== null) void useCampaignStore.getState().reload();
  if (useGatewayStore.getState().watching) void useGatewayStore.getState().loadStatus();
}, RELOAD_MS);

const reloadStatus = throttled(() => {
  if (useGatewayStore.getState().watching) void useGatewayStore.getState().loadStatus();
}, RELOAD_MS);

const reloadInbox = throttled(() => {
  if (useInboxStore.getState().loaded) void useInboxStore.getState().load();
}, RELOAD_MS);

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

export function receivedToast(payload: ServerEvents['messaging.received']): string {
  return `پیامک تازه از ${isolate(toPersianDigits(formatMobile(payload.number)))}: ${preview(payload.text)}`;
}

// The SMS events: lists and the campaign on screen reload (a few times a second at most), a new message is a toast.
export function handleMessagingEvent(event: ServerEvent): void {
  if (event.name === 'messaging.outboxChanged') reloadOutboxViews();
  else if (event.name === 'messaging.gatewayChanged') reloadStatus();
  else if (event.name === 'messaging.received') {
    reloadInbox();
    toast.info(receivedToast(event.payload));
  }
}
