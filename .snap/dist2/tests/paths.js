import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The repository root, found from the compiled test file (dist/test/…) or the source. */
function findRoot() {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json'))) {
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error('package.json not found');
        dir = parent;
    }
    return dir;
}
export const projectRoot = findRoot();
/** ../shared beside the clone (CI has it there); tests that need it skip visibly when absent. */
export const sharedDir = join(projectRoot, '..', 'shared');
//# sourceMappingURL=paths.js.map