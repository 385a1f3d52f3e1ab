export * from './table';
export { toXlsx } from './xlsx';
