/**
 * The HTTP API's latency on a full store (issue 15: p95 under 100 ms for browse and comparison
 * queries at 10,000 documents): each request answered in process by the app (no network), one
 * warm-up then `rounds` timed, one after another.
 */
import { regionOf } from '../src/model/region.js';
import { createServerApp } from '../src/server/app.js';
const TARGET_MS = 100;
function percentile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
export async function apiLatency(name, store, sample, code, rounds = 20) {
    const server = createServerApp({ jobs: 1, store });
    const department = sample.department ?? sample.title;
    const region = regionOf(sample.department, sample.title)?.name ?? '';
    const q = (params) => new URLSearchParams(params).toString();
    const requests = [
        ['browse: first page', '/api/corpus/documents'],
        ['browse: filters offered', '/api/corpus/facets'],
        ['browse: a region and year, page 3', `/api/corpus/documents?${q({ region, year: String(sample.year ?? ''), page: '3' })}`],
        ['browse: department name search', `/api/corpus/documents?${q({ department: department.slice(-3) })}`],
        [`browse: code ${code} search`, `/api/corpus/documents?${q({ code })}`],
        ['compare: department across years', `/api/compare/department?${q({ department })}`],
        ['compare: region side by side', `/api/compare/region?${q({ region, year: String(sample.year ?? '') })}`],
        [`compare: code ${code} (first page)`, `/api/compare/code?${q({ code })}`],
    ];
    console.log(`\n== ${name}: API latency, ${rounds} requests each after one warm-up ==`);
    try {
        for (const [label, path] of requests) {
            const first = await server.app.request(path);
            if (first.status !== 200)
                throw new Error(`${path}: ${first.status} ${await first.text()}`);
            const times = [];
            for (let i = 0; i < rounds; i++) {
                const start = performance.now();
                const response = await server.app.request(path);
                await response.arrayBuffer();
                times.push(performance.now() - start);
            }
            times.sort((a, b) => a - b);
            const p95 = percentile(times, 95);
            console.log(`${name}: ${label}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target p95 < ${TARGET_MS} ms)  ${p95 < TARGET_MS ? 'ok' : 'MISSED'}`);
        }
    }
    finally {
        await server.close();
    }
}
//# sourceMappingURL=api-latency.js.map