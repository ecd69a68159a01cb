// Write docs/rules/<id>.md and docs/rules/README.md from the rules' meta.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleDoc, rulesIndex } from '../src/rules/docs.js';
import { RULES } from '../src/rules/registry.js';
import { projectRoot } from '../tests/paths.js';
const dir = join(projectRoot, 'docs', 'rules');
mkdirSync(dir, { recursive: true });
for (const rule of RULES)
    writeFileSync(join(dir, `${rule.meta.id}.md`), ruleDoc(rule));
writeFileSync(join(dir, 'README.md'), rulesIndex(RULES));
console.log(`wrote ${RULES.length} rule pages to docs/rules/`);
//# sourceMappingURL=rule-docs.js.map