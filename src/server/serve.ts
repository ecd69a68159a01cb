/** `budgetlens serve`: the app on a port, until the process is asked to stop. */
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { serve as listen } from '@hono/node-server';
import type { Target } from '../store/open.js';
import type { Store } from '../store/store.js';
import { createServerApp, type ServerApp } from './app.js';
import { DEFAULT_SERVER_OPTIONS, isLoopback, type ServerOptions, SHARED_UPLOADS_PER_MINUTE } from './options.js';

export interface ServeSettings {
  host: string;
  port: number;
  jobs?: number;
  /** BUDGETLENS_TOKEN. */
  token: string | null;
  /** The store to browse and compare (--db: a DuckDB file or postgres://…); none when absent. */
  db?: string | null;
  /** --uploads: where the originals of stored uploads are kept (default: uploadsDirOf the store). */
  uploads?: string | null;
}

/** The originals of uploads: beside a DuckDB file, in the working folder for PostgreSQL. */
export function uploadsDirOf(target: Target): string {
  return target.dialect === 'duckdb' ? join(dirname(resolve(target.path)), 'budgetlens-uploads') : resolve('budgetlens-uploads');
}

export interface RunningServer {
  url: string;
  server: ServerApp;
  close(): Promise<void>;
}

/** A shared deployment (another address than loopback) refuses to start without a token. */
export class ServeConfigError extends Error {}

export function serverOptions(settings: ServeSettings): Partial<ServerOptions> {
  const shared = !isLoopback(settings.host);
  if (shared && !settings.token)
    throw new ServeConfigError(
      `绑定到非本机地址 ${settings.host} 时须设置 BUDGETLENS_TOKEN / set BUDGETLENS_TOKEN to listen on ${settings.host} (not loopback)`,
    );
  return {
    token: settings.token,
    jobs: settings.jobs,
    uploadsPerMinute: shared ? SHARED_UPLOADS_PER_MINUTE : DEFAULT_SERVER_OPTIONS.uploadsPerMinute,
  };
}

export async function startServer(settings: ServeSettings, overrides: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const options = serverOptions(settings);
  // The store's driver loads only when a store is asked for.
  let store: Store | null = null;
  let uploadsDir: string | null = null;
  if (settings.db !== undefined && settings.db !== null) {
    const { openStore, parseTarget } = await import('../store/open.js');
    const target = parseTarget(settings.db);
    store = await openStore(target);
    uploadsDir = settings.uploads ? resolve(settings.uploads) : uploadsDirOf(target);
  }
  const server = createServerApp({ ...options, store, uploadsDir, ...overrides });
  let http: ReturnType<typeof listen>;
  try {
    http = await new Promise<ReturnType<typeof listen>>((done, fail) => {
      const started = listen({ fetch: server.app.fetch, hostname: settings.host, port: settings.port }, () => done(started));
      started.once('error', fail);
    });
  } catch (error) {
    await server.close();
    await store?.close();
    throw error;
  }
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    close: async () => {
      await new Promise<void>((done) => http.close(() => done()));
      await server.close();
      await store?.close();
    },
  };
}
