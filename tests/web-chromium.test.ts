/**
 * The web page's browser tests, in one process with one Chromium (a context per suite): the report
 * page (web-browser.ts), uploads stored and deleted (web-uploads.ts), the corpus browser and the
 * comparisons (web-corpus.ts), 北京's two files (web-parts.ts), in that order. One file, since the test runner starts a process per
 * file: three files paid three Node starts and three browser starts. Screenshots go to
 * test-artifacts/web/ (git-ignored; .ci/run keeps them and names the folder at the end of its run),
 * and the last test checks that this run wrote one of every page the issue names. Each suite
 * skips, naming what is missing, without /usr/bin/chromium.
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pairMissing } from './beijing-pair.js';
import { ARTIFACTS, chromiumMissing, closeChromium } from './chromium.js';
import './web-browser.js';
import './web-uploads.js';
import './web-corpus.js';
import './web-parts.js';

after(closeChromium);

/** The pages the issue asks screenshots of, with the files the suites save them as. */
const NAMED: Record<string, string[]> = {
  upload: ['1-upload.png'],
  'report with findings boxed': ['2-report-pdf.png', '2b-cells-boxed.png', 'uploads-1-stored-cells.png'],
  'claim followed to its cell': ['3-claim-to-cell.png', '10-stored-report-claim.png'],
  'comparison chart': ['11-compare-department.png', '12-compare-region.png', '13-compare-code.png'],
  export: ['11b-export.png', '11b-export.csv', '11b-export.xlsx', '11c-export-all-kinds.csv'],
};

/** The pages of 北京's two files, when ../shared/corpus is there to give them. */
if (!pairMissing)
  Object.assign(NAMED, {
    'two files: a finding on each': ['parts-1-narrative-finding.png', 'parts-2-cell-on-tables.png', 'parts-3-claim.png'],
    'two files uploaded together': ['parts-5-uploaded-together.png'],
  });

const started = Date.now() - performance.now();

describe('the browser tests leave their artifacts', { skip: chromiumMissing }, () => {
  it('a screenshot of every page the issue names, written by this run', () => {
    const missing: string[] = [];
    for (const [page, files] of Object.entries(NAMED))
      for (const file of files) {
        const written = statSync(join(ARTIFACTS, file), { throwIfNoEntry: false });
        if (!written || written.mtimeMs < started || written.size === 0) missing.push(`${page}: ${file}`);
      }
    assert.deepEqual(missing, []);
  });
});
