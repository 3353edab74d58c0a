export { PRINTING_PATH } from './paths';
export { PrintingScreen } from './PrintingScreen';
export { PrintMailButton } from './PrintMailButton';
