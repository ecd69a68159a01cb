export * from './amount.js';
export * from './names.js';
export * from './types.js';
//# sourceMappingURL=index.js.map