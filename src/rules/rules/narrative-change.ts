import { atScale, formatScaled, parseAmount } from '../../model/amount.js';
import type { Amount } from '../../model/types.js';
import { type AmountClaim, type ChangeClaim, readClaims } from '../../narrative/claims.js';
import { contradictedReasons } from '../../narrative/reasons.js';
import { OPPOSITE_WORD, WORD_BEFORE_FIGURE } from '../../recognize/narrative-vocabulary.js';
import { type ChangeSum, changeSums } from '../change-sums.js';
import { cellOfAmount } from '../claim-cell.js';
import { partSums } from '../part-sums.js';
import type { Report, Rule, RuleContext } from '../types.js';
import { reportUnverified, type Unverified } from '../unverified.js';
import { percentOf } from './narrative-share.js';
import { zeroFundContradictions } from './zero-fund.js';

/**
 * A stated change (比上年增加/减少 x 万元, 增长/下降 y%) agrees with the figures it states: the
 * prior-year figure when given, and the percentage x / (current ∓ x). A change the document gives
 * nothing to check against is noted (info), once per narrative section.
 */
export const narrativeChange: Rule = {
  meta: {
    id: 'narrative-change',
    title: { zh: '说明中的增减变化', en: 'Year-on-year changes in the narrative' },
    description: {
      zh: '“比上年增加/减少 x 万元，增长/下降 y%”：给出上年数时，本年数 − 上年数 = 增减额；增减百分比 = 增减额 ÷ 上年数（上年数 = 本年数 ∓ 增减额），允许末位差 1；只给出上年数、本年数和增减百分比（“比2023年预算执行数增加3.84%”）时，核对方向与百分比；同一段中该项先称 X 万元、句中又称本年预算安排 Y 万元而两者不同时，报告这一前后不一致（不再另报百分比）。无从核对（只有增减额、无百分比或上年数）的说法无法核实：每个说明章节列为一条提示（info）；表格给出为 0 的资金（政府性基金、国有资本经营）称比上年增加的，由 zero-fund 报告为错误，不再列为提示。同一分句（以；分开）先说总数的增减、再列两个以上分项的增减（“支出比上年增加 2,515.39 万元，主要是基本支出增加 1,252.5 万元，项目支出增加 1,262.89 万元”）：各分项增减相加等于总数增减时，这些增减即已核对；不相等、而恰好只把一个增减词反过来（增加 ↔ 减少）就相等时，报告该词为警告。只列主要原因的分项可能不全，所以仅是相加不等不报告；“财政拨款收入支出增加的主要原因是：人员经费增加 187 万元，公用经费减少 13 万元，项目经费减少 105 万元”所列原因，以前文所述该项的增减为总数，同样核对。先述总数及其增减、随后（“其中：”或“…中，”）逐项列出金额与增减（“与上年持平”为 0）且各项金额相加正好等于总数的（上海“三公”经费：143.14 = 109.14 + 14.00 + 20.00），所列即为全部分项，各项增减之和应等于总数的增减：恰好只把一个增减词反过来就相等时报告该词，否则报告这组增减对不上（均为警告）。紧跟在总数后的括号里列出的分项（广州：“公务用车购置及运行维护费9.73万元（公务用车购置费0万元，比上年增加0万元；公务用车运行维护费9.73万元，比上年减少0.05万元。）比上年减少0.05万元”）按括号认定为该总数的一组分项，括号后的增减属于该总数；各项金额相加等于总数时同样核对，括号里的分项不再算作上一级的分项。“比上年预算 2,920.59 万元，减少 878.04 万元，下降 30%”中的 2,920.59 是上年数，不是本年数；本年数印成“XXX 万元”时，增减不再归到前面其他数字上，百分比按上年数核对。增减额与其后百分比的用词方向相反（“比上年增加4.88万元，下降0.9%”）为错误：小的增减按两个方向算出的百分比常舍入成同一个数，只有用词能看出；“降低”“上升”同样读作百分比的用词。说明增减原因的分句（“财政拨款收入支出减少的主要原因是”“3.收支预算较上年减少的主要原因”“减少的主要原因是”）属于它前面的增减：点名的（“收入支出”“收支”即收入和支出）归到前文最后一次说到该项的增减，未点名的归到紧挨在前、中间没有别的增减用词的比上年增减；原因所说方向（增加、减少、持平）与该增减不同时报告为警告。点名的项前文没有说到增减的，不归到别的增减上。',
      en: 'For "比上年增加/减少 x 万元, 增长/下降 y%": current − prior = change when the prior figure is stated; the percentage = change / prior (prior = current ∓ change), within one unit of the last digit; when only the two figures and a percentage are stated ("比2023年预算执行数增加3.84%"), the direction and the percentage are checked; when the paragraph first gives the item as X 万元 and the sentence then gives this year’s budget as another Y 万元, that contradiction is reported (and no percentage besides). A change with nothing to check it against is unverifiable: one note (info) per narrative section lists them; an increase of a fund the tables give as 0 (政府性基金, 国有资本经营) is an error of zero-fund instead, not a note. A clause (split at ；) stating a whole’s change and then two or more parts’ changes ("支出比上年增加 2,515.39 万元，主要是基本支出增加 1,252.5 万元，项目支出增加 1,262.89 万元"): when the parts’ signed changes add up to the whole’s, they are checked; when they do not, but turning exactly one direction word (增加 ↔ 减少) makes them add up, that word is reported (warning). A list of main reasons may leave parts out, so a sum that merely misses is not reported; the reasons of a change stated before ("财政拨款收入支出增加的主要原因是：人员经费增加 187 万元，公用经费减少 13 万元，项目经费减少 105 万元") are checked against that change the same way. A whole stated with its change, then (after "其中：" or "…中，") its parts each with an amount and a change ("与上年持平" is 0), the parts’ amounts adding up to the whole’s (上海 “三公”经费: 143.14 = 109.14 + 14.00 + 20.00): the list is complete, so the parts’ changes must add up to the whole’s; the one word that, turned, makes them agree is reported, else the miss (warnings). Parts printed in a parenthesis right after their whole (广州: "公务用车购置及运行维护费9.73万元（公务用车购置费0万元，比上年增加0万元；公务用车运行维护费9.73万元，比上年减少0.05万元。）比上年减少0.05万元") are one list by the parenthesis, and the change after the "）" is the whole’s; checked the same way when their amounts add up to the whole, and not counted again as parts of the list above it. In "比上年预算 2,920.59 万元，减少 878.04 万元，下降 30%" 2,920.59 is the prior figure, not this year’s; when this year’s figure is printed "XXX 万元" the change is not given to another figure before it, and the percentage is checked against the prior. A change and the percentage after it said two ways ("比上年增加4.88万元，下降0.9%") is an error: the percentages of a small change either way often round alike, only the words tell; 降低 and 上升 are read as a percentage’s words too. A clause giving the reasons of a change ("财政拨款收入支出减少的主要原因是", "3.收支预算较上年减少的主要原因", "减少的主要原因是") belongs to the change before it: one that names its subject ("收入支出", "收支": the income and the spending) to the last change stated of it, one that names nothing to the change against last year just before it with no other direction word between; a reason saying another way (增加, 减少, 持平) than its change is a warning. A subject named with no change stated before is not given another change.',
    },
    severity: 'error',
    tags: ['narrative'],
    messages: {
      percent: {
        zh: '情况说明“{heading}”：{subject} {current} 万元，增减 {change} 万元，按上年 {prior} 万元应为 {expected}%，说明中为 {actual}%',
        en: 'Narrative "{heading}": {subject} {current} 万元 changed by {change} 万元; against the prior {prior} 万元 that is {expected}%, the text says {actual}%',
      },
      percentOfPrior: {
        zh: '情况说明“{heading}”：{subject}比上年 {prior} 万元增减 {change} 万元，应为 {expected}%，说明中为 {actual}%',
        en: 'Narrative "{heading}": {subject} changed by {change} 万元 from the prior {prior} 万元; that is {expected}%, the text says {actual}%',
      },
      prior: {
        zh: '情况说明“{heading}”：{subject} {current} 万元与上年 {prior} 万元相差 {expected} 万元，说明中为 {actual} 万元',
        en: 'Narrative "{heading}": {subject} {current} 万元 against the prior {prior} 万元 is a change of {expected} 万元; the text says {actual} 万元',
      },
      direction: {
        zh: '情况说明“{heading}”：{subject}从上年 {prior} 万元到 {current} 万元是{actualWord}，说明中却说{word}',
        en: 'Narrative "{heading}": {subject} goes from {prior} 万元 last year to {current} 万元, yet the text says it moved the other way ({word})',
      },
      rounding: {
        zh: '情况说明“{heading}”：{subject} {current} 万元与上年 {prior} 万元相差 {expected} 万元，说明中为 {actual} 万元，属四舍五入误差',
        en: 'Narrative "{heading}": {subject} {current} 万元 against the prior {prior} 万元 is a change of {expected} 万元; the text says {actual} 万元, within rounding',
      },
      restated: {
        zh: '情况说明“{heading}”：{subject} 先称 {expected} 万元，同段又称本年预算安排 {actual} 万元，前后不一致',
        en: 'Narrative "{heading}": {subject} is first stated as {expected} 万元, then, in the same paragraph, as this year’s budget of {actual} 万元',
      },
      sum: {
        zh: '情况说明“{heading}”：{whole}{wholeWord} {wholeChange} 万元，所列各项的增减合计 {sum} 万元；“{part}”若是{turned} {partChange} 万元则正好相符，说明中却说{word}',
        en: 'Narrative "{heading}": {whole} changed by {wholeChange} 万元 ({wholeWord}) while the changes listed for its parts add up to {sum} 万元; they agree if "{part}" moved the other way ({turned} {partChange} 万元), yet the text says {word}',
      },
      percentWord: {
        zh: '情况说明“{heading}”：{subject}比上年{word} {change} 万元，百分比却说{percentWord} {percent}%',
        en: 'Narrative "{heading}": {subject} changed by {change} 万元 ({word}), yet its percentage says {percentWord} {percent}%',
      },
      reason: {
        zh: '情况说明“{heading}”：{changes}，其后却说明“{reason}”，与所述增减方向相反',
        en: 'Narrative "{heading}": {changes}, yet the reason given after it is for a change the other way ("{reason}")',
      },
      parts: {
        zh: '情况说明“{heading}”：{whole}{wholeWord} {wholeChange} 万元，其各项金额合计正好等于{whole}，各项比上年的增减（持平为 0）合计却为 {sum} 万元',
        en: 'Narrative "{heading}": {whole} changed by {wholeChange} 万元 ({wholeWord}); its parts, whose amounts add up to it, changed by {sum} 万元 together (持平 counted as 0)',
      },
      unverifiable: {
        zh: '情况说明“{heading}”中有 {count} 处比上年增减，文件中没有可核对的上年数：{items}',
        en: 'Narrative "{heading}" states {count} change(s) against last year with no prior-year figure to check them: {items}',
      },
    },
  },
  check(context) {
    const unverified: Unverified[] = [];
    // An increase of a fund the tables give as 0 is zero-fund's error, not an unverifiable change.
    const contradicted = new Set(zeroFundContradictions(context.doc).map((z) => z.claim));
    const claims = readClaims(context.doc.narrative);
    const changes = claims.changes;
    const sums = [...changeSums(changes), ...partSums(claims)];
    // A change whose parts’ changes, listed with it, add up to it (or would with one word turned) is checked by them.
    const summed = new Set(sums.filter((s) => s.agrees || s.flipped || s.complete).flatMap((s) => [s.whole, ...s.parts]));
    reportSums(context, sums);
    for (const r of contradictedReasons(context.doc.narrative, claims)) {
      const changes = r.changes.map((c) => `${c.label}${c.word}${c.figure === '' ? '' : ` ${c.figure}`}`).join('、');
      context.report({
        messageId: 'reason',
        severity: 'warning',
        data: { heading: r.section.heading, changes, reason: r.text },
        expected: r.changes.map((c) => c.word).join('、'),
        actual: r.word,
        source: r.section.source,
      });
    }
    const note = (c: ChangeClaim, subject: string) => {
      if (!contradicted.has(c) && !summed.has(c))
        unverified.push({ section: c.section, item: `“${subject}”${c.direction > 0 ? '增加' : '减少'} ${c.change.raw} 万元` });
    };
    for (const c of changes) {
      if (c.contradictory || c.direction === 0) continue; // the wording rule reports these
      // "比上年增加4.88万元，下降0.9%": the change and its percentage go two ways.
      if (c.percentDirection && c.percentDirection !== c.direction && c.change.scaled !== 0n) {
        context.report({
          messageId: 'percentWord',
          data: {
            heading: c.section.heading,
            subject: c.label,
            word: word(c),
            change: c.change.raw,
            percentWord: c.percentWord ?? '',
            percent: c.percent ?? '',
          },
          expected: word(c),
          actual: c.percentWord ?? '',
          source: c.section.source,
        });
        continue;
      }
      // One paragraph giving the item two figures: that is the fact to report, whichever the change used.
      if (c.restates && c.subject) {
        context.checked?.({
          source: c.section.source,
          heading: c.section.heading,
          label: c.restates.label,
          stated: c.subject.amount.raw,
          expected: c.restates.amount.raw,
          ...cellOfAmount(context.doc, c.restates),
          agrees: false,
        });
        context.report({
          messageId: 'restated',
          data: {
            heading: c.section.heading,
            subject: c.restates.label,
            expected: c.restates.amount.raw,
            actual: c.subject.amount.raw,
          },
          expected: c.restates.amount.raw,
          actual: c.subject.amount.raw,
          source: c.section.source,
        });
        continue;
      }
      // A change clause with its own subject and no amount of it ("基本支出减少 8.93 万元") has nothing to check against.
      const candidates = c.label && c.subject && c.label !== c.subject.label ? [] : c.alternatives;
      if (candidates.length === 0) {
        if (c.percent === null && !c.prior) note(c, c.label);
        // The figure itself unreadable ("预算为XXX万元，比上年预算2,920.59万元，减少878.04万元，下降30%"): the percentage still follows from the prior.
        const problem = c.prior && c.changeStated ? percentProblem(c, c.label, c.prior, c.change.scale) : null;
        if (problem) context.report({ ...problem, source: c.section.source });
        continue;
      }
      const problems = candidates.map((subject) => verify(c, subject));
      const agreeing = problems.indexOf(null);
      const first = problems[0];
      if (agreeing < 0 && first?.messageId === 'unverifiable') {
        note(c, String(first.data?.subject ?? c.label));
        continue;
      }
      const subject = candidates[Math.max(agreeing, 0)] as AmountClaim;
      context.checked?.({
        source: c.section.source,
        heading: c.section.heading,
        label: subject.label,
        stated: c.changeStated ? c.change.raw : `${c.percent ?? ''}%`,
        figure: 'change',
        ...(agreeing < 0 && first?.expected !== undefined ? { expected: first.expected } : {}),
        ...cellOfAmount(context.doc, subject),
        agrees: agreeing >= 0,
      });
      if (agreeing >= 0 || !first) continue;
      context.report({ ...first, source: c.section.source, about: [subject] });
    }
    reportUnverified(context, 'unverifiable', unverified);
  },
};

