import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium.ts';

const executablePath = findChromium();
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 2,
  timeout: 60_000,
  reporter: [['list']],
  // The service worker would answer later requests of a test from its cache: only the offline
  // tests, which are about it, let it run (they open their contexts with serviceWorkers: 'allow').
  use: { baseURL: `http://127.0.0.1:${port}`, trace: 'off', serviceWorkers: 'block' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.ts ${process.env.DIST ?? 'dist'} ${port}`,
    url: `http://127.0.0.1:${port}/kk/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
