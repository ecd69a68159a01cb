export { type CodeEntry, type Coverage, codeList, LIST_YEARS, type Scheme } from './codes/lists.js';
export { knownRenames, type Rename, renamesOf } from './codes/renames.js';
export * from './model/index.js';
export { documentJson } from './model/serialize.js';
export { readDocument, readText } from './reader.js';
export { InputError } from './source/errors.js';
