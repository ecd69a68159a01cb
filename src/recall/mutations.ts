/**
 * One error of a kind real disclosures contain, injected into a copy of a document as read: the
 * copy shares everything with the original except the one table, row or narrative section changed,
 * which keeps its origin, so a finding can be checked to point at the changed datum.
 */
import { formatScaled, parseAmount } from '../model/amount.js';
import type { Amount, BudgetDocument, NarrativeSection, Origin, Row, Table } from '../model/types.js';
import { readClaims } from '../narrative/claims.js';
import { readReasons } from '../narrative/reasons.js';
import { OPPOSITE_WORD, PLACEHOLDER } from '../recognize/narrative-vocabulary.js';
import { THREE_PUBLIC_ITEM } from '../recognize/vocabulary.js';
import { changeSums } from '../rules/change-sums.js';
import { partSums } from '../rules/part-sums.js';
import { SELF_LABEL } from '../rules/rules/wording.js';
import type { CheckedClaim } from '../rules/types.js';

export const FAMILIES = [
  'detail',
  'total',
  'narrative-amount',
  'share',
  'direction',
  'three-public',
  'code-name',
  'year',
  'placeholder',
] as const;
export type Family = (typeof FAMILIES)[number];

/** What a finding must name to count as finding the error. */
export interface Target {
  /** A table mutation: the table whose rows (any of them) a finding may name. */
  table?: Table;
  /** A narrative mutation: the section a finding must name… */
  section?: Origin;
  /** …and a text it must quote (the figure, year or placeholder written in). */
  marks: string[];
}

export interface Mutation {
  family: Family;
  /** What was changed, for the report: "表3 行 X: 2961.68 → 2916.68". */
  describe: string;
  doc: BudgetDocument;
  target: Target;
  /**
   * False when the document gives nothing to check the datum against (a change with neither a
   * percentage nor the prior figure): the error cannot be found by reading, only by another year's.
   */
  knowable?: boolean;
  /** Why nothing in the document could tell, when `knowable` is false. */
  unknowable?: string;
}

const PLACEHOLDER_ALREADY = '该节已有模板占位符，已经报告 / the section already holds a template placeholder, reported already';

const UNSTATED_CHANGE =
  '只有增减额：没有百分比、上年数，也不在一组相加的增减中，其后也没有说明增减方向的原因 / only the change is stated: no percentage, no prior figure, no parts whose changes add up to it, no reason naming the way it went';

/**
 * A typing slip: two adjacent different digits swapped (2961.68 → 2916.68), the integer part first
 * so the change is never within rounding; a number without such a pair gets its first digit raised.
 */
export function transposeDigits(text: string): string | null {
  const chars = [...text];
  const digitAt = (i: number) => /\d/.test(chars[i] ?? '');
  const point = text.indexOf('.') < 0 ? chars.length : text.indexOf('.');
  for (let i = 0; i + 1 < point; i++) {
    if (!digitAt(i) || !digitAt(i + 1) || chars[i] === chars[i + 1]) continue;
    // A leading zero would make another number's shape (0.5 → 5.0 is fine, 10 → 01 is not).
    if (i === firstDigit(chars) && chars[i + 1] === '0') continue;
    [chars[i], chars[i + 1]] = [chars[i + 1] as string, chars[i] as string];
    return chars.join('');
  }
  const first = firstDigit(chars);
  if (first < 0) return null;
  chars[first] = String((Number(chars[first]) + 1) % 10 || 1);
  const result = chars.join('');
  return result === text ? null : result;
}

function firstDigit(chars: string[]): number {
  return chars.findIndex((c) => /\d/.test(c));
}

/** The amount with its digits slipped, or null when the slip would leave it unchanged. */
export function slipAmount(amount: Amount): Amount | null {
  const raw = transposeDigits(amount.raw);
  const slipped = raw ? parseAmount(raw) : null;
  return slipped && slipped.scaled !== amount.scaled ? slipped : null;
}

/** A copy of the document with one table replaced (everything else shared). */
function withTable(doc: BudgetDocument, old: Table, table: Table): BudgetDocument {
  return { ...doc, tables: doc.tables.map((t) => (t === old ? table : t)) };
}

function withRow(table: Table, old: Row, row: Row): Table {
  return { ...table, rows: table.rows.map((r) => (r === old ? row : r)) };
}

