import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NarrativeSection } from '../model/types.js';
import { readClaims } from './claims.js';

const section = (text: string): NarrativeSection[] => [
  { number: '一', heading: '财政拨款支出主要内容', text, source: { file: 'case.txt', line: 1 } },
];

describe('narrative claims', () => {
  it('reads a change stated only as a percentage between two stated figures', () => {
    const claims = readClaims(
      section('2023年当年预算执行数为711.34万元，2024年预算安排738.66万元，比2023年预算执行数增加3.84%。'),
    );
    const [change] = claims.changes;
    assert.equal(claims.changes.length, 1);
    assert.equal(change?.changeStated, false);
    assert.equal(change?.prior?.raw, '711.34');
    assert.equal(change?.change.raw, '27.32');
    assert.equal(change?.percent, '3.84');
    assert.equal(change?.direction, 1);
    // The prior-year outturn is not an amount of this year's budget.
    assert.deepEqual(
      claims.amounts.map((a) => a.amount.raw),
      ['738.66'],
    );
  });

  it('takes an unnamed restated figure as the item named before it', () => {
    const claims = readClaims(
      section(
        '“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。',
      ),
    );
    assert.deepEqual(
      claims.amounts.map((a) => a.amount.raw),
      ['350.35'],
    );
    assert.equal(claims.changes[0]?.subject?.amount.raw, '352.67');
    assert.match(claims.changes[0]?.subject?.label ?? '', /住房公积金/);
  });

  it('does not read a percentage with no prior figure as a change between figures', () => {
    const claims = readClaims(section('2024年预算安排738.66万元，比上年增加3.84%。'));
    assert.equal(claims.changes.length, 0);
  });

  it('reads a final account’s completion rate as a share of the budget', () => {
    const claims = readClaims(section('年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。'));
    const [share] = claims.shares;
    assert.equal(share?.amount.raw, '9746.50');
    assert.equal(share?.base?.amount.raw, '10210.34');
    assert.equal(share?.share, '95.45');
  });
  it('does not take the later year for the prior figure', () => {
    const claims = readClaims(section('2024年预算数为53.84万元，2023年预算数为54.60万元，比上年减少1.39%。'));
    assert.equal(claims.changes.length, 0);
  });

  it('reads a completion rate only as the outturn over the budget stated before it', () => {
    const claims = readClaims(section('支出决算为 9746.50 万元，年初预算为 10210.34 万元，完成年初预算的 95.45%。'));
    assert.equal(claims.shares.length, 0);
  });
  it('reads a change whose verb comes before what changed', () => {
    const claims = readClaims(section('基本支出减少8.93万元，主要是减少人员经费支出8.86万元，减少日常公用经费支出0.06万元。'));
    assert.deepEqual(
      claims.changes.map((c) => [c.label, c.direction, c.change.raw]),
      [
        ['基本支出', -1, '8.93'],
        ['人员经费支出', -1, '8.86'],
        ['日常公用经费支出', -1, '0.06'],
      ],
    );
    assert.equal(claims.amounts.length, 0);
  });
  it('ends a label at the 、 after an item stated without 万元 (政府采购工程预算为0、政府采购服务预算 439.51 万元)', () => {
    const claims = readClaims(section('政府采购货物预算7.2万元、政府采购工程预算为0、政府采购服务预算439.51万元。'));
    assert.deepEqual(
      claims.amounts.map((a) => a.label),
      ['政府采购货物', '政府采购服务'],
    );
  });
  it('takes the shares of a list of parts as shares of the whole before it, not of the first part (苏州 收入预算情况说明)', () => {
    const claims = readClaims(
      section(
        '收入预算合计 10,022.32 万元，包括本年收入 10,022.32 万元，上年结转结余 0 万元。其中：本年一般公共预算收入 9,078.52 万元，占 90.58%；本年政府性基金预算收入 943.8 万元，占 9.42%；',
      ),
    );
    assert.deepEqual(
      claims.shares.map((s) => [s.amount.raw, s.base?.amount.raw]),
      [
        ['9,078.52', '10,022.32'],
        ['943.8', '10,022.32'],
      ],
    );
  });
  it('leaves the whole unknown for a list of parts under a whole it names and no figure has (普陀 “三公”经费…决算中)', () => {
    const claims = readClaims(
      section(
        '“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元。“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务接待费支出决算0.39万元，占100.00%。',
      ),
    );
    assert.deepEqual(
      claims.shares.map((s) => [s.amount.raw, s.base?.amount.raw ?? null]),
      [
        ['0.00', '2.85'],
        ['0.39', null],
      ],
    );
  });
  it('reads no claim in a threshold worded otherwise (价值50万元（原值）以上, 3000.00万元及以下, 50万元以上)', () => {
    const claims = readClaims(
      section(
        '单位价值50万元（原值）以上的通用设备0台，单位价值100万元以上专用设备1台。政府采购限额3000.00万元及以下的项目由单位自行采购，政府采购预算12.00万元。',
      ),
    );
    assert.deepEqual(
      claims.amounts.map((a) => a.amount.raw),
      ['12.00'],
    );
  });
  it('reads no claim in a threshold (单价100万元（含）以上设备)', () => {
    const claims = readClaims(section('单位预算安排购置单价100万元（含）以上设备（不含车辆）0台（套），政府采购预算19.00万元。'));
    assert.deepEqual(
      claims.amounts.map((a) => a.amount.raw),
      ['19.00'],
    );
  });
  it('lets a change of the year’s budget as a whole be of the section’s first figure (长春 p17)', () => {
    const claims = readClaims(
      section(
        '2026年预算收入1682.76万元。2026年预算支出1682.76万元，其中基本支出预算1208.20万元；项目支出预算474.56万元。2026年预算比2025年预算增加50.32万元，增长3.08%。',
      ),
    );
    const [change] = claims.changes;
    assert.equal(change?.subject?.amount.raw, '474.56');
    assert.deepEqual(
      change?.alternatives.map((c) => c.amount.raw),
      ['474.56', '1682.76'],
    );
  });
  it('takes the figures in a parenthesis right after a figure as its parts, and the change after the “）” as its (广州 商务局)', () => {
    const claims = readClaims(
      section(
        '公务用车购置及运行维护费9.73万元（公务用车购置费0万元，比上年增加0万元；公务用车运行维护费9.73万元，比上年减少0.05万元。）比上年减少0.05万元，下降0.5%，主要原因是与上年基本持平；公务接待费44.9万元，比上年增加0万元。',
      ),
    );
    assert.deepEqual(
      claims.amounts.map((a) => [a.label, a.enclosedBy?.label ?? null]),
      [
        ['公务用车购置及运行维护费', null],
        ['公务用车购置费', '公务用车购置及运行维护费'],
        ['公务用车运行维护费', '公务用车购置及运行维护费'],
        ['公务接待费', null],
      ],
    );
    assert.deepEqual(
      claims.changes.map((c) => [c.label, c.subject?.amount.raw, c.named, c.percent]),
      [
        ['公务用车购置费', '0', false, null],
        ['公务用车运行维护费', '9.73', false, null],
        ['公务用车购置及运行维护费', '9.73', false, '0.5'],
        ['公务接待费', '44.9', false, null],
      ],
    );
  });
  it('gives each figure the title its numbered paragraph opens with (北京 财政局 2026, 三公 section)', () => {
    const claims = readClaims(
      section(
        [
          '2026 年财政拨款“三公”经费预算 223.80 万元。其中：',
          '（一）因公出国（境）费用。2026 年预算数 127.74 万元，主要用于公共管理政策交流等工作。',
          // 北京 发改委: a justified line spaces out the numbering too.
          '（三 ）公务 用车购 置和 运行维 护费。 2026年预 算数87.13万元，包括公务用车购置费预算18.69万元。',
          '（四）本年财政拨款收入 515,256.66 万元',
          '1.一般公共预算拨款收入 19,756.66 万元。',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      claims.amounts.map((a) => [a.amount.raw, a.paragraphHeading]),
      [
        ['223.80', undefined],
        ['127.74', '因公出国(境)费用'],
        ['87.13', '公务用车购置和运行维护费'],
        ['18.69', '公务用车购置和运行维护费'],
        // A numbered line opening with its figure has no title; nor has the item numbered under it.
        ['515,256.66', undefined],
        ['19,756.66', undefined],
      ],
    );
  });

  it('lists nothing by a parenthesis that is not opened right after a figure or is not closed', () => {
    const claims = readClaims(
      section(
        '因公出国（境）费25.16万元，公务用车购置及运行维护费364.17万元，其中（公务用车购置费18万元，公务用车运行维护费346.17万元）。公务接待费10.55万元（公务接待批次50批次，接待费用10.55万元',
      ),
    );
    assert.deepEqual(
      claims.amounts.filter((a) => a.enclosedBy).map((a) => a.label),
      [],
    );
  });
});
