/**
 * `npm run archive` end to end, in-process, against a stand-in for the Internet Archive's Save
 * Page Now API on 127.0.0.1 that answers as the documented API does: a job id, pending then
 * success or an error status, HTTP 429 with Retry-After, 401 for bad keys. Waiting is recorded,
 * not done.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as validateMain } from '../../scripts/validate.ts';
import { runMain } from '../support/command.ts';
import { parse } from 'yaml';
import { main } from '../../scripts/archive.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { withArchiveRecord } from '../../src/lib/archive/record.ts';
import { archiveLookupUrl, archiveShare, sharePercent } from '../../src/lib/archive/links.ts';
import { sourceSchema } from '../../src/schema/source.ts';

const fixture = join(import.meta.dirname, '../fixtures/import/content');
const GAS = 'https://news.fixture.example/2022/01/03/gas';
const NGO = 'https://ngo.fixture.example/notes/1';
const CAPTURED = 'the page as the archive captured it';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let server: Server;
let api: string;
let handler: Handler;
let requests: string[];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}${body ? ` ${new URLSearchParams(body).get('url')}` : ''}`);
      // the API wants the keys; reading a copy (/web/…) does not
      if (!req.url!.startsWith('/web/') && req.headers.authorization !== 'LOW key:secret')
        return json(res, 401, { message: 'bad keys' });
      handler(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address() as { port: number };
  api = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** The documented happy path: a job per address, pending once, then success (or the given error). */
function archiveOf(errors: Record<string, { status_ext: string; message: string }> = {}): Handler {
  const polls = new Map<string, number>();
  return (req, body, res) => {
    if (req.method === 'POST' && req.url === '/save') {
      const url = new URLSearchParams(body).get('url')!;
      return json(res, 200, { url, job_id: `job-${Buffer.from(url).toString('hex').slice(-12)}` });
    }
    const status = /^\/save\/status\/(job-[0-9a-f]+)$/.exec(req.url!);
    if (req.method === 'GET' && status) {
      const id = status[1]!;
      const url = [GAS, NGO, ...Object.keys(errors)].find(
        (u) => id === `job-${Buffer.from(u).toString('hex').slice(-12)}`,
      )!;
      const n = (polls.get(id) ?? 0) + 1;
      polls.set(id, n);
      if (n === 1) return json(res, 200, { status: 'pending', job_id: id, resources: [] });
      if (errors[url]) return json(res, 200, { status: 'error', job_id: id, ...errors[url], exception: 'x' });
      return json(res, 200, {
        status: 'success',
        job_id: id,
        original_url: url,
        timestamp: url === GAS ? '20261130204107' : '20261130204219',
        duration_sec: 6.2,
        resources: [url],
      });
    }
    if (req.method === 'GET' && req.url!.startsWith('/web/')) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(CAPTURED);
    }
    json(res, 404, { message: 'no such endpoint' });
  };
}