function withSection(doc: BudgetDocument, old: NarrativeSection, text: string): BudgetDocument {
  return { ...doc, narrative: doc.narrative.map((s) => (s === old ? { ...s, text } : s)) };
}

/** The key of the amount a row is about: its 合计 when it has one, else its first amount. */
function mainKey(table: Table, row: Row): string | null {
  if (row.values.total && row.values.total.scaled !== 0n) return 'total';
  const column = table.columns.find((c) => c.type === 'amount' && (row.values[c.key]?.scaled ?? 0n) !== 0n);
  return column?.key ?? null;
}

/** The row with one amount slipped, or null. */
function slipRow(table: Table, row: Row, key: string, amount: Amount): Mutation['target'] & { row: Row } {
  return { table, row: { ...row, values: { ...row.values, [key]: amount } }, marks: [amount.raw, formatPlain(amount)] };
}

const formatPlain = (a: Amount) => a.raw.replace(/,/g, '');

/** A detail row's leaf: not a total, and the next row is not its child. */
function isLeaf(table: Table, index: number): boolean {
  const row = table.rows[index] as Row;
  const next = table.rows[index + 1];
  if (row.isTotal) return false;
  return !next || row.level === null || next.level === null || next.level <= row.level;
}

function tableMutations(doc: BudgetDocument, family: 'detail' | 'total'): Mutation[] {
  const out: Mutation[] = [];
  for (const table of doc.tables) {
    if (table.empty || !table.rows.some((r) => r.isTotal)) continue;
    table.rows.forEach((row, index) => {
      if (family === 'detail' ? !isLeaf(table, index) : !row.isTotal) return;
      const key = mainKey(table, row);
      const amount = key ? row.values[key] : undefined;
      const slipped = amount ? slipAmount(amount) : null;
      if (!key || !amount || !slipped) return;
      const { row: changed, marks } = slipRow(table, row, key, slipped);
      const copy = withRow(table, row, changed);
      out.push({
        family,
        describe: `${table.title} “${row.label || row.name}” ${key}: ${amount.raw} → ${slipped.raw}`,
        doc: withTable(doc, table, copy),
        target: { table: copy, marks },
      });
    });
  }
  return out;
}

/**
 * A 三公 item changed in the 三公 table only, its total changed by as much so the table still adds
 * up: only another table or the narrative stating the item can tell.
 */
function threePublicMutations(doc: BudgetDocument): Mutation[] {
  const out: Mutation[] = [];
  for (const table of doc.tables.filter((t) => t.kind === 'three_public' && !t.empty)) {
    const total = table.rows.find((r) => r.isTotal && r.values.total);
    for (const row of table.rows) {
      const amount = row.values.total;
      if (row.isTotal || !amount || amount.scaled === 0n || !THREE_PUBLIC_ITEM.test(row.name)) continue;
      const slipped = slipAmount(amount);
      if (!slipped || slipped.scale !== amount.scale) continue;
      let copy = withRow(table, row, { ...row, values: { ...row.values, total: slipped } });
      const marks = [slipped.raw, formatPlain(slipped)];
      if (total?.values.total && total.values.total.scale === amount.scale) {
        const scaled = total.values.total.scaled + slipped.scaled - amount.scaled;
        const moved = parseAmount(formatScaled(scaled, amount.scale)) as Amount;
        copy = withRow(copy, total, { ...total, values: { ...total.values, total: moved } });
        marks.push(moved.raw);
      }
      out.push({
        family: 'three-public',
        describe: `${table.title} “${row.name}”: ${amount.raw} → ${slipped.raw} (合计随之改变 / total moved with it)`,
        doc: withTable(doc, table, copy),
        target: { table: copy, marks },
      });
    }
  }
  return out;
}

/** A classification row given the name another code of the same level has in the same table. */
function codeNameMutations(doc: BudgetDocument): Mutation[] {
  const out: Mutation[] = [];
  for (const table of doc.tables) {
    const coded = table.rows.filter((r) => r.codeSource === 'printed' && r.code && !r.isTotal);
    coded.forEach((row, i) => {
      const other = [...coded.slice(i + 1), ...coded.slice(0, i)].find(
        (o) => o.code?.length === row.code?.length && o.name !== row.name && o.code !== row.code,
      );
      if (!other) return;
      const copy = withRow(table, row, { ...row, name: other.name, label: row.label.replace(row.name, other.name) });
      out.push({
        family: 'code-name',
        describe: `${table.title} ${row.code} “${row.name}” → “${other.name}”`,
        doc: withTable(doc, table, copy),
        target: { table: copy, marks: [other.name] },
      });
    });
  }
  return out;
}

