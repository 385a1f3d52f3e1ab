export { ClientScreen } from './ClientScreen';
export { ClientsScreen } from './ClientsScreen';
export { NewClientScreen } from './NewClientScreen';
export { formatDay, formatEuro } from './format';
export { kindLabel } from './labels';
