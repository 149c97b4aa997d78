/**
 * Finds a Chromium to drive: CHROMIUM_PATH, then the system's (Debian's /usr/bin/chromium and
 * the usual names), then Playwright's own download. Fails with what to install when none is found.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined; // Playwright's own browser, if `npx playwright install chromium` was run
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_CHROMIUM_HELP =
  'No Chromium found for the browser tests. Install one: on Debian/Ubuntu `sudo apt-get install chromium`, ' +
  'elsewhere `npx playwright install chromium`; or set CHROMIUM_PATH to a Chromium or Chrome binary.';
