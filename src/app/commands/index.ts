export { CommandCenter } from './CommandCenter';
