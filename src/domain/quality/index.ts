export * from './servqual';
export * from './assessment';
export * from './promise';
export * from './clientFit';
export * from './servqualInstrument';
