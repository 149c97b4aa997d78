/**
 * npm run bench [-- --events 1000,10000] [--runs 3] [--keep]
 *
 * Builds a synthetic chronology of N events (scripts/bench/generate.ts) in a temporary copy of the
 * project — never in content/ — and prints one table: validate time, build time and peak memory,
 * Pagefind time, pages, total size, the heaviest HTML page, and in Chromium the time until the
 * first events of the timeline are visible with the bytes transferred, the time to apply a filter
 * and the time until the map is ready. With a single N other than 1,000, 1,000 is run too, as the
 * reference column. Lighthouse scores (desktop settings) of the home, timeline, event, map and
 * search pages follow for the first size (--no-lighthouse skips them). The figures are also
 * written to bench-out/bench.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { generate } from './bench/generate.ts';
import { makeProject } from './bench/project.ts';
import { run } from './bench/measure.ts';
import { siteFigures } from './bench/site.ts';
import { measureBrowser, type BrowserFigures } from './bench/browser.ts';
import { CATEGORIES, measureLighthouse, type PageScores } from './bench/lighthouse.ts';
import { createServer } from 'node:net';
import { spawnSync } from 'node:child_process';
import { startServer } from './serve.ts';
import { processIo, runAsProcess, type CommandIo } from './lib/io.ts';
import type { ExploreIndex } from '../src/lib/explore-index.ts';
import { EVENT_TYPES } from '../src/schema/enums.ts';

const root = resolve(import.meta.dirname, '..');

/** A free port on 127.0.0.1, so the site can be built with its final address (canonical URLs). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

interface Result extends BrowserFigures {
  events: number;
  validateMs: number;
  validateCpuMs: number;
  buildMs: number;
  buildCpuMs: number;
  /** What the build's integration does after the pages (search index and offline copy, side by side). */
  postMs: number;
  /** The offline copy alone: service worker, manifest, zip, checksums. */
  offlineMs: number;
  load: [number, number];
  buildPeakBytes: number;
  pagefindMs: number;
  pages: number;
  totalBytes: number;
  heaviest: { path: string; bytes: number };
  pagesOver500k: number;
  lighthouse?: PageScores[];
}

/** How one size is measured: browser runs, whether to keep the project, where progress goes. */
interface BenchOptions {
  runs: number;
  keep: boolean;
  progress: CommandIo['stderr'];
}

