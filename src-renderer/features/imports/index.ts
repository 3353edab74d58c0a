export { IMPORT_PAGES } from './import-kind';
export { ImportPage } from './ImportPage';
