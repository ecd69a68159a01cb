import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Store } from '../../store/store.js';
export declare const MAX_PAGE_SIZE = 100;
export declare const Year: z.ZodCoercedNumber<unknown>;
export declare const StoredId: z.ZodObject<{
    id: z.ZodCoercedNumber<unknown>;
}, z.core.$strip>;
export declare function requireStore(store: Store | null): Store;
export declare function registerCorpus(app: OpenAPIHono, store: Store | null): void;
