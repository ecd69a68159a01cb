import { renameSync, writeFileSync } from 'node:fs';
import { checkDocument } from '../check.js';
import { groupDocuments } from '../model/document-set.js';
import { documentJson } from '../model/serialize.js';
import type { BudgetDocument } from '../model/types.js';
import { readDocument, readDocumentWithLayout } from '../reader.js';
import { formatHtml } from '../report/html.js';
import { formatStylish } from '../report/stylish.js';
import { type CheckResult, summarize } from '../rules/engine.js';
import { ALL_PROFILES } from '../rules/profiles.js';
import { ruleById } from '../rules/registry.js';
import { InputError } from '../source/errors.js';
import { type CliArgs, parseArgs, USAGE, UsageError } from './args.js';
import { formatCodeMatches, lookupCodes } from './codes.js';
import { formatDocumentTable } from './table-format.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Write the whole output at once (temp file + rename): never a half-written file. */
function writeOut(path: string, text: string): void {
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

async function extract(args: CliArgs, io: CliIO): Promise<number> {
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'table')
    throw new UsageError(`不支持的格式 ${format}（可用 json、table） / unsupported format ${format} (json, table)`);
  if (args.files.length === 0) throw new UsageError('缺少输入文件 / no input file given');
  const read: BudgetDocument[] = [];
  let exit = 0;
  for (const file of args.files) {
    try {
      const { doc, debug } = await readDocumentWithLayout(file, { debug: args.debugLayout });
      read.push(doc);
      if (args.debugLayout) io.stderr(`${debug.join('\n')}\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (args.debugLayout && error.details.length > 0) io.stderr(`${error.details.join('\n')}\n`);
      io.stderr(`${error.line()}\n`);
      exit = 2;
    }
  }
  const docs = args.group ? groupDocuments(read) : read;
  let text = '';
  if (format === 'json') {
    const json = docs.map(documentJson);
    text = `${JSON.stringify(args.files.length === 1 ? (json[0] ?? null) : json, null, 2)}\n`;
    if (args.files.length === 1 && docs.length === 0) text = '';
  } else {
    text = docs.map(formatDocumentTable).join('\n');
  }
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
  let exit = 0;
  const outputs: string[] = [];
  const jsons: unknown[] = [];
  const read: BudgetDocument[] = [];
  for (const file of args.files) {
    try {
      read.push(await readDocument(file));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`${error.line()}\n`);
      exit = 2;
    }
  }
  for (const doc of args.group ? groupDocuments(read) : read) {
    const checked = checkDocument(doc, { locale: args.lang, config: args.rules, profile: args.profile ?? undefined });
    const result = args.quiet ? withoutNotes(checked) : checked;
    if (result.summary.errors > 0 && exit === 0) exit = 1;
    if (format === 'json')
      jsons.push({ document: documentJson(doc).document, findings: result.findings, summary: result.summary });
    else if (format === 'html') outputs.push(formatHtml(doc, result.findings, result.summary));
    else outputs.push(formatStylish(doc, result.findings, result.summary));
  }
  let text = outputs.join('\n');
  if (format === 'json')
    text = jsons.length === 0 ? '' : `${JSON.stringify(args.files.length === 1 ? jsons[0] : jsons, null, 2)}\n`;
  if (args.out) {
    if (text !== '') writeOut(args.out, text);
  } else io.stdout(text);
  return exit;
}

/** `--quiet`: the notes (info: rounding, unverifiable claims) are left out of the report and its summary. */
function withoutNotes(result: CheckResult): CheckResult {
  const findings = result.findings.filter((f) => f.severity !== 'info');
  return { findings, summary: summarize(findings) };
}

function codes(args: CliArgs, io: CliIO): number {
  const query = args.files.join(' ');
  if (query === '') throw new UsageError('缺少查询内容（代码或名称） / no code or name to look up');
  const format = args.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`不支持的格式 ${format}（可用 text、json） / unsupported format ${format}`);
  const year = args.year ?? new Date().getFullYear();
  const matches = lookupCodes({ query, year, scheme: args.scheme, format });
  if (format === 'json') io.stdout(`${JSON.stringify(matches, null, 2)}\n`);
  else io.stdout(formatCodeMatches(matches) || `未找到 “${query}” / nothing found for "${query}"\n`);
  return matches.length > 0 ? 0 : 1;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help || args.command === '' || args.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return args.command === '' && !args.help ? 2 : 0;
    }
    switch (args.command) {
      case 'extract':
        return await extract(args, io);
      case 'codes':
        return codes(args, io);
      case 'check':
        return await checkCommand(args, io);
      default:
        throw new UsageError(`未知命令 ${args.command} / unknown command ${args.command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.line()}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`内部错误，请报告此问题 / internal error, please report it: ${message}\n`);
    return 2;
  }
}
