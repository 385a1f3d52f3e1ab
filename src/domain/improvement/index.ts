export * from './action';
