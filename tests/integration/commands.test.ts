/**
 * Each command once as the real process `npm run …` starts: the unit tests call main(argv) in
 * their own process, so this is what checks the command line itself, stdin and the exit code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '../..');
const ENV = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', GITHUB_ACTIONS: '', INIT_CWD: root };
const run = (script: string, args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    encoding: 'utf8',
    env: ENV,
    cwd: root,
    input,
    timeout: 120_000,
  });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qantar-commands-'));
  cpSync(join(root, 'tests/fixtures/import/content'), join(tmp, 'content'), { recursive: true });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the commands as processes', () => {
  it('validate passes on the real content with exit code 0, and exits 2 on a wrong --lang', () => {
    const ok = run('validate.ts', []);
    expect(ok.stdout).toMatch(/✓ content is valid/);
    expect(ok.status).toBe(0);
    const wrong = run('validate.ts', ['--lang', 'fr']);
    expect(wrong.stderr).toMatch(/--lang must be one of kk, ru, en/);
    expect(wrong.status).toBe(2);
  });

  it('import writes drafts from a file named relative to where it was typed', () => {
    const r = run('import.ts', ['--root', tmp, 'tests/fixtures/import/good.csv']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✓ 3 draft entries written');
    expect(r.status).toBe(0);
    expect(readdirSync(join(tmp, 'content/events'))).toHaveLength(4);
  });

  it('new reads piped answers and exits 1 without writing when they end early', () => {
    const before = readdirSync(join(tmp, 'content/events')).sort();
    const r = run('new.ts', ['--root', tmp], 'en\n2022-01-03\n');
    expect(r.stdout).toContain('Тіл / Язык / Language (kk, ru, en)');
    expect(r.stderr).toMatch(/Missing answers: give --place, --type, --title, --summary, --source/);
    expect(r.status).toBe(1);
    expect(readdirSync(join(tmp, 'content/events')).sort()).toEqual(before);
  });
});
