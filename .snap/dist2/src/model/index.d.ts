export * from './amount.js';
export * from './names.js';
export * from './types.js';
