import { type BrowserContext } from 'playwright-core';
export declare const CHROMIUM = "/usr/bin/chromium";
export declare const chromiumMissing: string | false;
export interface Browser {
    context: BrowserContext;
    /** The profile folder (a scratch place for files the test makes); removed by close. */
    profile: string;
    close(): Promise<void>;
}
export declare function launchChromium(): Promise<Browser>;
