export * from './nps';
export * from './survey';
export * from './csvImport';
export * from './followUp';
