/**
 * The category axis of a comparison chart 800 px wide: years stay level; the departments of
 * 普陀区 side by side, and one code across the store (six "department year" labels, as 2080502 gives
 * on a store of the samples and seeds), are turned instead of drawn over each other.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axisLabels } from './charts.js';

describe('the category axis', () => {
  it('keeps short labels level', () => {
    assert.deepEqual(axisLabels(['2024', '2025', '2026'], 800), { rotate: 0, bottom: 40 });
    assert.equal(axisLabels(['吉林省商务厅', '吉林省人民政府办公厅'], 800).rotate, 0);
  });

  it('turns labels that would run into each other, and makes room under the plot', () => {
    const labels = axisLabels(
      [
        '吉林省商务厅 2024',
        '广州市商务局 2026',
        '吉林省人民政府办公厅 2025',
        '上海市普陀区社会福利院 2024',
        '北京市商务局 2026',
        '上海市普陀区人民政府万里街道办事处 2024',
      ],
      800,
    );
    assert.equal(labels.rotate, 35);
    assert.equal(labels.width, 160);
    assert.ok(labels.bottom > 100 && labels.bottom < 130, String(labels.bottom));
  });

  it('turns a short label too when there are many', () => {
    const years = Array.from({ length: 30 }, (_, i) => `部门${i} 2024`);
    assert.equal(axisLabels(years, 800).rotate, 35);
  });
});
