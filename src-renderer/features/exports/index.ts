export { downloadFile, fileBlob } from './download-file';
export { DownloadIcon } from './DownloadIcon';
export { ExportMenu, FileMenu, type ExportMenuProps, type FileChoice } from './ExportMenu';
