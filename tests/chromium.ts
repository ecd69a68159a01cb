/**
 * Debian's Chromium for the browser tests (playwright-core drives it; no browser is downloaded):
 * whether it is there, naming what is missing when not. One browser per test process, started by
 * the first suite that asks: each suite gets a fresh context of it (its own storage, cookies and
 * downloads), not a browser start of its own (tests/web-chromium.test.ts closes it at the end).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Browser as ChromiumProcess, chromium, type Page } from 'playwright-core';
import { projectRoot } from './paths.js';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumMissing: string | false = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} 不存在 / not installed (apt-get install chromium)`;

/** Where every browser suite saves its screenshots (git-ignored). */
export const ARTIFACTS = join(projectRoot, 'test-artifacts', 'web');

export interface Browser {
  context: BrowserContext;
  /** A scratch folder for files the test makes; removed by close. */
  profile: string;
  /** Close the context (the browser stays for the next suite). */
  close(): Promise<void>;
}

let shared: Promise<ChromiumProcess> | null = null;

function start(): Promise<ChromiumProcess> {
  shared ??= chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return shared;
}

export async function launchChromium(): Promise<Browser> {
  const context = await (await start()).newContext({ acceptDownloads: true, viewport: { width: 1500, height: 950 } });
  const profile = mkdtempSync(join(tmpdir(), 'budgetlens-chromium-'));
  return {
    context,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new page of the suite's context whose console errors and page errors (a CSP violation, a
 * failed load, a script error) go into `problems`, which each suite asserts empty; the screenshot
 * folder made.
 */
export async function watchedPage(browser: Browser, problems: string[]): Promise<Page> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const page = await browser.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return page;
}

/** End the browser of this process, if one was started. */
export async function closeChromium(): Promise<void> {
  const browser = shared;
  shared = null;
  await (await browser)?.close();
}
