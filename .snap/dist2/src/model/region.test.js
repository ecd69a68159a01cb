import assert from 'node:assert/strict';
import { test } from 'node:test';
import { regionOf } from './region.js';
// Department names and titles as the corpus and the seeds print them.
test('a province, a city, a district', () => {
    assert.deepEqual(regionOf('吉林省商务厅', ''), { name: '吉林省', level: 'province' });
    assert.deepEqual(regionOf('阳泉市商务局', ''), { name: '阳泉市', level: 'city' });
    assert.deepEqual(regionOf('广州市越秀区财政局', ''), { name: '广州市越秀区', level: 'county' });
    assert.deepEqual(regionOf('上海市浦东新区教育局', ''), { name: '上海市浦东新区', level: 'county' });
    assert.deepEqual(regionOf('广西壮族自治区财政厅', ''), { name: '广西壮族自治区', level: 'province' });
});
test('words that contain a place suffix are no place', () => {
    assert.deepEqual(regionOf('北京市市场监督管理局', ''), { name: '北京市', level: 'city' });
    assert.deepEqual(regionOf('湖州市城市管理和综合执法局', ''), { name: '湖州市', level: 'city' });
    assert.deepEqual(regionOf('北京市社区服务中心', ''), { name: '北京市', level: 'city' });
    assert.equal(regionOf('市场监督管理局', ''), null);
});
test('the party prefix is passed over; the title stands in for a missing department', () => {
    assert.deepEqual(regionOf('中共北京市委宣传部', ''), { name: '北京市', level: 'city' });
    assert.deepEqual(regionOf(null, '2026年烟台市财政局部门预算'), { name: '烟台市', level: 'city' });
    assert.equal(regionOf(null, '部门预算'), null);
});
//# sourceMappingURL=region.test.js.map