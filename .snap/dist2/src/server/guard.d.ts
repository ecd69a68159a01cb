import type { Context, MiddlewareHandler } from 'hono';
/** `Authorization: Bearer <token>` must carry the server's token (compared in constant time). */
export declare function requireToken(token: string | null): MiddlewareHandler;
/** The client's address as the socket gives it (requests made in-process have none). */
export declare function clientAddress(c: Context): string;
/** At most `perMinute` requests per client in any minute-long window (a fixed window per client). */
export declare function rateLimit(perMinute: number, now?: () => number): MiddlewareHandler;
