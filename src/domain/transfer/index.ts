export * from './table';
export { readXlsx, toXlsx } from './xlsx';
export * from './readTable';
