/** GET /api/health: the server is up, its version, and whether uploads need a token. */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
declare const Health: z.ZodObject<{
    status: z.ZodLiteral<"ok">;
    version: z.ZodString;
    token: z.ZodBoolean;
    maxUploadBytes: z.ZodNumber;
}, z.core.$strip>;
export declare function registerHealth(app: OpenAPIHono, health: Omit<z.infer<typeof Health>, 'status'>): void;
export {};
