export * from './decision-aid/index.js';
export * from './question-list/index.js';
export * from './visit-prep/index.js';
