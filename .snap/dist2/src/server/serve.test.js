import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLoopback, SHARED_UPLOADS_PER_MINUTE } from './options.js';
import { ServeConfigError, serverOptions, startServer } from './serve.js';
describe('serve', () => {
    it('loopback addresses', () => {
        for (const host of ['127.0.0.1', '127.3.4.5', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])
            assert.ok(isLoopback(host), host);
        for (const host of ['0.0.0.0', '::', '192.168.1.2', '10.0.0.1', 'example.org', '128.0.0.1'])
            assert.ok(!isLoopback(host), host);
    });
    it('a shared deployment needs a token and limits the rate of uploads; loopback does not', () => {
        assert.throws(() => serverOptions({ host: '0.0.0.0', port: 0, token: null }), ServeConfigError);
        assert.deepEqual(serverOptions({ host: '0.0.0.0', port: 0, token: 'x' }), {
            token: 'x',
            jobs: undefined,
            uploadsPerMinute: SHARED_UPLOADS_PER_MINUTE,
        });
        assert.equal(serverOptions({ host: '127.0.0.1', port: 0, token: null }).uploadsPerMinute, 0);
    });
    it('listens on the port given (0: any free one) and stops', async () => {
        const running = await startServer({ host: '127.0.0.1', port: 0, token: null, jobs: 1 });
        assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+$/);
        const health = (await (await fetch(`${running.url}/api/health`)).json());
        assert.equal(health.status, 'ok');
        await running.close();
        await assert.rejects(fetch(`${running.url}/api/health`));
    });
});
//# sourceMappingURL=serve.test.js.map