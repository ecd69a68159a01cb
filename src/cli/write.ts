/**
 * `budgetlens write <input.xlsx|.json> --profile … --out file.docx|.html|.pdf [--texts f.md] [--previous prev]`
 * (or `--db … --department … --year …` for a stored department-year; inputs/load.ts reads every form):
 * exit 0 written; 1 written with texts still to give (each listed) — or not written at all when the
 * read-back check found errors (printed); 2 usage, unreadable input, or no LibreOffice for a PDF.
 */
import { extname } from 'node:path';
import { formatStylishReport } from '../report/stylish.js';
import { summarize } from '../rules/engine.js';
import { loadWriterInput } from '../writer/inputs/load.js';
import { WRITER_PROFILES, writerProfile } from '../writer/profiles.js';
import { missingTexts, NoLibreOffice, type WriteFormat, writeDisclosure } from '../writer/write.js';
import { type CliArgs, UsageError } from './args.js';
import type { CliIO } from './main.js';
import { checkOutPath, writeOut } from './out-file.js';

const FORMATS: WriteFormat[] = ['docx', 'html', 'pdf'];

export async function writeCommand(args: CliArgs, io: CliIO): Promise<number> {
  const [input, ...extra] = args.files;
  if (!input && !args.db)
    throw new UsageError(
      '缺少输入文件（或 --db 与 --department、--year） / no input file given (or --db with --department and --year)',
    );
  if (extra.length > 0) throw new UsageError('write 只接受一个输入文件 / write takes one input file');
  const ids = WRITER_PROFILES.map((p) => p.id).join('、');
  const profile = writerProfile(args.profile ?? '');
  if (!profile) throw new UsageError(`请用 --profile 指定模板（${ids}） / choose a template with --profile (${ids})`);
  if (!args.out) throw new UsageError('缺少 --out 输出文件（.docx、.html 或 .pdf） / no --out file (.docx, .html or .pdf)');
  const format = extname(args.out).slice(1).toLowerCase() as WriteFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`输出文件须为 .docx、.html 或 .pdf（${args.out}） / the output must be .docx, .html or .pdf`);
  const out = args.out;
  for (const label of profile.files?.map((f) => f.label) ?? [null]) checkOutPath(outPathOf(out, label));
  const writerInput = await loadWriterInput({
    input: input ?? null,
    db: args.db,
    department: args.department,
    year: args.year,
    phase: args.phase,
    profile: args.profile,
    texts: args.texts,
    previous: args.previous,
  });
  let result: Awaited<ReturnType<typeof writeDisclosure>>;
  try {
    result = await writeDisclosure(writerInput, profile, format);
  } catch (error) {
    if (!(error instanceof NoLibreOffice)) throw error;
    io.stderr(`${error.message}\n`);
    return 2;
  }
  if (result.errors.length > 0) {
    io.stderr(formatStylishReport([{ doc: result.readBack, findings: result.errors, summary: summarize(result.errors) }]));
    io.stderr(`✖ 写出的文件未通过检查，未写入 ${out} / the written document failed the check; nothing written at ${out}\n`);
    return 1;
  }
  for (const file of result.files) {
    const path = outPathOf(out, file.label);
    writeOut(path, file.bytes);
    io.stdout(`已写出 / written: ${path}\n`);
  }
  const missing = missingTexts(result);
  for (const m of missing) io.stderr(`【待补充】${m.key}（${m.where}） / text to give: ${m.key} (in ${m.where})\n`);
  if (missing.length > 0) {
    io.stderr(
      `✖ 缺少 ${missing.length} 项文字，文件中已标出【待补充】 / ${missing.length} texts missing, marked 【待补充】 in the document\n`,
    );
    return 1;
  }
  return 0;
}

/** Where a file of the disclosure goes: --out itself, or for one of several files (北京) --out's name and the file's label: 北京市财政局-附件2报表.pdf. */
export function outPathOf(out: string, label: string | null): string {
  if (label === null) return out;
  const ext = extname(out);
  return `${out.slice(0, out.length - ext.length)}-${label}${ext}`;
}
