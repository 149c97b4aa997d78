/**
 * `npm run build` moves the previous build aside before Astro starts, and deletes it while Astro
 * works (scripts/build.ts): nothing of it may be left behind, and a folder that is a checkout to
 * deploy from is Astro's to empty, as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outDirOf, setAsidePreviousBuild } from '../../scripts/build.ts';

let tmp: string;
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function site(dir: string, files = 50) {
  mkdirSync(join(dir, 'en/events'), { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(dir, 'en/events', `${i}.html`), 'page');
}

describe('the previous build, set aside', () => {
  it('is out of the way at once, then deleted with what a stopped build left', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'qantar-aside-'));
    site(join(tmp, 'dist'));
    site(join(tmp, 'dist.previous-999'), 3);
    writeFileSync(join(tmp, 'keep.txt'), 'not a build');
    const deleted = setAsidePreviousBuild(join(tmp, 'dist'));
    expect(existsSync(join(tmp, 'dist'))).toBe(false);
    await deleted;
    expect(readdirSync(tmp)).toEqual(['keep.txt']);
  });

  it('leaves a folder holding .git to Astro, and does nothing when there is no previous build', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'qantar-aside-'));
    site(join(tmp, 'out'));
    mkdirSync(join(tmp, 'out/.git'));
    await setAsidePreviousBuild(join(tmp, 'out'));
    expect(readdirSync(join(tmp, 'out')).sort()).toEqual(['.git', 'en']);
    await setAsidePreviousBuild(join(tmp, 'none'));
    expect(readdirSync(tmp)).toEqual(['out']);
  });

  it('is the folder astro build writes: --outDir, or dist', () => {
    expect(outDirOf([], '/p')).toBe('/p/dist');
    expect(outDirOf(['--outDir', 'site'], '/p')).toBe('/p/site');
    expect(outDirOf(['--outDir=/tmp/x', '--verbose'], '/p')).toBe('/tmp/x');
  });
});
