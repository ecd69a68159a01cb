import { knownRenames } from '../../codes/renames.js';
import { compact } from '../../model/names.js';
import { readClaims } from '../../narrative/claims.js';
import { ALTERNATIVE_WAYS, PLACEHOLDER, TWO_WAYS, UP_WORD } from '../../recognize/narrative-vocabulary.js';
import type { Rule } from '../types.js';

const FUNDS: Array<[RegExp, string]> = [
  [/政府性基金/, '政府性基金'],
  [/国有资本经营/, '国有资本经营'],
];

/**
 * A label naming the disclosure itself ("2023年度部门决算公开", "2023年部门预算情况说明"): its year is
 * the document's. A year after 比/较/与/上 is a comparison's, not the document's.
 */
export const SELF_LABEL = /(?<![比较与上同至])(\d{4})年度?(?:部门|单位)?(?:预算|决算)(?:公开|情况说明|报表|编制说明)/g;

/** Self-contradictory wording, a section that speaks of another fund than its heading, malformed or wrong year labels. */
export const wording: Rule = {
  meta: {
    id: 'wording',
    title: { zh: '措辞矛盾', en: 'Contradictory wording' },
    description: {
      zh: '情况说明中的自相矛盾措辞（“增加减少”，模板的备选词未删去的“下降（增长）”）、标题为一种资金而正文讲另一种资金（国有资本经营预算一节称“无政府性基金预算拨款”）、标题年份与文件年度不符、正文称本文件为另一年度（2024 年文件写“2023年度部门决算公开”）或年份写法错误（“202,4年”）；未填写的模板占位符（“XXX 万元”“XX局”“×年”）为警告；使用文件年度已更名的旧科目名称（2024 年文件写“医疗卫生与计划生育支出”）为警告。',
      en: 'Self-contradictory wording ("增加减少", or the alternatives of a template left in: "下降（增长）"), a section whose text speaks of another fund than its heading, a heading year that is not the document year, a text calling the document by another year ("2023年度部门决算公开" in a 2024 document), or a malformed year ("202,4年"); an unfilled template placeholder ("XXX 万元", "XX局", "×年") is a warning; a classification name renamed before the document year ("医疗卫生与计划生育支出" in 2024) is a warning.',
    },
    severity: 'error',
    tags: ['narrative', 'wording'],
    messages: {
      contradictory: {
        zh: '情况说明“{heading}”中“{phrase}”自相矛盾：既增加又减少',
        en: 'Narrative "{heading}": "{phrase}" contradicts itself (both increase and decrease)',
      },
      fund: {
        zh: '情况说明“{heading}”讲的是{heading_fund}，正文却说“{text}”',
        en: 'Narrative "{heading}" is about {heading_fund}, but its text says "{text}"',
      },
      year: {
        zh: '情况说明“{heading}”的年份 {year} 与文件年度 {doc_year} 不符',
        en: 'Narrative "{heading}" names the year {year}, the document is for {doc_year}',
      },
      selfYear: {
        zh: '情况说明“{heading}”称“{text}”，文件年度为 {doc_year}',
        en: 'Narrative "{heading}" says "{text}"; the document is for {doc_year}',
      },
      malformed: {
        zh: '情况说明“{heading}”中的年份写法有误：“{text}”',
        en: 'Narrative "{heading}" has a malformed year: "{text}"',
      },
      placeholder: {
        zh: '情况说明“{heading}”仍有未填写的模板占位符：“{text}”',
        en: 'Narrative "{heading}" still has an unfilled template placeholder: "{text}"',
      },
      renamed: {
        zh: '情况说明“{heading}”使用了旧科目名称“{old}”，{from} 年起为“{name}”（{code}）',
        en: 'Narrative "{heading}" uses the old classification name "{old}"; since {from} it is "{name}" ({code})',
      },
    },
  },
  check(context) {
    const { doc } = context;
    const renamed = knownRenames('function');
    for (const change of readClaims(doc.narrative).changes) {
      if (!change.contradictory) continue;
      const phrase = TWO_WAYS.exec(change.sentence)?.[0] ?? change.sentence.slice(0, 20);
      context.report({
        messageId: 'contradictory',
        data: { heading: change.section.heading, phrase },
        source: change.section.source,
      });
    }
    for (const section of doc.narrative) {
      const heading = compact(section.heading);
      const text = compact(section.text);
      // An unfilled template ("XXX 万元") is reported once; its "增加（减少）" are the template's own alternatives.
      const placeholder = PLACEHOLDER.exec(section.text);
      if (placeholder) {
        context.report({
          messageId: 'placeholder',
          severity: 'warning',
          data: {
            heading: section.heading,
            text: section.text.slice(Math.max(0, placeholder.index - 10), placeholder.index + 16),
          },
          source: section.source,
        });
      }
      // A template's alternatives left in a filled document: "下降（增长）27.78%".
      for (const m of placeholder ? [] : text.matchAll(ALTERNATIVE_WAYS)) {
        if (UP_WORD.test(m[1] as string) === UP_WORD.test(m[2] as string)) continue;
        // Only alternatives stating a figure say two things of it; "收支预算增加（减少）的主要原因" names the topic.
        if (!/^\d/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
        context.report({ messageId: 'contradictory', data: { heading: section.heading, phrase: m[0] }, source: section.source });
      }
      for (const [pattern, name] of FUNDS) {
        if (!pattern.test(heading)) continue;
        const other = FUNDS.find(([p]) => p !== pattern && p.test(text) && !pattern.test(text));
        if (other) {
          context.report({
            messageId: 'fund',
            data: { heading: section.heading, heading_fund: name, text: section.text.slice(0, 40) },
            source: section.source,
          });
        }
      }
      const headingYear = /(\d{4})\s*年/.exec(section.heading)?.[1];
      if (doc.year && headingYear && Number(headingYear) !== doc.year) {
        context.report({
          messageId: 'year',
          data: { heading: section.heading, year: headingYear, doc_year: doc.year },
          source: section.source,
        });
      }
      for (const r of renamed) {
        if (!doc.year || doc.year < r.fromYear || !text.includes(compact(r.oldName))) continue;
        context.report({
          messageId: 'renamed',
          severity: 'warning',
          data: { heading: section.heading, old: r.oldName, from: r.fromYear, name: r.newName, code: r.newCode },
          source: section.source,
        });
      }
      // The document calling itself by another year in its text ("现将2023年度部门决算公开如下" in 2024's).
      const headingWrong = headingYear !== undefined && Number(headingYear) !== doc.year;
      for (const m of doc.year && !headingWrong ? text.matchAll(SELF_LABEL) : []) {
        if (Number(m[1]) === doc.year) continue;
        context.report({
          messageId: 'selfYear',
          data: { heading: section.heading, text: m[0], doc_year: doc.year ?? '' },
          source: section.source,
        });
        break;
      }
      const malformed = /\d{1,3},\d{1,3}年/.exec(section.text);
      if (malformed) {
        context.report({
          messageId: 'malformed',
          data: { heading: section.heading, text: malformed[0] },
          source: section.source,
        });
      }
    }
  },
};
