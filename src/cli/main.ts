import { readFileSync, statSync } from 'node:fs';
import { checkDocument } from '../check.js';
import { BASE_YEAR } from '../codes/lists.js';
import { groupParts } from '../model/document-set.js';
import { documentJson } from '../model/serialize.js';
import { type ReadOutcome, readDocuments } from '../read-many.js';
import type { ReportEntry } from '../report/entries.js';
import { formatStylishReport } from '../report/stylish.js';
import { type CheckResult, summarize } from '../rules/engine.js';
import { ALL_PROFILES } from '../rules/profiles.js';
import { ruleById } from '../rules/registry.js';
import { InputError } from '../source/errors.js';
import { releaseOptimizingCompilers } from '../source/optimizing-compilers.js';
import { StoreError } from '../store/errors.js';
import { type CliArgs, parseArgs, USAGE, USAGE_HINT, UsageError } from './args.js';
import { checkOutPath, writeOut } from './out-file.js';
import { outputSummary, progressReporter } from './output.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress is shown on long runs (never when piped). */
  stderrIsTTY?: boolean;
}

/**
 * Read every file (binary files in parallel through the reader pool), in the order of the arguments;
 * the files of one disclosure (北京's 情况说明 and 报表) joined into one document unless --no-group.
 */
async function readAll(args: CliArgs, io: CliIO): Promise<ReadOutcome[]> {
  const progress = io.stderrIsTTY && args.files.length > 1 ? progressReporter(io) : null;
  let outcomes: ReadOutcome[];
  try {
    outcomes = await readDocuments(args.files, {
      debug: args.debugLayout,
      jobs: args.jobs ?? undefined,
      onRead: progress?.update,
    });
  } finally {
    progress?.clear();
  }
  if (!args.group) return outcomes;
  const debugOf = (o: ReadOutcome) => (o.error ? [] : o.result.debug);
  return groupParts(
    outcomes,
    (o) => (o.error ? null : o.result.doc),
    (first, second, doc) => ({ file: first.file, result: { doc, debug: [...debugOf(first), ...debugOf(second)] } }),
  );
}

/** A file that could not be read: its line on stderr; a defect of ours is said to be one. */
function unreadable(file: string, error: Error, io: CliIO, debug: boolean): { file: string; zh: string; en: string } {
  if (error instanceof InputError) {
    if (debug && error.details.length > 0) io.stderr(`${error.details.join('\n')}\n`);
    io.stderr(`${error.line()}\n`);
    return { file, zh: error.zh, en: error.en };
  }
  const zh = `内部错误，请报告此问题（${error.message}）`;
  const en = `internal error, please report it (${error.message})`;
  io.stderr(`${file}: ${zh} / ${en}\n`);
  return { file, zh, en };
}

/** A failed file in a JSON array of several files. */
const failedJson = (failed: { file: string; zh: string; en: string }) => ({
  file: failed.file,
  error: { message: `${failed.zh} / ${failed.en}`, zh: failed.zh, en: failed.en },
});

async function extract(args: CliArgs, io: CliIO): Promise<number> {
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'table')
    throw new UsageError(`不支持的格式 ${format}（可用 json、table） / unsupported format ${format} (json, table)`);
  if (args.files.length === 0) throw new UsageError('缺少输入文件 / no input file given');
  if (args.out) checkOutPath(args.out);
  let exit = 0;
  const json: unknown[] = [];
  const tables: string[] = [];
  for (const outcome of await readAll(args, io)) {
    if (outcome.error) {
      const failed = unreadable(outcome.file, outcome.error, io, args.debugLayout);
      exit = 2;
      json.push(failedJson(failed));
      tables.push(`${failed.file}\n✖ 无法读取：${failed.zh} / unreadable: ${failed.en}\n`);
      continue;
    }
    const { doc, debug } = outcome.result;
    if (args.debugLayout) io.stderr(`${debug.join('\n')}\n`);
    json.push(documentJson(doc, { explain: args.explain }));
    if (format === 'table') tables.push((await import('./table-format.js')).formatDocumentTable(doc, { explain: args.explain }));
  }
  const single = args.files.length === 1;
  let text: string;
  if (single && exit === 2) text = '';
  else if (format === 'json') text = `${JSON.stringify(single ? json[0] : json, null, 2)}\n`;
  else text = tables.join('\n');
  if (args.out) {
    if (text !== '') writeOut(args.out, text);
  } else io.stdout(text);
  return exit;
}

