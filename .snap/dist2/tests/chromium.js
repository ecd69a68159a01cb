/**
 * Debian's Chromium for the browser tests (playwright-core drives it; no browser is downloaded):
 * whether it is there, naming what is missing when not, and a headless context on a fresh profile.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
export const CHROMIUM = '/usr/bin/chromium';
export const chromiumMissing = existsSync(CHROMIUM)
    ? false
    : `${CHROMIUM} 不存在 / not installed (apt-get install chromium)`;
export async function launchChromium() {
    const profile = mkdtempSync(join(tmpdir(), 'budgetlens-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        acceptDownloads: true,
        viewport: { width: 1500, height: 950 },
        args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
    return {
        context,
        profile,
        close: async () => {
            await context.close();
            rmSync(profile, { recursive: true, force: true });
        },
    };
}
//# sourceMappingURL=chromium.js.map