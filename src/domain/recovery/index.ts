export * from './steps';
export * from './checklist';
export * from './template';
export * from './economics';
export * from './delegation';
export * from './letters';
export * from './suggestions';
export * from './contacts';
