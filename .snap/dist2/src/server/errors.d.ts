/** Errors of the HTTP API: a status, a stable code and one message in Chinese and in English. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
export type ErrorCode = 'bad_request' | 'unauthorized' | 'not_found' | 'too_large' | 'unsupported_format' | 'unreadable' | 'rate_limited' | 'no_store' | 'internal';
export declare class ApiError extends Error {
    readonly status: ContentfulStatusCode;
    readonly code: ErrorCode;
    readonly zh: string;
    readonly en: string;
    readonly file?: string | undefined;
    constructor(status: ContentfulStatusCode, code: ErrorCode, zh: string, en: string, file?: string | undefined);
    body(): {
        error: {
            file?: string | undefined;
            code: ErrorCode;
            message: string;
            zh: string;
            en: string;
        };
    };
}
export declare const tooLarge: (bytes: number, file?: string) => ApiError;
export declare const unsupportedFormat: (file?: string) => ApiError;
/** What reading a file threw, as the API says it: an input problem is 422, anything else our defect (500). */
export declare function readError(error: unknown, file: string): ApiError;
/** The corpus routes on a server started without a store. */
export declare const noStore: () => ApiError;
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
/** A request that breaks its schema: 400, each parameter named with what is wrong, in both languages. */
export declare function badRequest(issues: RequestIssue[]): ApiError;
