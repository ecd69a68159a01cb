/** The HTTP API as the page uses it (the same JSON as `check --format json`, see /openapi.json). */
import type { CheckedClaimOf } from '../../src/rules/checked-claim.js';
import type { Lang } from './i18n.js';

export interface Origin {
  file: string;
  line?: number;
  page?: number;
  box?: [number, number, number, number];
  sheet?: string;
  cell?: string;
  ocr?: boolean;
}

export interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  table?: string;
  row?: string;
  column?: string;
  expected?: string;
  actual?: string;
  source?: Origin;
  cell?: Origin;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface Row {
  code: string | null;
  name: string;
  label: string;
  level: number | null;
  is_total: boolean;
  side?: string;
  values: Record<string, string>;
  texts?: Record<string, string>;
  source: Origin;
}

export interface Table {
  kind: string;
  title: string;
  unit: string;
  source: Origin;
  columns: Array<{ key: string; label: string; type: 'amount' | 'text'; side?: string }>;
  rows: Row[];
}

export interface Section {
  number: string;
  heading: string;
  text: string;
  source: Origin;
}

export interface CheckResult {
  id: string;
  /** The document in the serve's store (`new` false: the same file was stored before); null without one. */
  stored?: { id: number; version: number; new: boolean } | null;
  document: {
    /** The files of a disclosure read as one document (a 情况说明 and its 报表). */
    parts?: Array<{ file: string; holds: string }>;
    title: string;
    department: string | null;
    year: number | null;
    phase: string;
    unit: string;
    source: Origin & { format: string };
  };
  findings: Finding[];
  summary: Summary;
}

/**
 * A narrative claim the rules compared, true or not: an amount with its cell; a change, share, sum or
 * comparison word with the cell of the figure it is of, when a table prints it. Declared once with
 * the checker's (src/rules/checked-claim.d.ts: declarations only, nothing of src reaches the page).
 */
export type CheckedClaim = CheckedClaimOf<Origin>;

/** One file of a report's document: its one file, or 北京's 情况说明 and 报表 (parts 0 and 1 as given). */
export interface ReportFile {
  part: number;
  /** The file as origins name it: an origin is on this file when its `file` is this. */
  file: string;
  format: string;
  holds: 'narrative' | 'tables' | null;
  /** Where its PDF is served; null for other formats (or a stored original no longer readable). */
  pdf: string | null;
}

export interface Report extends CheckResult {
  /** The tables' PDF of a document of several, else its own (`files` has each file's). */
  pdf: string | null;
  pdfFile?: string | null;
  files: ReportFile[];
  tables: Table[];
  narrative: Section[];
  claims?: CheckedClaim[];
}

/** What names a table cell: the table's kind, the row's origin and name, the column (a finding, a claim). */
export type CellRef = Pick<Finding, 'table' | 'cell' | 'source' | 'column' | 'row'>;

export interface ApiError {
  code: string;
  message: string;
  zh: string;
  en: string;
}

export interface Health {
  version: string;
  token: boolean;
  maxUploadBytes: number;
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T | { error: ApiError };
  if (!response.ok) throw (body as { error: ApiError }).error;
  return body as T;
}

export const health = async (): Promise<Health> => json<Health>(await fetch('/api/health'));

export const report = async (id: string, language: Lang): Promise<Report> =>
  json<Report>(await fetch(`/api/documents/${encodeURIComponent(id)}?lang=${language}`));

/** A file of several that could not be read, in its place among the answers. */
export interface FileFailure {
  file: string;
  error: ApiError;
}

/**
 * Upload files in one request (so the parts of one disclosure are read as one document); `progress`
 * gets the share sent (0..1), then 1 while the server reads them. One answer per document, in order.
 */
export function upload(
  files: File[],
  token: string,
  progress: (sent: number) => void,
): Promise<Array<CheckResult | FileFailure>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/documents');
    request.responseType = 'json';
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) progress(event.loaded / event.total);
    };
    request.upload.onload = () => progress(1);
    request.onload = () => {
      const body = request.response as CheckResult | Array<CheckResult | FileFailure> | { error: ApiError } | null;
      if (request.status === 200 && Array.isArray(body)) resolve(body);
      else if (request.status === 200 && body && 'id' in body) resolve([body]);
      else reject(body && 'error' in body ? body.error : networkError(request.status));
    };
    request.onerror = () => reject(networkError(0));
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    request.send(form);
  });
}

const networkError = (status: number): ApiError => ({
  code: 'network',
  message: '',
  zh: `连接失败（${status}）`,
  en: `the request failed (${status})`,
});

/** A stored document's report (the corpus browser's); the same shape as an upload's. */
export const storedReport = async (id: string, language: Lang): Promise<Report> =>
  json<Report>(await fetch(`/api/corpus/documents/${encodeURIComponent(id)}?lang=${language}`));

/** What a delete took out of the store: the document, its version, its files' sha256. */
export interface Deleted {
  id: number;
  version: number;
  files: string[];
}

/** DELETE a stored document (a write: the token when the server needs one). */
export async function deleteStored(id: number, token: string): Promise<Deleted> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const response = await fetch(`/api/corpus/documents/${id}`, { method: 'DELETE', headers }).catch(() => null);
  if (!response) throw networkError(0);
  return json<Deleted>(response);
}

export interface BrowsedDocument {
  id: number;
  title: string;
  department: string | null;
  region: string | null;
  year: number | null;
  phase: 'budget' | 'final_account';
  version: number;
  sourceFile: string;
  errors: number;
  warnings: number;
  infos: number;
  tables: number;
  unknownTables: number;
  status: 'read' | 'unknown_tables' | 'no_tables';
}

export interface BrowsePage {
  total: number;
  page: number;
  pageSize: number;
  documents: BrowsedDocument[];
}

export interface Facets {
  regions: Array<{ region: string | null; documents: number }>;
  years: number[];
  phases: string[];
}

/** GET a JSON answer of the API with these query parameters (empty ones left out). */
export async function getJson<T>(path: string, params: URLSearchParams): Promise<T> {
  for (const [key, value] of [...params]) if (value === '') params.delete(key);
  const query = params.toString();
  return json<T>(await fetch(query ? `${path}?${query}` : path));
}

/** One comparison's table: what the chart shows beside it, and what its exports hold. */
export interface ComparisonTable {
  title: string;
  unit: string;
  columns: Array<{ key: string; label: string; type: 'text' | 'amount' | 'count' }>;
  rows: Array<Array<string | null>>;
}
