/**
 * `npm run validate` on the real content and on broken copies of it: every documented rule gives
 * a `path:line: field: message` line, all problems are reported in one run, and the exit code says it.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as validateMain } from '../../scripts/validate.ts';
import { runMain } from '../support/command.ts';

const root = join(import.meta.dirname, '../..');
const run = (args: string[], env: Record<string, string> = {}) =>
  runMain(validateMain, args, { env: { ...process.env, GITHUB_ACTIONS: '', ...env } });

describe('npm run validate', () => {
  it('passes on the real content', async () => {
    const r = await run([]);
    expect(r.stdout).toMatch(/✓ content is valid/);
    expect(r.status).toBe(0);
  });

  describe('on a broken copy', () => {
    let tmp: string;
    let out: string;
    let status: number | null;
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
      // a number relayed by a news agency, with who stated it taken out; and the old way of marking its side
      const relayed = join(tmp, 'content/events/2022-01-11-csto-mission-complete-smailov-pm/index.md');
      writeFileSync(relayed, readFileSync(relayed, 'utf8').replace(/, statedBy: \{.*\} \}$/m, ' }'));
      const legacy = join(tmp, 'content/events/2022-01-10-interior-ministry-7939-detained/index.md');
      writeFileSync(legacy, readFileSync(legacy, 'utf8').replace(/, statedBy: \{.*\} \}$/m, ', official: true }'));
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
      expect(out).toMatch(
        new RegExp(`${eventDir}/index\\.md:\\d+: type: "riot" is not allowed \\(allowed: protest, use-of-force`),
      );
      expect(out).toMatch(new RegExp(`${eventDir}/index\\.md:\\d+: weather: unknown field "weather"`));
    });
    it('rejects a relayed figure that does not say who stated it, on the figure’s line', () => {
      const file = 'content/events/2022-01-11-csto-mission-complete-smailov-pm/index.md';
      const line = out.split('\n').find((l) => l.startsWith(file) && l.includes('figures.0.statedBy'))!;
      expect(line).toMatch(
        /: figures\.0\.statedBy: source "reuters-2022-01-11-smailov" is media and only relays this number: say who stated it, e\.g\. statedBy: \{ kind: state/,
      );
      const n = Number(line.split(':')[1]);
      expect(readFileSync(join(tmp, file), 'utf8').split('\n')[n - 1]).toMatch(
        /^ {2}- \{ measure: detained, count: 9900/,
      );
      expect(out).toMatch(
        /2022-01-10-interior-ministry-7939-detained\/index\.md:\d+: figures\.0\.official: official is no longer written: the side comes from who stated the number, statedBy: \{ kind: state \}/,
      );
    });
    it('reports raw script, remote images and svg files', () => {
      expect(out).toMatch(/index\.md:\d+: body \(no-script\): a <script> is not allowed/);
      expect(out).toMatch(/index\.md:\d+: body \(no-remote-image\): remote images are not allowed/);
      expect(out).toMatch(/logo\.svg:1: \(file\): SVG files can carry scripts/);
    });
    it('reports a date that does not exist in another file in the same run', () =>
      expect(out).toMatch(/index\.md:\d+: start: "2022-02-30" is not a day that exists/));
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
      expect(
        r.stdout
          .split('\n')
          .filter((l) => /^content\//.test(l))
          .every((l) => l.startsWith('content/places.yaml')),
      ).toBe(true);
      expect(r.status).toBe(1);
    });
  });
});
