export { ClientScreen } from './ClientScreen';
export { ClientsScreen } from './ClientsScreen';
export { NewClientScreen } from './NewClientScreen';
