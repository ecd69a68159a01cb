import { dirname, join, resolve } from 'node:path';
import { serve as listen } from '@hono/node-server';
import { createServerApp } from './app.js';
import { DEFAULT_SERVER_OPTIONS, isLoopback, SHARED_UPLOADS_PER_MINUTE } from './options.js';
/** The originals of uploads: beside a DuckDB file, in the working folder for PostgreSQL. */
export function uploadsDirOf(target) {
    return target.dialect === 'duckdb' ? join(dirname(resolve(target.path)), 'budgetlens-uploads') : resolve('budgetlens-uploads');
}
/** A shared deployment (another address than loopback) refuses to start without a token. */
export class ServeConfigError extends Error {
}
export function serverOptions(settings) {
    const shared = !isLoopback(settings.host);
    if (shared && !settings.token)
        throw new ServeConfigError(`绑定到非本机地址 ${settings.host} 时须设置 BUDGETLENS_TOKEN / set BUDGETLENS_TOKEN to listen on ${settings.host} (not loopback)`);
    return {
        token: settings.token,
        jobs: settings.jobs,
        uploadsPerMinute: shared ? SHARED_UPLOADS_PER_MINUTE : DEFAULT_SERVER_OPTIONS.uploadsPerMinute,
    };
}
export async function startServer(settings, overrides = {}) {
    const options = serverOptions(settings);
    // The store's driver loads only when a store is asked for.
    let store = null;
    let uploadsDir = null;
    if (settings.db !== undefined && settings.db !== null) {
        const { openStore, parseTarget } = await import('../store/open.js');
        const target = parseTarget(settings.db);
        store = await openStore(target);
        uploadsDir = uploadsDirOf(target);
    }
    const server = createServerApp({ ...options, store, uploadsDir, ...overrides });
    let http;
    try {
        http = await new Promise((done, fail) => {
            const started = listen({ fetch: server.app.fetch, hostname: settings.host, port: settings.port }, () => done(started));
            started.once('error', fail);
        });
    }
    catch (error) {
        await server.close();
        await store?.close();
        throw error;
    }
    const address = http.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
        url: `http://${host}:${address.port}`,
        server,
        close: async () => {
            await new Promise((done) => http.close(() => done()));
            await server.close();
            await store?.close();
        },
    };
}
//# sourceMappingURL=serve.js.map