/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects, so that `vitest run --project unit` stays quick while a change is being made:
// unit tests run modules and commands in-process; integration tests build a site with
// `astro build` or start the commands as real processes, and take minutes.
export default getViteConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
