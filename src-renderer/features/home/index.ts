export { HomePage, type HomeLink } from './HomePage';