/** The direction word a change is printed with (增加, 减少, 增长, 下降), or the one its direction means. */
const word = (c: ChangeClaim) => WORD_BEFORE_FIGURE.exec(c.sentence.slice(0, c.at))?.[1] ?? (c.direction > 0 ? '增加' : '减少');

/**
 * Each word that, turned, makes a whole’s change the sum of its parts’, once; then each complete list of
 * parts (their amounts tie) whose changes miss the whole’s with no one word to blame, unless a word of it
 * was reported already (a part that is itself a whole of parts is in two lists).
 */
function reportSums(context: RuleContext, sums: ChangeSum[]): void {
  const turned = new Set<ChangeClaim>();
  for (const s of sums) {
    if (!s.flipped || turned.has(s.flipped)) continue;
    turned.add(s.flipped);
    reportTurned(context, s, s.flipped);
  }
  for (const s of sums) {
    if (!s.complete || s.agrees || s.flipped || [s.whole, ...s.parts].some((t) => turned.has(t))) continue;
    context.report({ messageId: 'parts', severity: 'warning', data: wholeData(s), ...sumPlace(s) });
  }
}

/** What both sum messages say of the whole: its section, its subject and change, and the parts' sum. */
function wholeData(s: ChangeSum): Record<string, string> {
  const { whole } = s;
  return {
    heading: whole.section.heading,
    whole: whole.label,
    wholeWord: word(whole),
    wholeChange: whole.change.raw,
    sum: s.sum,
  };
}

