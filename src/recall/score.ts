/**
 * Recall measured by injection: each mutated copy of a document is checked, and the error counts as
 * found only when a new error or warning points at the changed datum (its table's rows, or its
 * narrative section quoting the figure written in); every other new finding is a false one.
 */
import { checkDocument } from '../check.js';
import type { BudgetDocument, Finding } from '../model/types.js';
import { FAMILIES, type Family, type Mutation, mutationsOf, sameOrigin } from './mutations.js';

export interface MutationResult {
  family: Family;
  describe: string;
  found: boolean;
  /** False when nothing in the document could tell (see Mutation.knowable). */
  knowable: boolean;
  /** Why, when not knowable. */
  unknowable?: string;
  /** The rules whose new findings pointed at the mutation. */
  by: string[];
  /** New errors and warnings that point elsewhere. */
  stray: Array<{ rule: string; severity: string; message: string }>;
}

const keyOf = (f: Finding) => `${f.rule}|${f.severity}|${f.message}|${JSON.stringify(f.source ?? null)}`;
const serious = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/** Does the finding name the mutated datum? */
export function pointsAt(finding: Finding, mutation: Mutation): boolean {
  const { table, section, marks } = mutation.target;
  // Figures are quoted with or without thousands separators (11,913.03 / 11913.03).
  const plain = (t: string) => t.replace(/(?<=\d),(?=\d{3})/g, '');
  const text = plain([finding.message, finding.actual ?? '', finding.expected ?? ''].join(' '));
  const quotes = marks.some((m) => text.includes(plain(m)));
  if (section) return sameOrigin(finding.source, section) && quotes;
  if (!table) return false;
  const inTable = [finding.source, finding.cell].some(
    (o) => sameOrigin(o, table.source) || table.rows.some((r) => sameOrigin(o, r.source)),
  );
  // Another table or the narrative disagreeing with the changed figure quotes it.
  return inTable || quotes;
}

/** A deterministic pseudo-random sequence (mulberry32), so a run samples the same mutations each time. */
export function sequence(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** At most `perFamily` mutations of each family, drawn without replacement. */
export function sample(all: Record<Family, Mutation[]>, perFamily: number, seed: number): Mutation[] {
  const next = sequence(seed);
  return FAMILIES.flatMap((family) => {
    const pool = [...all[family]];
    const picked: Mutation[] = [];
    while (picked.length < perFamily && pool.length > 0)
      picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as Mutation);
    return picked;
  });
}

/** Check the document, then each sampled mutation of it, and score each. */
export function measure(doc: BudgetDocument, perFamily: number, seed: number): MutationResult[] {
  const base = checkDocument(doc);
  // A finding the document already had, kept back there as another's fact, is not new when it surfaces.
  const before = new Set([...base.findings, ...(base.merged ?? [])].map(keyOf));
  return sample(mutationsOf(doc, base.claims ?? []), perFamily, seed).map((mutation) => {
    const fresh = checkDocument(mutation.doc).findings.filter((f) => serious(f) && !before.has(keyOf(f)));
    const hits = fresh.filter((f) => pointsAt(f, mutation));
    return {
      family: mutation.family,
      describe: mutation.describe,
      found: hits.length > 0,
      knowable: mutation.knowable ?? true,
      ...(mutation.unknowable ? { unknowable: mutation.unknowable } : {}),
      by: [...new Set(hits.map((f) => f.rule))],
      stray: fresh.filter((f) => !hits.includes(f)).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })),
    };
  });
}
