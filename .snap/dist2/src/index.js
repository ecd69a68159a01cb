export { codeList, LIST_YEARS } from './codes/lists.js';
export { knownRenames, renamesOf } from './codes/renames.js';
export * from './model/index.js';
export { documentJson } from './model/serialize.js';
export { readDocument, readText } from './reader.js';
export { InputError } from './source/errors.js';
//# sourceMappingURL=index.js.map