async function checkCommand(args: CliArgs, io: CliIO): Promise<number> {
  const format = args.format ?? 'stylish';
  if (!['stylish', 'json', 'html'].includes(format)) {
    throw new UsageError(
      `不支持的格式 ${format}（可用 stylish、json、html） / unsupported format ${format} (stylish, json, html)`,
    );
  }
  if (args.files.length === 0) throw new UsageError('缺少输入文件 / no input file given');
  for (const id of Object.keys(args.rules)) {
    if (!ruleById(id)) throw new UsageError(`未知规则 ${id} / unknown rule ${id}`);
  }
  if (args.profile && !ALL_PROFILES.some((p) => p.id === args.profile)) {
    throw new UsageError(`未知配置 ${args.profile} / unknown profile ${args.profile}`);
  }
  if (args.out) checkOutPath(args.out);
  let exit = 0;
  const entries: ReportEntry[] = [];
  for (const outcome of await readAll(args, io)) {
    if (outcome.error) {
      exit = 2;
      entries.push(unreadable(outcome.file, outcome.error, io, false));
      continue;
    }
    const { doc } = outcome.result;
    const checked = checkDocument(doc, { locale: args.lang, config: args.rules, profile: args.profile ?? undefined });
    const result = args.quiet ? withoutNotes(checked) : checked;
    if (result.summary.errors > 0 && exit === 0) exit = 1;
    entries.push({ doc, findings: result.findings, summary: result.summary });
  }
  // One file that cannot be read: its line on stderr is the whole answer.
  const shown = args.files.length === 1 ? entries.filter((e) => 'doc' in e) : entries;
  let text = '';
  if (shown.length > 0) {
    if (format === 'json') {
      const json = shown.map((e) =>
        'doc' in e ? { document: documentJson(e.doc).document, findings: e.findings, summary: e.summary } : failedJson(e),
      );
      text = `${JSON.stringify(args.files.length === 1 ? json[0] : json, null, 2)}\n`;
    } else if (format === 'html') text = (await import('../report/html.js')).formatHtmlReport(shown);
    else text = formatStylishReport(shown);
  }
  if (args.out) {
    if (text === '') return exit;
    writeOut(args.out, text);
    io.stdout(outputSummary(args.out, shown));
  } else io.stdout(text);
  return exit;
}

/** `--quiet`: the notes (info: rounding, unverifiable claims) are left out of the report and its summary. */
function withoutNotes(result: CheckResult): CheckResult {
  const findings = result.findings.filter((f) => f.severity !== 'info');
  return { findings, summary: summarize(findings) };
}

async function codes(args: CliArgs, io: CliIO): Promise<number> {
  const { formatCodeMatches, lookupCodes } = await import('./codes.js');
  const query = args.files.join(' ');
  if (query === '') throw new UsageError('缺少查询内容（代码或名称） / no code or name to look up');
  const format = args.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`不支持的格式 ${format}（可用 text、json） / unsupported format ${format}`);
  // Without --year: the year whose list is written out in full, so no answer is an approximation.
  const year = args.year ?? BASE_YEAR;
  const matches = lookupCodes({ query, year, scheme: args.scheme, format });
  if (format === 'json') io.stdout(`${JSON.stringify(matches, null, 2)}\n`);
  else io.stdout(formatCodeMatches(matches) || `未找到 “${query}” / nothing found for "${query}"\n`);
  return matches.length > 0 ? 0 : 1;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `budgetlens ${pkg.version}`;
}

/** Input small enough that reading and checking it ends before optimized code would pay (~0.3 s for 70 KB of text). */
const SHORT_RUN_BYTES = 1024 * 1024;

/** check or extract of files of at most SHORT_RUN_BYTES in all (standard input: not known to be short). */
function isShortRun(args: CliArgs): boolean {
  if (args.command !== 'check' && args.command !== 'extract') return false;
  let bytes = 0;
  for (const file of args.files) {
    if (file === '-') return false;
    try {
      bytes += statSync(file).size;
    } catch {
      // A file that cannot be read is reported by the reader, in no time.
    }
  }
  return bytes <= SHORT_RUN_BYTES;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    // bin/budgetlens.js holds the optimizing compilers from its start: a run not known to be short lets them go.
    if (!isShortRun(args)) releaseOptimizingCompilers();
    if (args.version) {
      io.stdout(`${version()}\n`);
      return 0;
    }
    if (args.help || args.command === '' || args.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return args.command === '' && !args.help ? 2 : 0;
    }
    switch (args.command) {
      case 'extract':
        return await extract(args, io);
      case 'codes':
        return await codes(args, io);
      case 'check':
        return await checkCommand(args, io);
      case 'export':
        if (args.files.length === 0) return await (await import('./compare.js')).exportStored(args, io);
        return await (await import('./export.js')).exportCommand(args.format, args.out, args.files, {
          stdout: io.stdout,
          readAll: () => readAll(args, io),
          unreadable: (file, error) => unreadable(file, error, io, false),
        });
      case 'serve':
        // The server (Hono, zod) loads only here: check and extract never pay for it.
        return await (await import('./serve.js')).serveCommand(args, io);
      case 'ingest':
        return await (await import('./ingest.js')).ingestCommand(args, io);
      case 'compare':
        return await (await import('./compare.js')).compareCommand(args, io);
      case 'write':
        // The writer (and LibreOffice for a PDF) loads only here.
        return await (await import('./write.js')).writeCommand(args, io);
      case 'query':
        return await (await import('./compare.js')).queryCommand(args, io);
      case 'template':
        return await (await import('./template.js')).templateCommand(args, io);
      default:
        throw new UsageError(`未知命令 ${args.command} / unknown command ${args.command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${USAGE_HINT}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof StoreError) {
      io.stderr(`${error.line()}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`内部错误，请报告此问题 / internal error, please report it: ${message}\n`);
    return 2;
  }
}
