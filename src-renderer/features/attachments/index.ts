export { AttachmentsPanel } from './AttachmentsPanel';
export { PartyPhoto } from './PartyPhoto';
