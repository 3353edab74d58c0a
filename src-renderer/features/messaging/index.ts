export { handleMessagingEvent } from './messaging-live';
export { MessagingScreen } from './MessagingScreen';
export { MESSAGING_PATH } from './paths';
export { SendSmsAction } from './SendSmsDialog';
