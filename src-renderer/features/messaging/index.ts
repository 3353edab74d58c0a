export { handleMessagingEvent } from './messaging-live';
export { MessagingScreen } from './MessagingScreen';
export { MESSAGING_PATH } from './paths';
export { SendSmsAction } from './SendSmsDialog';
// Shared with the telephony screens (lists, status cards, settings forms).
export { count, isolate, When } from './format';
export { ListError } from './ListError';
export { createPagedStore, throttled } from './paged-store';
export { Pager } from './Pager';
export { useSaveForm } from './use-save-form';
// Shared with the occasions page's greeting SMS (features/tasks): a campaign to the people chosen there.
export { MessageEditor } from './MessageEditor';
export { campaignPath } from './paths';
export { PreviewPanel } from './PreviewPanel';