let root: string;
let out: string[];
let err: string[];
let slept: number[];
const env = () => ({
  IA_ACCESS_KEY: 'key',
  IA_SECRET_KEY: 'secret',
  ARCHIVE_API: api,
  ARCHIVE_POLL_MS: '5000',
  ARCHIVE_INTERVAL_MS: '12000',
});
const io = () => ({
  log: (l: string) => out.push(l),
  error: (l: string) => err.push(l),
  sleep: async (ms: number) => void slept.push(ms),
});
const source = (name: string) => readFileSync(join(root, 'content/sources', name), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'qantar-archive-'));
  cpSync(fixture, join(root, 'content'), { recursive: true });
  requests = [];
  out = [];
  err = [];
  slept = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run archive', () => {
  it('captures each source without a copy, records it in the front matter and leaves the rest of the file as it was', async () => {
    const before = source('fixture-news-2022-01-03.md');
    handler = archiveOf();
    expect(await main(['--root', root], env(), io())).toBe(0);

    const after = source('fixture-news-2022-01-03.md');
    const sha = createHash('sha256').update(CAPTURED).digest('hex');
    const added =
      `archived:\n  - url: "https://web.archive.org/web/20261130204107/${GAS}"\n  at: "2026-11-30T20:41:07Z"\n    sha256: ${sha}\n`.replace(
        '\n  at',
        '\n    at',
      );
    expect(after).toBe(before.replace('lang: en\n---', `lang: en\n${added}---`));
    // the written record passes the validator, as the build will read it
    const content = loadContent(root);
    expect(content.problems).toEqual([]);
    const gas = content.sources.find((s) => s.id === 'fixture-news-2022-01-03')!;
    expect(gas.data.archived).toEqual([
      { url: `https://web.archive.org/web/20261130204107/${GAS}`, at: '2026-11-30T20:41:07Z', sha256: sha },
    ]);
    expect(archiveShare(content.sources.map((s) => s.data))).toEqual({ archivable: 2, archived: 2 });
    expect(out.at(-1)).toMatch(/2 recorded, 0 not captured; 2 of 2 sources \(100%\) now have a recorded copy/);
    const validate = await runMain(validateMain, ['--root', root, '--lang', 'en']);
    expect(validate.stdout).toContain('archived copies: 2 of 2 sources with a public address (100%)');
    // politely: one job at a time, its status polled every 5 s, 12 s between two captures
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([`POST /save ${GAS}`, `POST /save ${NGO}`]);
    expect(slept.filter((ms) => ms > 5000)[0]).toBeGreaterThan(11_000);
  });

  it('resumes where it stopped: sources already recorded are not asked for again', async () => {
    handler = archiveOf();
    writeFileSync(
      join(root, 'content/sources/fixture-news-2022-01-03.md'),
      withArchiveRecord(source('fixture-news-2022-01-03.md'), {
        url: `https://web.archive.org/web/20250101000000/${GAS}`,
        at: '2025-01-01T00:00:00Z',
      }),
    );
    expect(await main(['--root', root], env(), io())).toBe(0);
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([`POST /save ${NGO}`]);
    expect(out[0]).toMatch(/1 of 2 sources have a recorded copy; 1 to capture/);
  });

  it('waits as long as a 429 answer asks, then goes on', async () => {
    const normal = archiveOf();
    let refused = 0;
    handler = (req, body, res) =>
      req.method === 'POST' && refused++ < 2
        ? json(res, 429, { message: 'Too many requests' }, { 'Retry-After': '30' })
        : normal(req, body, res);
    expect(await main(['--root', root], env(), io())).toBe(0);
    expect(slept.filter((ms) => ms === 30_000)).toHaveLength(2);
    expect(loadContent(root).sources.every((s) => s.data.archived.length === 1)).toBe(true);
  });

  it('stops, keeping what it recorded, when the archive keeps answering 429 or the daily quota is used up', async () => {
    handler = (_req, _body, res) => json(res, 429, { message: 'Too many requests' });
    expect(await main(['--root', root], { ...env(), ARCHIVE_BACKOFF_MS: '1000' }, io())).toBe(1);
    expect(err.join('\n')).toMatch(
      /stopped at fixture-news-2022-01-03: rate limited \(HTTP 429, 4 attempts\)\. 0 recorded; run again later/,
    );
    expect(slept.slice(0, 3)).toEqual([1000, 2000, 4000]); // backing off, without Retry-After
    expect(requests.some((r) => r.includes(NGO))).toBe(false);

    requests = [];
    err = [];
    handler = archiveOf({
      [NGO]: {
        status_ext: 'error:too-many-daily-captures',
        message: 'This user has reached the daily limit of captures.',
      },
    });
    expect(await main(['--root', root], env(), io())).toBe(1);
    expect(err.join('\n')).toMatch(
      /stopped at fixture-ngo-2022-01-06: error:too-many-daily-captures: This user has reached the daily limit/,
    );
    expect(loadContent(root).sources.find((s) => s.id === 'fixture-news-2022-01-03')!.data.archived).toHaveLength(1);
  });

  it('skips an address the archive cannot capture and says so, with a failing exit code', async () => {
    handler = archiveOf({
      [GAS]: { status_ext: 'error:blocked-url', message: 'This URL is in the Wayback Machine block list.' },
    });
    expect(await main(['--root', root], env(), io())).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(
        /^archive: fixture-news-2022-01-03: not captured \(error:blocked-url: This URL is in the Wayback Machine block list\.\); it stays without a copy/,
      ),
    ]);
    expect(source('fixture-news-2022-01-03.md')).not.toMatch(/archived/);
    expect(source('fixture-ngo-2022-01-06.md')).toMatch(/archived:/);
  });

  it('needs the keys, and says which when the archive refuses them', async () => {
    handler = archiveOf();
    expect(await main(['--root', root], { ARCHIVE_API: api }, io())).toBe(2);
    expect(err[0]).toMatch(/set IA_ACCESS_KEY and IA_SECRET_KEY/);
    expect(requests).toEqual([]);
    expect(await main(['--root', root], { ...env(), IA_SECRET_KEY: 'wrong' }, io())).toBe(2);
    expect(err[1]).toMatch(/refused the keys \(HTTP 401\)/);
    expect(await main(['--root', root, '--limit', 'x'], env(), io())).toBe(2);
    expect(await main(['--root', root, '--dry-run'], {}, io())).toBe(0);
    expect(out.at(-1)).toBe(`  would capture fixture-ngo-2022-01-06: ${NGO}`);
  });
});

