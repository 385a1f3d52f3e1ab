export { FirstRunGate } from './FirstRunGate';
