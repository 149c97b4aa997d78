/**
 * `npm run validate` on the real content and on broken copies of it: every documented rule gives
 * a `path:line: field: message` line, all problems are reported in one run, and the exit code says it.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../scripts/validate.ts';
import { ROOT as root, runMain } from '../support/command.ts';

const run = (args: string[], env: Record<string, string> = {}) => runMain(main, args, { env: { ...process.env, GITHUB_ACTIONS: '', ...env } });

describe('npm run validate', () => {
  it('passes on the real content', async () => {
    const r = await run([]);
    expect(r.stdout).toMatch(/✓ content is valid/);
    expect(r.status).toBe(0);
  });

  describe('on a broken copy', () => {
    let tmp: string;
    let out: string;
    let status: number;
    let eventDir: string;
    beforeAll(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'qantar-validate-'));
      cpSync(join(root, 'content'), join(tmp, 'content'), { recursive: true });
      const ids = readdirSync(join(tmp, 'content/events')).sort();
      eventDir = `content/events/${ids[0]}`;
      const index = join(tmp, eventDir, 'index.md');
      const text = readFileSync(index, 'utf8')
        .replace(/^type: .*$/m, 'type: riot')
        .replace(/^place: .*$/m, 'place: atlantis')
        .replace(/^verification: .*$/m, 'verification: reported\nweather: cold');
      writeFileSync(index, `${text}\n<script>alert(1)</script>\n\n![pixel](https://tracker.example/p.gif)\n`);
      writeFileSync(join(tmp, eventDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      appendFileSync(join(tmp, 'content/places.yaml'), '- id: broken\n  kind: [\n');
      const second = join(tmp, `content/events/${ids[1]}/index.md`);
      writeFileSync(second, readFileSync(second, 'utf8').replace(/^start: .*$/m, 'start: "2022-02-30"'));
      const r = await run(['--root', tmp]);
      out = r.stdout;
      status = r.status;
    });
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    it('exits 1 and counts the problems', () => {
      expect(status).toBe(1);
      expect(out).toMatch(/✗ \d+ problems found/);
    });
    it('names file, line, field and what is allowed', () => {
      expect(out).toMatch(new RegExp(`${eventDir}/index\\.md:\\d+: type: "riot" is not allowed \\(allowed: protest, use-of-force`));
      expect(out).toMatch(new RegExp(`${eventDir}/index\\.md:\\d+: weather: unknown field "weather"`));
    });
    it('reports raw script, remote images and svg files', () => {
      expect(out).toMatch(/index\.md:\d+: body \(no-script\): a <script> is not allowed/);
      expect(out).toMatch(/index\.md:\d+: body \(no-remote-image\): remote images are not allowed/);
      expect(out).toMatch(/logo\.svg:1: \(file\): SVG files can carry scripts/);
    });
    it('reports a date that does not exist in another file in the same run', () => expect(out).toMatch(/index\.md:\d+: start: "2022-02-30" is not a day that exists/));
    it('reports a YAML syntax error with its line, not a stack trace', () => {
      expect(out).toMatch(/content\/places\.yaml:\d+: \(yaml\): YAML syntax error/);
      expect(out).not.toMatch(/at .*\.ts:\d+:\d+\)/);
    });
    it('gives the line of the field', () => {
      const line = out.split('\n').find((l) => l.includes(': type: "riot"'))!;
      const n = Number(line.split(':')[1]);
      expect(readFileSync(join(tmp, eventDir, 'index.md'), 'utf8').split('\n')[n - 1]).toBe('type: riot');
    });
    it('prints GitHub annotations under GitHub Actions', async () => {
      const r = await run(['--root', tmp], { GITHUB_ACTIONS: 'true' });
      expect(r.stdout).toMatch(/::error file=content\/events\/.+\/index\.md,line=\d+,title=type::/);
    });
    it('limits the report to the paths given', async () => {
      const r = await run(['--root', tmp, 'content/places.yaml']);
      expect(r.stdout.split('\n').filter((l) => /^content\//.test(l)).every((l) => l.startsWith('content/places.yaml'))).toBe(true);
      expect(r.status).toBe(1);
    });
  });
});