describe('archive records', () => {
  const base = {
    title: 't',
    publisher: 'p',
    published: '2022-01-05',
    kind: 'media',
    url: 'https://example.org/a',
    lang: 'en',
  };
  const issue = (archived: unknown) => sourceSchema.safeParse({ ...base, archived }).error?.issues[0]?.message;

  it('have an https address, a capture time in UTC and an optional sha256', () => {
    expect(
      issue([{ url: 'https://web.archive.org/web/20220105000000/https://example.org/a', at: '2022-01-05T00:00:00Z' }]),
    ).toBeUndefined();
    expect(issue([{ url: 'https://web.archive.org/x', at: '2022-01-05' }])).toMatch(
      /is not a capture time: write it in UTC/,
    );
    expect(issue([{ url: 'https://web.archive.org/x', at: '2022-02-30T00:00:00Z' }])).toMatch(
      /not a moment that exists/,
    );
    expect(issue([{ url: 'https://web.archive.org/x', at: '2022-01-05T00:00:00Z', sha256: 'ABC' }])).toMatch(
      /64 lower-case hexadecimal/,
    );
    expect(issue([{ url: 'https://example.org/a', at: '2022-01-05T00:00:00Z' }])).toMatch(
      /address of the copy, not of the original/,
    );
    expect(issue([{ url: 'https://web.archive.org/x', captured: '2022-01-05' }])).toBeDefined();
  });

  it('are added to an existing list and refuse a front matter they cannot edit safely', () => {
    const one = { url: 'https://web.archive.org/web/1/https://example.org/a', at: '2022-01-05T00:00:00Z' };
    const two = { url: 'https://web.archive.org/web/2/https://example.org/a', at: '2023-01-05T00:00:00Z' };
    const file = '---\ntitle: "A: b"\narchived: []\nlang: en # the language\n---\nBody\n---\n';
    const once = withArchiveRecord(file, one);
    expect(once).toBe(
      '---\ntitle: "A: b"\narchived:\n  - url: "https://web.archive.org/web/1/https://example.org/a"\n    at: "2022-01-05T00:00:00Z"\nlang: en # the language\n---\nBody\n---\n',
    );
    expect(withArchiveRecord(once, two)).toContain(
      '    at: "2022-01-05T00:00:00Z"\n  - url: "https://web.archive.org/web/2/https://example.org/a"\n    at: "2023-01-05T00:00:00Z"\nlang: en',
    );
    expect(() => withArchiveRecord('---\narchived: [{ url: x }]\n---\n', two)).toThrow(/block list/);
    expect(() => withArchiveRecord('no front matter', two)).toThrow(/front matter/);
  });

  it('or, until one is recorded, a lookup link and a share that counts only sources with an address', () => {
    expect(archiveLookupUrl('https://example.org/a?b=1')).toBe(
      'https://web.archive.org/web/*/https://example.org/a?b=1',
    );
    const share = archiveShare([
      {
        kind: 'media',
        url: 'https://a.example/',
        archived: [{ url: 'https://web.archive.org/web/1/https://a.example/', at: '2022-01-05T00:00:00Z' }],
      },
      { kind: 'media', url: 'https://b.example/', archived: [] },
      { kind: 'media', url: 'https://c.example/', archived: [] },
      { kind: 'testimony', url: undefined, archived: [] },
    ]);
    expect(share).toEqual({ archivable: 3, archived: 1 });
    expect(sharePercent(share)).toBe(33);
  });
});

describe('the scheduled archive workflow', () => {
  const workflow = parse(readFileSync(join(import.meta.dirname, '../../.github/workflows/archive.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<
      string,
      {
        if: string;
        permissions: Record<string, string>;
        steps: { run?: string; uses?: string; env?: Record<string, string> }[];
      }
    >;
  };
  const job = workflow.jobs.archive!;

  it('runs on a schedule or by hand, never for a pull request, and not in forks', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(job.if).toContain('!github.event.repository.fork');
  });

  it('has only the write access it needs, and the keys only in the step that captures', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const withKeys = job.steps.filter((s) => JSON.stringify(s).includes('secrets.'));
    expect(withKeys).toHaveLength(1);
    expect(withKeys[0]!.run).toContain('npm run archive');
    expect(job.steps.some((s) => s.uses?.startsWith('peter-evans/create-pull-request@'))).toBe(true);
  });
});
