/** GET /api/health: the server is up, its version, and whether uploads need a token. */
import { createRoute, z } from '@hono/zod-openapi';
const Health = z
    .object({
    status: z.literal('ok'),
    version: z.string(),
    token: z.boolean().openapi({ description: '上传需要令牌 / uploads need a token' }),
    maxUploadBytes: z.number().int(),
})
    .openapi('Health');
const route = createRoute({
    method: 'get',
    path: '/api/health',
    summary: '状态 / health',
    responses: { 200: { description: '运行中 / up', content: { 'application/json': { schema: Health } } } },
});
export function registerHealth(app, health) {
    app.openapi(route, (c) => c.json({ status: 'ok', ...health }, 200));
}
//# sourceMappingURL=health.js.map