/** The one place `find` occurs in the section's text, or -1 when it is absent or repeated. */
function uniqueAt(text: string, find: string): number {
  const at = text.indexOf(find);
  return at >= 0 && text.indexOf(find, at + 1) < 0 ? at : -1;
}

function replaceAt(text: string, at: number, length: number, by: string): string {
  return text.slice(0, at) + by + text.slice(at + length);
}

/** Narrative amounts the tables confirmed (the check's agreeing claims), each restated with its digits slipped. */
function narrativeAmountMutations(doc: BudgetDocument, claims: CheckedClaim[]): Mutation[] {
  const out: Mutation[] = [];
  const seen = new Set<string>();
  for (const claim of claims.filter((c) => c.rule === 'narrative-amount' && c.agrees)) {
    const section = doc.narrative.find((s) => s.source === claim.source || sameOrigin(s.source, claim.source));
    const key = `${claim.source.line}|${claim.source.page}|${claim.stated}`;
    if (!section || seen.has(key)) continue;
    seen.add(key);
    const figure = new RegExp(`(?<![\\d.,])${literal(claim.stated)}(?=\\s*万元)`, 'g');
    const hits = [...section.text.matchAll(figure)];
    const slipped = transposeDigits(claim.stated);
    if (hits.length !== 1 || !slipped) continue;
    const at = hits[0]?.index ?? 0;
    out.push({
      family: 'narrative-amount',
      describe: `“${section.heading}” ${claim.label}: ${claim.stated} → ${slipped} 万元`,
      doc: withSection(doc, section, replaceAt(section.text, at, claim.stated.length, slipped)),
      target: { section: section.source, marks: [slipped] },
    });
  }
  return out;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Shares the narrative states of a whole it states, the percentage slipped. */
function shareMutations(doc: BudgetDocument): Mutation[] {
  const out: Mutation[] = [];
  for (const claim of readClaims(doc.narrative).shares) {
    if (!claim.base || claim.base.amount.scaled === 0n) continue;
    const at = uniqueAt(claim.section.text, `${claim.share}%`);
    const atWide = at < 0 ? uniqueAt(claim.section.text, `${claim.share}％`) : at;
    const slipped = transposeDigits(claim.share);
    if (atWide < 0 || !slipped) continue;
    out.push({
      family: 'share',
      describe: `“${claim.section.heading}” ${claim.label}: ${claim.share}% → ${slipped}%`,
      doc: withSection(doc, claim.section, replaceAt(claim.section.text, atWide, claim.share.length, slipped)),
      target: { section: claim.section.source, marks: [slipped] },
    });
  }
  return out;
}

/** The direction words an injected error turns: those with one opposite (增加 ↔ 减少, 增长 ↔ 下降). */
const TURNABLE = Object.keys(OPPOSITE_WORD).join('|');

/** A stated change whose direction word is flipped (增加 ↔ 减少): the figure it names is the mark. */
function directionMutations(doc: BudgetDocument): Mutation[] {
  const out: Mutation[] = [];
  const claims = readClaims(doc.narrative);
  const { changes } = claims;
  // A change listed with its whole and its other parts, all adding up, is restated by them.
  const summed = new Set(
    [...changeSums(changes), ...partSums(claims)].filter((s) => s.agrees).flatMap((s) => [s.whole, ...s.parts]),
  );
  // A change whose reason names the way it went (“…减少的主要原因是”): turned, the two disagree.
  const reasoned = new Set(readReasons(doc.narrative, claims).flatMap((r) => r.changes.map((c) => c.claim)));
  for (const change of changes) {
    // A change of 0 (泉州: 公务接待费 比上年增加 0.00 万元) has no direction: turning its word is no error.
    if (change.direction === 0 || change.contradictory || (change.changeStated && change.change.scaled === 0n)) continue;
    const text = change.section.text;
    const figure = change.changeStated ? change.change.raw : change.percent;
    if (!figure) continue;
    const unit = change.changeStated ? '万元' : '[%％]';
    const hits = [...text.matchAll(new RegExp(`(${TURNABLE})(\\s*)(?<![\\d.,])${literal(figure)}(?=\\s*${unit})`, 'g'))];
    const hit = hits[0];
    if (hits.length !== 1 || !hit) continue;
    const word = hit[1] as string;
    out.push({
      family: 'direction',
      describe: `“${change.section.heading}” ${change.label}: ${word} ${figure} → ${OPPOSITE_WORD[word]} ${figure}`,
      doc: withSection(doc, change.section, replaceAt(text, hit.index ?? 0, word.length, OPPOSITE_WORD[word] as string)),
      // A finding may quote the figure, or the word the text now says against the figures it states.
      target: { section: change.section.source, marks: [figure, `却说${OPPOSITE_WORD[word]}`] },
      ...(change.percent !== null || change.prior !== null || summed.has(change) || reasoned.has(change)
        ? {}
        : { knowable: false, unknowable: UNSTATED_CHANGE }),
    });
  }
  return out;
}

/**
 * A year label of another year: a heading naming the document's year, or the text naming the
 * disclosure itself ("2024年度部门预算公开"), written as the year before.
 */
function yearMutations(doc: BudgetDocument): Mutation[] {
  if (!doc.year) return [];
  const out: Mutation[] = [];
  const year = String(doc.year);
  const other = String(doc.year - 1);
  for (const section of doc.narrative) {
    const at = section.heading.indexOf(year);
    if (at >= 0) {
      out.push({
        family: 'year',
        describe: `标题 / heading “${section.heading}”: ${year} → ${other}`,
        doc: {
          ...doc,
          narrative: doc.narrative.map((s) => (s === section ? { ...s, heading: replaceAt(s.heading, at, 4, other) } : s)),
        },
        target: { section: section.source, marks: [other] },
      });
    }
    for (const m of section.text.matchAll(SELF_LABEL)) {
      if (m[1] !== year) continue;
      out.push({
        family: 'year',
        describe: `“${section.heading}”: ${m[0]} → ${other}…`,
        doc: withSection(doc, section, replaceAt(section.text, m.index ?? 0, 4, other)),
        target: { section: section.source, marks: [other] },
      });
    }
  }
  return out;
}

/** A template placeholder left in: a section's first amount written XXX 万元. */
function placeholderMutations(doc: BudgetDocument): Mutation[] {
  const out: Mutation[] = [];
  for (const section of doc.narrative) {
    const hit = /(?<![\d.,])\d[\d,]*(?:\.\d+)?(?=\s*万元)/.exec(section.text);
    if (!hit) continue;
    // A section that still holds a placeholder (上海's 决算 template) has it reported already: one more is no new fact.
    const already = PLACEHOLDER.test(section.text);
    out.push({
      family: 'placeholder',
      describe: `“${section.heading}”: ${hit[0]} 万元 → XXX 万元`,
      doc: withSection(doc, section, replaceAt(section.text, hit.index, hit[0].length, 'XXX')),
      target: { section: section.source, marks: ['XXX'] },
      ...(already ? { knowable: false, unknowable: PLACEHOLDER_ALREADY } : {}),
    });
  }
  return out;
}

/** Every mutation of each family the document allows (the agreeing claims come from checking it once). */
export function mutationsOf(doc: BudgetDocument, claims: CheckedClaim[]): Record<Family, Mutation[]> {
  return {
    detail: tableMutations(doc, 'detail'),
    total: tableMutations(doc, 'total'),
    'narrative-amount': narrativeAmountMutations(doc, claims),
    share: shareMutations(doc),
    direction: directionMutations(doc),
    'three-public': threePublicMutations(doc),
    'code-name': codeNameMutations(doc),
    year: yearMutations(doc),
    placeholder: placeholderMutations(doc),
  };
}

/** Two origins are the same place. */
export function sameOrigin(a: Origin | undefined, b: Origin | undefined): boolean {
  if (!a || !b) return false;
  return (
    a.file === b.file &&
    a.line === b.line &&
    a.page === b.page &&
    a.sheet === b.sheet &&
    a.cell === b.cell &&
    (a.box ?? []).join() === (b.box ?? []).join()
  );
}
