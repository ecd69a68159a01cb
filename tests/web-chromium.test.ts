/**
 * The web page's browser tests, in one process with one Chromium (a context per suite): the report
 * page (web-browser.ts), uploads stored and deleted (web-uploads.ts), the corpus browser and the
 * comparisons (web-corpus.ts), in that order. One file, since the test runner starts a process per
 * file: three files paid three Node starts and three browser starts. Screenshots go to
 * test-artifacts/web/ (git-ignored). Each suite skips, naming what is missing, without /usr/bin/chromium.
 */
import { after } from 'node:test';
import { closeChromium } from './chromium.js';
import './web-browser.js';
import './web-uploads.js';
import './web-corpus.js';

after(closeChromium);
