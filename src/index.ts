export { type CodeEntry, codeList, type Scheme } from './codes/lists.js';
export * from './model/index.js';
export { documentJson } from './model/serialize.js';
export { readDocument, readText } from './reader.js';
export { InputError } from './source/errors.js';
