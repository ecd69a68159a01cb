import type { OpenAPIHono } from '@hono/zod-openapi';
/** dist/web beside dist/src (this file is dist/src/server/static.js). */
export declare const WEB_ROOT: string;
export declare function registerStatic(app: OpenAPIHono): void;
