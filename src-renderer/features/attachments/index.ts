export { AttachmentClip } from './AttachmentClip';
export { AttachmentsPanel } from './AttachmentsPanel';
export { uploadFiles } from './attachment-files';
export { PartyPhoto } from './PartyPhoto';
