export * from './anonymise';
export * from './mentions';
export * from './retention';
