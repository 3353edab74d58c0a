export { downloadFile, fileBlob } from './download-file';
export { DownloadIcon } from './DownloadIcon';
export { ExportMenu, type ExportMenuProps } from './ExportMenu';
