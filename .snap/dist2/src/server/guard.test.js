import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { ApiError } from './errors.js';
import { rateLimit, requireToken } from './guard.js';
function app(...middleware) {
    const hono = new Hono();
    hono.onError((error, c) => (error instanceof ApiError ? c.json(error.body(), error.status) : c.text('?', 500)));
    hono.use('*', ...middleware);
    hono.post('/', (c) => c.text('ok'));
    return hono;
}
describe('guard', () => {
    it('rateLimit: a fixed window per minute', async () => {
        let now = 0;
        const hono = app(rateLimit(3, () => now));
        const statuses = async (n) => {
            const out = [];
            for (let i = 0; i < n; i++)
                out.push((await hono.request('/', { method: 'POST' })).status);
            return out;
        };
        assert.deepEqual(await statuses(4), [200, 200, 200, 429]);
        now = 59_000;
        assert.deepEqual(await statuses(1), [429]);
        now = 60_000;
        assert.deepEqual(await statuses(4), [200, 200, 200, 429]);
    });
    it('rateLimit 0 is no limit; requireToken(null) lets every write through', async () => {
        const hono = app(rateLimit(0), requireToken(null));
        for (let i = 0; i < 50; i++)
            assert.equal((await hono.request('/', { method: 'POST' })).status, 200);
    });
    it('requireToken: Bearer with the token, nothing else', async () => {
        const hono = app(requireToken('t0ken'));
        const status = async (authorization) => (await hono.request('/', { method: 'POST', headers: authorization ? { authorization } : {} })).status;
        assert.equal(await status(), 401);
        assert.equal(await status('Bearer t0ke'), 401);
        assert.equal(await status('Basic t0ken'), 401);
        assert.equal(await status('Bearer t0ken'), 200);
        assert.equal(await status('bearer  t0ken '), 200);
    });
});
//# sourceMappingURL=guard.test.js.map