/**
 * The words the writer's template prints (src/model/column-labels.ts, their one home) are words the
 * reader recognizes: a workbook or document we write reads back by what it says.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLASSIFICATION_HEADERS, ROW_HEADERS, THREE_PUBLIC_ITEMS, TOTAL_ROWS } from '../model/column-labels.js';
import { compact } from '../model/names.js';
import { columnMeaning } from './column-keys.js';
import { TOTAL_NAME } from './grid-table.js';
import { splitHeader } from './header.js';
import { gridRow } from './testing.js';
import { THREE_PUBLIC_ITEM } from './vocabulary.js';

describe("the writer's header words, as the reader reads them", () => {
  it('the code and name headers are the code and label columns', () => {
    for (const scheme of ['function', 'economic'] as const) {
      assert.equal(columnMeaning([CLASSIFICATION_HEADERS.code[scheme]]).key, 'code');
      assert.equal(columnMeaning([CLASSIFICATION_HEADERS.name[scheme]]).key, 'label');
    }
  });

  it('each header naming the rows opens the header of a tab-separated table too', () => {
    // A text dump has no grid to say where its header ends: its first word must be one the reader knows.
    for (const label of Object.values(ROW_HEADERS)) {
      const { headerRows } = splitHeader([gridRow(1, [label, '金额']), gridRow(2, ['A-货物', '3.00'])], 'tsv');
      assert.equal(headerRows.length, 1, label);
    }
  });

  it('the total rows are totals, 结转下年 an item', () => {
    const { carriedForward, ...totals } = TOTAL_ROWS;
    for (const name of Object.values(totals)) assert.ok(TOTAL_NAME.test(name), name);
    assert.ok(!TOTAL_NAME.test(carriedForward));
  });

  it('the 三公 items are 三公 items', () => {
    for (const item of THREE_PUBLIC_ITEMS) assert.ok(THREE_PUBLIC_ITEM.test(compact(item)), item);
  });
});
