// Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium (`.ci/run` installs it
// with apt-get) driven by playwright-core, which never downloads a browser of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { reportCspViolations } from './page-probes.js';

/** Debian's Chromium. */
export const chromiumPath = '/usr/bin/chromium';

/** Whether Chromium is installed and starts (`--version`). */
export const hasChromium =
  existsSync(chromiumPath) &&
  spawnSync(chromiumPath, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;

/**
 * Skip the browser tests only on a machine without Chromium outside CI. In CI (`CI=true`) they
 * never skip: a missing Chromium fails them (see {@link launchChromium}).
 */
export const skipBrowser = !hasChromium && process.env['CI'] !== 'true';

// The machine's network is closed: without the background-networking flags Chromium keeps
// trying (and failing) to reach Google's hosts, noise at best and a slow start at worst.
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium (one per test file: `beforeAll`, closed in `afterAll`). */
export async function launchChromium(): Promise<Browser> {
  if (!hasChromium) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}: install it (apt-get install chromium, as .ci/run does); with CI=true the browser tests never skip`,
    );
  }
  // playwright makes its own fresh temporary profile for a non-persistent launch
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
}

/** Everything a page did that a self-contained, script-safe page must not do. */
export interface PageWatch {
  /** Every URL the page asked for (the page's own file included; `data:` URLs are not listed). */
  requests: string[];
  /** Requests to anything but a `file:` URL, aborted by the route. */
  aborted: string[];
  /** Console messages of type error or warning, as `type: text`. */
  console: string[];
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** Every `alert`, `confirm`, `prompt` or `beforeunload` the page opened (dismissed). */
  dialogs: string[];
  /** Content-Security-Policy violations (`securitypolicyviolation` events). */
  csp: string[];
}

/**
 * Opens `url` in a fresh context of `browser`, watching requests, console, errors, dialogs and
 * CSP violations; runs `use` with the loaded page and closes the context whatever happens.
 */
export async function withPage<T>(
  browser: Browser,
  url: string,
  options: BrowserContextOptions,
  use: (page: Page, watch: PageWatch) => Promise<T>,
): Promise<T> {
  const watch: PageWatch = {
    requests: [],
    aborted: [],
    console: [],
    errors: [],
    dialogs: [],
    csp: [],
  };
  const context = await browser.newContext(options);
  try {
    await context.route('**/*', async (route) => {
      const asked = route.request().url();
      if (asked.startsWith('file:')) return route.continue();
      watch.aborted.push(asked);
      return route.abort();
    });
    context.on('request', (request) => {
      if (!request.url().startsWith('data:')) watch.requests.push(request.url());
    });
    // playwright's init scripts and bindings are not page scripts: the page's CSP blocks neither
    await context.exposeBinding('__reportCsp', (_source, text: string) => watch.csp.push(text));
    await context.addInitScript(reportCspViolations);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        watch.console.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => watch.errors.push(error.message));
    page.on('dialog', (dialog) => {
      watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return await use(page, watch);
  } finally {
    await context.close();
  }
}

/** A PNG's width and height, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The pages of a PDF: its `/Type /Page` objects (not the `/Pages` tree nodes). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
