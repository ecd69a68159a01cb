import assert from 'node:assert/strict';
import { readText } from '../reader.js';
import { check } from './engine.js';
/** Run one rule over a document written as text (the lines of a disclosure dump). */
export function runRule(rule, lines) {
    const doc = readText(lines.join('\n'), 'case.txt');
    return check(doc, { rules: [rule] }).findings;
}
/** ESLint-style rule tests: valid documents give no finding but infos; invalid ones exactly the listed findings. */
export function testRule(rule, cases, it) {
    for (const c of cases.valid) {
        it(`valid: ${c.name}`, () => {
            const findings = runRule(rule, c.lines).filter((f) => f.severity !== 'info');
            assert.deepEqual(findings.map((f) => f.message), []);
        });
    }
    for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, () => {
            const findings = runRule(rule, c.lines);
            assert.equal(findings.length, c.findings.length, findings.map((f) => `${f.severity} ${f.message}`).join('\n'));
            c.findings.forEach((want, i) => {
                const got = findings[i];
                assert.equal(got.rule, rule.meta.id);
                assert.equal(got.severity, want.severity, got.message);
                if (want.line !== undefined)
                    assert.equal(got.source?.line, want.line, got.message);
                if (want.expected !== undefined)
                    assert.equal(got.expected, want.expected, got.message);
                if (want.actual !== undefined)
                    assert.equal(got.actual, want.actual, got.message);
                if (want.message !== undefined)
                    assert.ok(got.message.includes(want.message), got.message);
            });
        });
    }
}
//# sourceMappingURL=testing.js.map