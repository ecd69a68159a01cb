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

export const tooLarge = (bytes: number, file?: string) =>
  new ApiError(413, 'too_large', `上传过大（上限 ${bytes} 字节）`, `upload too large (the limit is ${bytes} bytes)`, file);

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
