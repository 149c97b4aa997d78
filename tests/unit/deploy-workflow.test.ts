/**
 * The deploy workflow as a reader who verifies a release relies on it: every published build
 * renders every page (never a page copied from an earlier build's cache), and the files
 * SHA256SUMS lists are attested to have been built here.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
const workflow = parse(readFileSync(join(import.meta.dirname, '../../.github/workflows/deploy.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

describe('the deploy workflow', () => {
  it('builds with --force, so no published page comes from an earlier build', () => {
    const builds = steps.filter((s) => /\bnpm run build\b/.test(s.run ?? ''));
    expect(builds.length).toBeGreaterThanOrEqual(2);
    for (const s of builds) expect(s.run).toMatch(/npm run build -- --force\b/);
  });

  it('attests the files SHA256SUMS lists', () => {
    const attest = steps.find((s) => s.uses?.startsWith('actions/attest-build-provenance@'));
    expect(attest?.with?.['subject-checksums'] ?? attest?.with?.['subject-path']).toMatch(/SHA256SUMS/);
  });
});
