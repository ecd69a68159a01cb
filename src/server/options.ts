/** How a server runs: where it listens, who may write, and how much one client may upload. */
import { isIP } from 'node:net';
import { DEFAULT_LIMITS, type Limits } from '../source/limits.js';
import type { Store } from '../store/store.js';
import type { KeepLimits } from './results.js';

export interface ServerOptions {
  /** Writes (uploads) need `Authorization: Bearer <token>` when set. */
  token: string | null;
  /** Largest upload (one request), in bytes; each file is read with the same limit. */
  maxUploadBytes: number;
  /** Uploads per client address per minute; 0: no limit. */
  uploadsPerMinute: number;
  /** Checked results kept for the report page. */
  keep: KeepLimits;
  /** Reader threads (default: one per core). */
  jobs?: number;
  /** Limits on reading one file. */
  limits: Limits;
  /** The store the corpus browser and the comparisons read, and uploads are put in; null: those routes answer 503. */
  store: Store | null;
  /** Where the originals of stored uploads are kept (`<dir>/<sha256>/<name>`); null: not kept. */
  uploadsDir: string | null;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
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
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare === '::1') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare.startsWith('::ffff:127.');
}
