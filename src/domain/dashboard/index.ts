export * from './period';
export * from './pareto';
