export * from './period';
export * from './pareto';
export * from './service';
export * from './promises';
export * from './silence';
export * from './tally';
