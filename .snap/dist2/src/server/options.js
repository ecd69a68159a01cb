/** How a server runs: where it listens, who may write, and how much one client may upload. */
import { isIP } from 'node:net';
import { DEFAULT_LIMITS } from '../source/limits.js';
export const DEFAULT_SERVER_OPTIONS = {
    token: null,
    maxUploadBytes: DEFAULT_LIMITS.maxBytes,
    uploadsPerMinute: 0,
    keep: { count: 200, bytes: 512 * 1024 * 1024 },
    limits: DEFAULT_LIMITS,
    store: null,
    uploadsDir: null,
};
/** On a shared deployment: a bounded rate of uploads per client. */
export const SHARED_UPLOADS_PER_MINUTE = 30;
/** Whether an address reaches only this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host) {
    const bare = host.replace(/^\[|\]$/g, '');
    if (bare === 'localhost' || bare === '::1')
        return true;
    if (isIP(bare) === 4)
        return bare.startsWith('127.');
    return bare.startsWith('::ffff:127.');
}
//# sourceMappingURL=options.js.map