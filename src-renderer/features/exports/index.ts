export { downloadFile, fileBlob } from './download-file';
export { printFile } from './print-file';
export { DownloadIcon } from './DownloadIcon';
export { ExportMenu, FileMenu, type ExportMenuProps, type FileChoice } from './ExportMenu';
export { PrintListButton } from './PrintListButton';
