import type { Target } from '../store/open.js';
import { type ServerApp } from './app.js';
import { type ServerOptions } from './options.js';
export interface ServeSettings {
    host: string;
    port: number;
    jobs?: number;
    /** BUDGETLENS_TOKEN. */
    token: string | null;
    /** The store to browse and compare (--db: a DuckDB file or postgres://…); none when absent. */
    db?: string | null;
}
/** The originals of uploads: beside a DuckDB file, in the working folder for PostgreSQL. */
export declare function uploadsDirOf(target: Target): string;
export interface RunningServer {
    url: string;
    server: ServerApp;
    close(): Promise<void>;
}
/** A shared deployment (another address than loopback) refuses to start without a token. */
export declare class ServeConfigError extends Error {
}
export declare function serverOptions(settings: ServeSettings): Partial<ServerOptions>;
export declare function startServer(settings: ServeSettings, overrides?: Partial<ServerOptions>): Promise<RunningServer>;