/** Where a sum finding points, and the figures it compares: the whole's stated change against the parts'. */
function sumPlace(s: ChangeSum): Pick<Report, 'expected' | 'actual' | 'source'> {
  return { expected: s.target, actual: s.sum, source: s.whole.section.source };
}

/** The one direction word that, turned, makes a whole’s change the sum of its parts' (change-sums.ts). */
function reportTurned(context: RuleContext, s: ChangeSum, turned: ChangeClaim): void {
  context.report({
    messageId: 'sum',
    severity: 'warning',
    data: {
      ...wholeData(s),
      part: turned.label,
      turned: OPPOSITE_WORD[word(turned)] ?? '',
      partChange: turned.change.raw,
      word: word(turned),
    },
    ...sumPlace(s),
  });
}

type Problem = Omit<Report, 'source'>;

/** null when the change agrees with this subject, else what disagrees. */
function verify(c: ChangeClaim, subject: AmountClaim): Problem | null {
  const heading = c.section.heading;
  const base = { heading, subject: subject.label, change: c.change.raw, current: subject.amount.raw };
  const scale = Math.max(subject.amount.scale, c.change.scale, c.prior?.scale ?? 0);
  const current = atScale(subject.amount, scale);
  const change = atScale(c.change, scale) * BigInt(c.direction);
  if (c.prior && !c.changeStated) {
    // Only the percentage is stated: the figures must at least move the way the text says.
    const moved = current - atScale(c.prior, scale);
    if (moved !== 0n && moved > 0n !== c.direction > 0) {
      return {
        messageId: 'direction',
        data: { ...base, prior: c.prior.raw, word: c.direction > 0 ? '增加' : '减少', actualWord: moved > 0n ? '增加' : '减少' },
        expected: formatScaled(moved, scale),
        actual: formatScaled(change, scale),
      };
    }
  } else if (c.prior) {
    const prior = atScale(c.prior, scale);
    const off = current - prior - change;
    // Three figures each rounded to the printed unit: their difference may miss by one unit.
    const unit = 10n ** BigInt(scale - Math.min(subject.amount.scale, c.change.scale, c.prior.scale));
    if (off !== 0n) {
      return {
        messageId: off >= -unit && off <= unit ? 'rounding' : 'prior',
        difference: formatScaled(off, scale),
        ...(off >= -unit && off <= unit ? { severity: 'info' as const } : {}),
        data: {
          ...base,
          prior: c.prior.raw,
          expected: formatScaled(current - prior, scale),
          actual: formatScaled(change, scale),
        },
        expected: formatScaled(current - prior, scale),
        actual: formatScaled(change, scale),
      };
    }
  }
  if (c.percent === null) {
    return c.prior ? null : { messageId: 'unverifiable', data: base };
  }
  const prior = current - change;
  return percentProblem(c, subject.label, { raw: formatScaled(prior, scale), scaled: prior, scale }, scale, subject.amount.raw);
}

/** The stated percentage against change ÷ prior; null when it agrees within one unit of its last digit. */
function percentProblem(c: ChangeClaim, subject: string, prior: Amount, scale: number, current = ''): Problem | null {
  const percent = c.percent;
  const stated = percent === null ? null : parseAmount(percent);
  const base = atScale(prior, Math.max(scale, prior.scale));
  const change = atScale(c.change, Math.max(scale, prior.scale));
  if (percent === null || !stated || base <= 0n) return null;
  const expected = percentOf(change, base, stated.scale);
  const diff = expected - stated.scaled;
  if (diff >= -1n && diff <= 1n) return null;
  return {
    messageId: current === '' ? 'percentOfPrior' : 'percent',
    data: {
      heading: c.section.heading,
      subject,
      current,
      change: c.change.raw,
      prior: prior.raw,
      expected: formatScaled(expected, stated.scale),
      actual: percent,
    },
    expected: formatScaled(expected, stated.scale),
    actual: percent,
  };
}