async function bench(n: number, lighthouse: boolean, { runs, keep, progress }: BenchOptions): Promise<Result> {
  const load0 = loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), `qantar-bench-${n}-`));
  try {
    const project = makeProject(root, dir);
    progress.write(`[${n}] generating in ${dir}\n`);
    generate(join(project, 'content'), n, join(root, 'content/places.yaml'));
    spawnSync('sync'); // start from a quiet disk: the generated content, or an earlier run, is still being written
    progress.write(`[${n}] validating\n`);
    const validate = await run(process.execPath, ['scripts/validate.ts'], { cwd: project });
    progress.write(`[${n}] building\n`);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    // `npm run build` is `astro build`; its integration (src/integrations/index.ts) prints the time of
    // the search index and of the offline copy, which run side by side after the pages
    const env = { ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: origin };
    const build = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: project, env });
    const timeIn = (re: RegExp) => Number(re.exec(build.output)?.[1] ?? NaN);
    const pagefindMs = timeIn(/pagefind: \d+ pages read in (\d+) ms/);
    const offlineMs = timeIn(/offline: version \w+, written in (\d+) ms/);
    const postMs = timeIn(/search index and offline copy done in ([\d.]+) s/) * 1000;
    if ([pagefindMs, offlineMs, postMs].some(Number.isNaN))
      throw new Error(`the build did not report its search index and offline copy:\n${build.output.slice(-2000)}`);
    const dist = join(project, 'dist');
    const site = siteFigures(dist);
    const index = JSON.parse(readFileSync(join(dist, 'data/explore/index.json'), 'utf8')) as ExploreIndex;
    const counts = new Map<number, number>();
    for (const row of index.events) counts.set(row[1], (counts.get(row[1]) ?? 0) + 1);
    const busiest = EVENT_TYPES[[...counts].sort((a, b) => b[1] - a[1])[0]![0]]!;
    const server = startServer(dist, port);
    await new Promise((r) => server.once('listening', r));
    // the build leaves up to a gigabyte of files for the disk to write: let it, before timing pages
    spawnSync('sync');
    progress.write(`[${n}] measuring in Chromium\n`);
    try {
      const browser = await measureBrowser(origin, busiest, runs);
      let scores: PageScores[] | undefined;
      if (lighthouse) {
        progress.write(`[${n}] Lighthouse\n`);
        scores = await measureLighthouse(origin, [
          '/en/',
          '/en/timeline/',
          `/en/events/${index.events[0]![0]}/`,
          '/en/map/',
          '/en/search/',
        ]);
      }
      return {
        events: n,
        validateMs: validate.ms,
        validateCpuMs: validate.cpuMs,
        buildMs: build.ms,
        buildCpuMs: build.cpuMs,
        buildPeakBytes: build.peakBytes,
        pagefindMs,
        postMs,
        offlineMs,
        load: [load0, loadavg()[0]!],
        ...site,
        ...browser,
        ...(scores ? { lighthouse: scores } : {}),
      };
    } finally {
      server.close();
    }
  } finally {
    if (keep) progress.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${Math.round(b / 1024)} KB`);

function table(results: Result[]): string {
  const rows: [string, (r: Result) => string, string][] = [
    ['validate (npm run validate)', (r) => `${s(r.validateMs)} (CPU ${s(r.validateCpuMs)})`, '< 10 s at 10,000'],
    ['astro build: pages', (r) => s(r.buildMs - r.postMs), ''],
    ['  then Pagefind index (beside the offline copy)', (r) => s(r.pagefindMs), ''],
    ['  then offline copy, service worker, checksums', (r) => s(r.offlineMs), ''],
    ['  then both, side by side', (r) => s(r.postMs), ''],
    ['npm run build (astro build) in all', (r) => `${s(r.buildMs)} (CPU ${s(r.buildCpuMs)})`, '< 120 s at 10,000'],
    ['npm run build peak memory', (r) => kb(r.buildPeakBytes), '< 3 GB'],
    ['HTML pages', (r) => String(r.pages), ''],
    ['total size of dist/', (r) => kb(r.totalBytes), ''],
    ['heaviest HTML page', (r) => `${kb(r.heaviest.bytes)} ${r.heaviest.path}`, '≤ 500 KB'],
    ['HTML pages over 500 KB', (r) => String(r.pagesOver500k), '0'],
    ['timeline: first events visible', (r) => ms(r.firstEventsMs), '< 400 ms'],
    ['timeline: bytes until then', (r) => kb(r.firstEventsBytes), ''],
    ['timeline: bytes once idle', (r) => kb(r.loadedBytes), ''],
    ['filter applied: first screen painted', (r) => ms(r.filterMs), '< 50 ms'],
    ['filter applied: first page painted', (r) => `${ms(r.filterAllMs)} (${r.filterShown} events)`, ''],
    ['map ready', (r) => `${ms(r.mapReadyMs)} (${r.mapEvents} events)`, '< 1 s at 1,000, < 2 s at 10,000'],
    [
      'load average (start → end)',
      (r) => `${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`,
      `${cpus().length} cores: above that, times are shared`,
    ],
  ];
  const head = `| | ${results.map((r) => `${r.events.toLocaleString('en')} events`).join(' | ')} | budget |`;
  const line = `|---|${results.map(() => '---|').join('')}---|`;
  return [
    head,
    line,
    ...rows.map(([name, f, budget]) => `| ${name} | ${results.map(f).join(' | ')} | ${budget} |`),
  ].join('\n');
}

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  let sizes = (arg('events') ?? '1000').split(',').map(Number);
  if (sizes.length === 1 && sizes[0] !== 1000) sizes = [1000, sizes[0]!];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--events takes event counts, e.g. --events 1000,10000');
  const options: BenchOptions = { runs: Number(arg('runs') ?? 3), keep: argv.includes('--keep'), progress: io.stderr };
  const withLighthouse = !argv.includes('--no-lighthouse');
  const log = (line: string) => io.stdout.write(`${line}\n`);

  const results: Result[] = [];
  for (const [i, n] of sizes.entries()) results.push(await bench(n, withLighthouse && i === 0, options));
  mkdirSync(join(root, 'bench-out'), { recursive: true });
  writeFileSync(
    join(root, 'bench-out/bench.json'),
    JSON.stringify({ date: new Date().toISOString(), results }, null, 2),
  );
  log(table(results));
  for (const r of results.filter((r) => r.lighthouse)) {
    log(`\nLighthouse (desktop settings, ${r.events.toLocaleString('en')} events): ${CATEGORIES.join(' / ')}`);
    log('| page | scores | audits below 1 |\n|---|---|---|');
    for (const p of r.lighthouse!)
      log(`| ${p.path} | ${CATEGORIES.map((c) => p.scores[c]).join(' / ')} | ${p.missed.join(', ') || '-'} |`);
  }
  return 0;
}

if (import.meta.main) await runAsProcess(main);
