/**
 * Where `write` gets its WriterInput. One function, so more input forms (a filled workbook, a
 * department-year in the store) slot in beside the canonical JSON without touching the command.
 */
import { readFileSync } from 'node:fs';
import { documentFromJson, ModelJsonError } from '../model/deserialize.js';
import type { BudgetDocument } from '../model/types.js';
import { InputError } from '../source/errors.js';
import type { WriterInput } from './input.js';

export interface WriteSources {
  /** The data: the canonical model JSON (`extract --format json`). */
  input: string;
  /** Markdown with one `## heading` section per text a person writes. */
  texts?: string | null;
  /** Last year's document (canonical JSON), for the 上年 figures. */
  previous?: string | null;
}

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    throw new InputError(`无法读取文件（${code}）`, `cannot read the file (${code})`, file);
  }
}

/** A document in the canonical JSON; a malformed one is refused naming the field. */
export function modelFromJsonFile(file: string): BudgetDocument {
  let value: unknown;
  try {
    value = JSON.parse(readFile(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('不是有效的 JSON', 'not valid JSON', file);
  }
  try {
    return documentFromJson(value);
  } catch (error) {
    if (!(error instanceof ModelJsonError)) throw error;
    throw new InputError(
      `不是 BudgetLens 的文档 JSON（${error.message}）`,
      `not a BudgetLens document JSON (${error.message})`,
      file,
    );
  }
}

/** `## heading` sections of a Markdown file: the heading is the key, the lines under it the text. */
export function markdownTexts(markdown: string, file: string): Pick<WriterInput, 'texts' | 'origins'> {
  const texts: Record<string, string> = {};
  const origins: NonNullable<WriterInput['origins']> = {};
  let key: string | null = null;
  markdown.split(/\r?\n/).forEach((line, i) => {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      key = (heading[1] as string).trim();
      texts[key] = '';
      origins[key] = { file, line: i + 1 };
    } else if (/^#\s/.test(line)) key = null;
    else if (key !== null) texts[key] = `${texts[key]}${line}\n`;
  });
  for (const k of Object.keys(texts)) texts[k] = (texts[k] as string).trim();
  return { texts, origins };
}

/** The texts the document already holds: its 部门概况 sections by heading. */
function textsOfDocument(doc: BudgetDocument): Record<string, string> {
  return Object.fromEntries(doc.overview.filter((s) => s.text.trim() !== '').map((s) => [s.heading, s.text]));
}

export function loadWriterInput(sources: WriteSources): WriterInput {
  const document = modelFromJsonFile(sources.input);
  const given = sources.texts ? markdownTexts(readFile(sources.texts), sources.texts) : { texts: {}, origins: {} };
  return {
    document,
    texts: { ...textsOfDocument(document), ...given.texts },
    ...(sources.previous ? { previous: modelFromJsonFile(sources.previous) } : {}),
    origins: given.origins,
  };
}
