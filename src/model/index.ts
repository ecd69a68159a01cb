export * from './types.js';
export * from './amount.js';
export * from './names.js';
