export * from './fields';
export * from './plan';
