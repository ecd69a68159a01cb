import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../tests/paths.js';
import { normalizeName } from '../model/names.js';
import { COMPILED_FILE, compileData } from './compiled-data.js';
import { parseCsv } from './csv.js';
import { dataNameKey, nameKey, readDataColumns, readDataCsv } from './data-files.js';

const SOURCE = join(projectRoot, 'src', 'codes', 'data');

describe('compiled data files', () => {
  it('holds each CSV as parseCsv reads it, and normalizeName of every name column', () => {
    // A renamed line's two names, as function-renames.csv writes them (full-width brackets NFKC maps).
    const compiled = compileData({
      'x-renames.csv': 'old_code,old_name,new_name\n2080199,其他人力资源和社会保障管理事务支出,"（一）其他 支出"\n',
      'x-2024.csv': 'code,name,level\n201,一般公共服务支出,1\n',
    });
    assert.deepEqual(Object.keys(compiled.tables), ['x-2024.csv', 'x-renames.csv']);
    assert.deepEqual(compiled.tables['x-2024.csv'], {
      columns: ['code', 'name', 'level'],
      rows: [['201', '一般公共服务支出', '1']],
    });
    // Only the names normalisation changes are written; the others are their own key.
    assert.deepEqual(compiled.nameKeys, { '（一）其他 支出': '其他支出' });
  });

  it('the build wrote it from the CSVs as they are now, and the reader takes rows and keys from it', () => {
    const built = join(projectRoot, 'dist', 'src', 'codes', 'data', COMPILED_FILE);
    assert.ok(existsSync(built), `${built} is missing: npm run build`);
    const files = Object.fromEntries(
      readdirSync(SOURCE)
        .filter((f) => f.endsWith('.csv'))
        .map((f) => [f, readFileSync(join(SOURCE, f), 'utf8')]),
    );
    assert.deepEqual(JSON.parse(readFileSync(built, 'utf8')), compileData(files));
    for (const [file, text] of Object.entries(files)) assert.deepEqual(readDataCsv(file), parseCsv(text), file);
    for (const text of Object.values(files))
      for (const row of parseCsv(text))
        for (const name of [row.name, row.old_name, row.new_name])
          if (name) {
            assert.equal(nameKey(name), normalizeName(name), name);
            // A year's list keys its names so (lists.ts): every name it holds is one of these.
            assert.equal(dataNameKey(name), normalizeName(name), name);
          }
    for (const [file, text] of Object.entries(files)) {
      const records = parseCsv(text);
      const columns = Object.keys(records[0] ?? {});
      assert.deepEqual(readDataColumns(file), { columns, rows: records.map((r) => columns.map((c) => r[c])) }, file);
    }
    assert.equal(readDataColumns('no-such-list.csv'), null);
    assert.equal(nameKey('（一）行政运行'), normalizeName('（一）行政运行'));
    assert.equal(readDataCsv('no-such-list.csv'), null);
  });
});
