/** Which file of a report an origin is on: 北京's 情况说明 and 报表 read as one document, or a document of one file. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Report, ReportFile } from './api.js';
import { baseName, fileOf, severalFiles } from './document-files.js';

const file = (part: number, name: string, holds: ReportFile['holds']): ReportFile => ({
  part,
  file: name,
  format: 'pdf',
  holds,
  pdf: `/api/documents/x/files/${part}`,
});
const report = (files: ReportFile[]) => ({ files }) as unknown as Report;

describe('the file of an origin', () => {
  const sm = file(0, '/corpus/beijing/xinfang-2026-sm.pdf', 'narrative');
  const bb = file(1, '/corpus/beijing/xinfang-2026-bb.pdf', 'tables');
  const beijing = report([sm, bb]);

  it('is the file the origin names, of two', () => {
    assert.equal(fileOf(beijing, { file: sm.file, page: 3 }), sm);
    assert.equal(fileOf(beijing, { file: bb.file, page: 7 }), bb);
    assert.equal(severalFiles(beijing), true);
  });

  it('is none when the origin names another file of two, or there is no origin', () => {
    assert.equal(fileOf(beijing, { file: 'xinfang-2026-bb.pdf', page: 7 }), undefined);
    assert.equal(fileOf(beijing, undefined), undefined);
  });

  it('is the only file of a document of one, whatever the origin names', () => {
    const one = file(0, 'a.pdf', null);
    assert.equal(fileOf(report([one]), { file: 'a.pdf', page: 1 }), one);
    assert.equal(fileOf(report([one]), { file: '', line: 3 }), one);
    assert.equal(severalFiles(report([one])), false);
    assert.equal(fileOf(report([]), { file: 'a.pdf' }), undefined);
  });

  it('names a file by its base name, with either kind of slash', () => {
    assert.equal(baseName('/corpus/beijing/xinfang-2026-sm.pdf'), 'xinfang-2026-sm.pdf');
    assert.equal(baseName('C:\\docs\\报表.pdf'), '报表.pdf');
  });
});
