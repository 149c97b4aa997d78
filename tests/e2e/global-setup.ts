import { existsSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_HELP } from './chromium.ts';

export default function globalSetup() {
  if (!findChromium()) {
    // Playwright's own browser may still be installed; say clearly what to do if it is not.
    console.warn(NO_CHROMIUM_HELP);
  }
  if (!existsSync(`${process.env.DIST ?? 'dist'}/kk/index.html`))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
}
