import { OpenAPIHono } from '@hono/zod-openapi';
import { ReaderPool } from '../source/pool.js';
import { type ServerOptions } from './options.js';
import { ResultCache } from './results.js';
export interface ServerApp {
    app: OpenAPIHono;
    results: ResultCache;
    pool: ReaderPool;
    /** End the reader threads. */
    close(): Promise<void>;
}
export declare function createServerApp(given?: Partial<ServerOptions>): ServerApp;
