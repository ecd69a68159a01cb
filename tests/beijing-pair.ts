/**
 * A 北京 disclosure of two files from ../shared/corpus (中共北京市委军民融合发展委员会办公室 2026:
 * 附件1 情况说明, 7 pages, and 附件2 报表, 17 pages, among the corpus's smallest pairs), for the
 * server's and the page's tests of a document of two files; the reason to skip when it is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from './paths.js';

const beijing = join(sharedDir, 'corpus', 'beijing');

/** [情况说明, 报表]. */
export const BEIJING_PAIR = [join(beijing, 'junmin-ronghe-2026-sm.pdf'), join(beijing, 'junmin-ronghe-2026-bb.pdf')] as const;

export const pairMissing: string | false = BEIJING_PAIR.every((p) => existsSync(p))
  ? false
  : `${BEIJING_PAIR[0]} 不存在 / missing (../shared/corpus beside the clone)`;
