/**
 * The comparisons: GET /api/compare/department (one department across years), /api/compare/region
 * (a region's departments side by side) and /api/compare/code (one classification code across the
 * store). Each answers its query's JSON with the table the page shows beside the chart, or that
 * same table as CSV (with BOM) or XLSX (`format=csv|xlsx`).
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Store } from '../../store/store.js';
export declare const ComparisonTableSchema: z.ZodObject<{
    title: z.ZodString;
    unit: z.ZodLiteral<"万元">;
    columns: z.ZodArray<z.ZodObject<{
        key: z.ZodString;
        label: z.ZodString;
        type: z.ZodEnum<{
            text: "text";
            amount: "amount";
            count: "count";
        }>;
    }, z.core.$strip>>;
    rows: z.ZodArray<z.ZodArray<z.ZodNullable<z.ZodString>>>;
}, z.core.$strip>;
export declare function registerCompare(app: OpenAPIHono, store: Store | null): void;
