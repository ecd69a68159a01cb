/** What stands before a write on a shared deployment: the token, and a bounded rate per client. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';
const digest = (text) => createHash('sha256').update(text).digest();
/** `Authorization: Bearer <token>` must carry the server's token (compared in constant time). */
export function requireToken(token) {
    const expected = token === null ? null : digest(token);
    return async (c, next) => {
        if (expected) {
            const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
            if (!given || !timingSafeEqual(digest(given), expected))
                throw new ApiError(401, 'unauthorized', '需要有效的令牌（Authorization: Bearer …）', 'a valid token is needed (Authorization: Bearer …)');
        }
        await next();
    };
}
/** The client's address as the socket gives it (requests made in-process have none). */
export function clientAddress(c) {
    const incoming = c.env?.incoming;
    return incoming?.socket?.remoteAddress ?? 'local';
}
/** At most `perMinute` requests per client in any minute-long window (a fixed window per client). */
export function rateLimit(perMinute, now = Date.now) {
    const windows = new Map();
    return async (c, next) => {
        if (perMinute > 0) {
            const time = now();
            // Old windows go as new ones come, so the map holds only the clients of the last minute.
            if (windows.size > 10_000)
                for (const [key, w] of windows)
                    if (time - w.start >= 60_000)
                        windows.delete(key);
            const key = clientAddress(c);
            let window = windows.get(key);
            if (!window || time - window.start >= 60_000) {
                window = { start: time, count: 0 };
                windows.set(key, window);
            }
            if (++window.count > perMinute) {
                c.header('Retry-After', String(Math.ceil((window.start + 60_000 - time) / 1000)));
                throw new ApiError(429, 'rate_limited', `上传过于频繁（每分钟最多 ${perMinute} 次）`, `too many uploads (at most ${perMinute} a minute)`);
            }
        }
        await next();
    };
}
//# sourceMappingURL=guard.js.map