// Remove the previous build so no stale compiled test survives a rename.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
