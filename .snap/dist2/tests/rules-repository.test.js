/** The repository keeps every rule, its doc page, its test and its registry entry in step. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ruleDoc, rulesIndex } from '../src/rules/docs.js';
import { RULES } from '../src/rules/registry.js';
import { projectRoot } from './paths.js';
const rulesDir = join(projectRoot, 'src', 'rules', 'rules');
const docsDir = join(projectRoot, 'docs', 'rules');
describe('rule repository', () => {
    it('registers every rule module, once', () => {
        const modules = readdirSync(rulesDir)
            .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
            .map((f) => f.replace(/\.ts$/, ''))
            .sort();
        assert.deepEqual(RULES.map((r) => r.meta.id).sort(), modules);
        assert.equal(new Set(RULES.map((r) => r.meta.id)).size, RULES.length);
    });
    for (const rule of RULES) {
        describe(rule.meta.id, () => {
            it('has a test with valid and invalid cases', () => {
                const test = join(rulesDir, `${rule.meta.id}.test.ts`);
                assert.ok(existsSync(test), `missing ${test}`);
                const text = readFileSync(test, 'utf8');
                assert.match(text, /valid:\s*\[/);
                assert.match(text, /invalid:\s*\[/);
            });
            it('has an up-to-date doc page (npm run docs:rules)', () => {
                const page = join(docsDir, `${rule.meta.id}.md`);
                assert.ok(existsSync(page), `missing ${page}`);
                assert.equal(readFileSync(page, 'utf8'), ruleDoc(rule));
            });
            it('has Chinese and English text for its title, description and every message', () => {
                for (const text of [rule.meta.title, rule.meta.description, ...Object.values(rule.meta.messages)]) {
                    assert.match(text.zh, /[\u4e00-\u9fff]/);
                    assert.match(text.en, /[A-Za-z]/);
                }
            });
        });
    }
    it('has an up-to-date rules index', () => {
        assert.equal(readFileSync(join(docsDir, 'README.md'), 'utf8'), rulesIndex(RULES));
    });
});
//# sourceMappingURL=rules-repository.test.js.map