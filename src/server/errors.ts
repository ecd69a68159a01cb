/** Errors of the HTTP API: a status, a stable code and one message in Chinese and in English. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InputError } from '../source/errors.js';

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'not_found'
  | 'too_large'
  | 'unsupported_format'
  | 'unreadable'
  | 'rate_limited'
  | 'no_store'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly zh: string,
    readonly en: string,
    readonly file?: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'ApiError';
  }

  body() {
    return {
      error: {
        code: this.code,
        message: this.message,
        zh: this.zh,
        en: this.en,
        ...(this.file !== undefined ? { file: this.file } : {}),
      },
    };
  }
}

/** A size as a person reads it: 50 MB, 3.9 KB, 900 bytes (one decimal when not whole). */
export function sizeText(bytes: number): { zh: string; en: string } {
  const [amount, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, ''];
  const figure = Number.isInteger(amount) ? String(amount) : amount.toFixed(1);
  return unit ? { zh: `${figure} ${unit}`, en: `${figure} ${unit}` } : { zh: `${figure} 字节`, en: `${figure} bytes` };
}

export function tooLarge(bytes: number, file?: string): ApiError {
  const limit = sizeText(bytes);
  return new ApiError(413, 'too_large', `上传过大（上限 ${limit.zh}）`, `upload too large (the limit is ${limit.en})`, file);
}

export const unsupportedFormat = (file?: string) =>
  new ApiError(
    415,
    'unsupported_format',
    '无法识别的文件格式（可用 PDF、DOCX、XLSX、HTML、文本）',
    'unknown file format (PDF, DOCX, XLSX, HTML or text)',
    file,
  );

/** What reading a file threw, as the API says it: an input problem is 422, anything else our defect (500). */
export function readError(error: unknown, file: string): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof InputError) return new ApiError(422, 'unreadable', error.zh, error.en, file);
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError(
    500,
    'internal',
    `内部错误，请报告此问题（${detail}）`,
    `internal error, please report it (${detail})`,
    file,
  );
}

/** The corpus routes on a server started without a store. */
export const noStore = () =>
  new ApiError(
    503,
    'no_store',
    '此服务没有打开文件库（用 budgetlens serve --db 启动）',
    'this server has no store open (start it with budgetlens serve --db)',
  );

/** One problem zod found with a request, as much of it as the messages use. */
export interface RequestIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  maximum?: unknown;
  minimum?: unknown;
  expected?: unknown;
  values?: unknown[];
}

/** An issue in Chinese and in English: zod words its own messages in English only. */
function issueWords(issue: RequestIssue): [string, string] {
  const [zh, en] = issue.message.includes(' / ') ? issue.message.split(' / ') : [undefined, undefined];
  if (zh && en) return [zh, en];
  switch (issue.code) {
    case 'too_big':
      return [`不能大于 ${String(issue.maximum)}`, `at most ${String(issue.maximum)}`];
    case 'too_small':
      return [`不能小于 ${String(issue.minimum)}`, `at least ${String(issue.minimum)}`];
    case 'invalid_type':
      return [`类型错误（应为 ${String(issue.expected)}）`, `wrong type (${String(issue.expected)} expected)`];
    case 'invalid_value':
      return [`应为 ${(issue.values ?? []).join('、')} 之一`, `one of ${(issue.values ?? []).join(', ')} expected`];
    default:
      return [`无效（${issue.message}）`, issue.message];
  }
}

/** A request that breaks its schema: 400, each parameter named with what is wrong, in both languages. */
export function badRequest(issues: RequestIssue[]): ApiError {
  const named = issues.map((i) => [i.path.map(String).join('.') || '(body)', ...issueWords(i)] as const);
  const zh = named.map(([path, words]) => `${path}：${words}`).join('；');
  const en = named.map(([path, , words]) => `${path}: ${words}`).join('; ');
  return new ApiError(400, 'bad_request', `请求无效：${zh}`, `bad request: ${en}`);
}
