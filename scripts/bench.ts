/**
 * npm run bench [-- --events 1000,10000] [--runs 3] [--keep] [--no-lighthouse] [--no-rebuild] [--alone] [--report]
 *
 * Builds a synthetic chronology of N events (scripts/bench/generate.ts) in a temporary copy of the
 * project — never in content/ — and prints one table: validate time, build time and peak memory,
 * Pagefind time, pages, total size, the heaviest HTML page, and in Chromium the time until the
 * first events of the timeline are visible with the bytes transferred, the time to apply a filter,
 * the time until the map is ready, and a story page's first text and map. With a single N other
 * than 1,000, 1,000 is run too, as the reference column (--alone skips it). Lighthouse scores (desktop settings) of the home, timeline, event, map and
 * search pages follow for the first size (--no-lighthouse skips them). Then one query per
 * language on the search page (the bytes Pagefind fetched), and a rebuild after one generated
 * entry is changed, with the first build's caches in place (--no-rebuild skips it). The site is
 * served gzipped, as static hosts send it. The figures are also written to bench-out/bench.json
 * and bench-out/bench-<N>.json; bench-out/growth.md and growth.svg show how each step grows over
 * every size measured so far (--report prints them again from there, without building).
 *
 * The 100,000 size takes about 40 minutes on two cores (29 of them building):
 * `NODE_OPTIONS=--max-old-space-size=2560 npm run bench -- --events 100000 --alone --no-lighthouse
 * --no-rebuild`. The heap limit keeps Astro's process under 3.9 GB; the search index and the
 * offline copy follow once it has exited (scripts/build.ts), each Pagefind shard's run taking
 * about 0.9 GB beside them (src/lib/search/shards.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { generate } from './bench/generate.ts';
import { makeProject } from './bench/project.ts';
import { run } from './bench/measure.ts';
import { siteFigures } from './bench/site.ts';
import {
  measureBrowser,
  measureSearch,
  SEARCH_QUERIES,
  type BrowserFigures,
  type SearchFigures,
} from './bench/browser.ts';
import { growthSvg, growthTable, type StepFigures } from './bench/growth.ts';
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
  search: SearchFigures[];
  rebuild?: Rebuild;
  lighthouse?: PageScores[];
}

/** A second build after one entry changed, with the first build's caches (node_modules/.astro) in place. */
interface Rebuild {
  entry: string;
  ms: number;
  cpuMs: number;
  peakBytes: number;
  postMs: number;
  pagefindMs: number;
  offlineMs: number;
  /** Pages Astro did not render again (its incremental cache), when that is on. */
  reused: number;
  /** Entries of the offline copy taken from the first build's cache instead of compressed again. */
  copyReused: number;
  load: [number, number];
}

interface BuildTimes {
  pagefindMs: number;
  offlineMs: number;
  postMs: number;
}

/** The times the step after the pages prints (src/integrations/post-build.ts). */
function buildTimes(output: string): BuildTimes {
  const timeIn = (re: RegExp) => Number(re.exec(output)?.[1] ?? NaN);
  const times = {
    pagefindMs: timeIn(/pagefind: \d+ pages read in (\d+) ms/),
    offlineMs: timeIn(/offline: version \w+, written in (\d+) ms/),
    postMs: timeIn(/search index and offline copy done in ([\d.]+) s/) * 1000,
  };
  if (Object.values(times).some(Number.isNaN))
    throw new Error(`the build did not report its search index and offline copy:\n${output.slice(-2000)}`);
  return times;
}

/** Changes the title of the first generated entry, as an editor fixing one entry would. */
function changeOneEntry(content: string): string {
  const id = readdirSync(join(content, 'events')).sort()[0]!;
  const file = join(content, 'events', id, 'index.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title} (corrected)"`),
  );
  return id;
}

/** How one size is measured: browser runs, whether to keep the project, where progress goes. */
interface BenchOptions {
  runs: number;
  keep: boolean;
  rebuild: boolean;
  progress: CommandIo['stderr'];
}

async function bench(n: number, lighthouse: boolean, { runs, keep, rebuild, progress }: BenchOptions): Promise<Result> {
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
    // `npm run build` (scripts/build.ts): `astro build`, then the search index and the offline copy,
    // side by side, in a process of their own; it prints the time of each (src/integrations/post-build.ts)
    const env = { ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: origin };
    const build = await run(process.execPath, ['scripts/build.ts'], { cwd: project, env });
    const { pagefindMs, offlineMs, postMs } = buildTimes(build.output);
    const load1 = loadavg()[0]!;
    const dist = join(project, 'dist');
    const site = siteFigures(dist);
    const index = JSON.parse(readFileSync(join(dist, 'data/explore/index.json'), 'utf8')) as ExploreIndex;
    const counts = new Map<number, number>();
    for (const row of index.events) counts.set(row[1], (counts.get(row[1]) ?? 0) + 1);
    const busiest = EVENT_TYPES[[...counts].sort((a, b) => b[1] - a[1])[0]![0]]!;
    let sent: { path: string; bytes: number }[] = [];
    const served = { reset: () => (sent = []), sent: () => sent };
    const server = startServer(dist, port, '/', { gzip: true, onSent: (path, bytes) => sent.push({ path, bytes }) });
    await new Promise((r) => server.once('listening', r));
    // the build leaves up to a gigabyte of files for the disk to write: let it, before timing pages
    spawnSync('sync');
    progress.write(`[${n}] measuring in Chromium\n`);
    let result: Result;
    try {
      const browser = await measureBrowser(origin, busiest, runs);
      progress.write(`[${n}] searching\n`);
      const search = await measureSearch(origin, served);
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
      result = {
        events: n,
        validateMs: validate.ms,
        validateCpuMs: validate.cpuMs,
        buildMs: build.ms,
        buildCpuMs: build.cpuMs,
        buildPeakBytes: build.peakBytes,
        pagefindMs,
        postMs,
        offlineMs,
        load: [load0, load1],
        ...site,
        ...browser,
        search,
        ...(scores ? { lighthouse: scores } : {}),
      };
    } finally {
      server.close();
    }
    if (rebuild) {
      const entry = changeOneEntry(join(project, 'content'));
      spawnSync('sync');
      progress.write(`[${n}] rebuilding after changing ${entry}\n`);
      const r0 = loadavg()[0]!;
      const again = await run(process.execPath, ['scripts/build.ts'], { cwd: project, env });
      result.rebuild = {
        entry,
        ms: again.ms,
        cpuMs: again.cpuMs,
        peakBytes: again.peakBytes,
        ...buildTimes(again.output),
        reused: (again.output.match(/\((cached|restored)\)/g) ?? []).length,
        copyReused: Number(/\((\d+) entries of the copy reused\)/.exec(again.output)?.[1] ?? 0),
        load: [r0, loadavg()[0]!],
      };
    }
    return result;
  } finally {
    if (keep) progress.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${Math.round(b / 1024)} KB`);

const lang = (r: Result, l: string) => r.search.find((q) => q.lang === l);
const searchRow = (l: keyof typeof SEARCH_QUERIES): [string, (r: Result) => string, string] => [
  `search "${SEARCH_QUERIES[l]}" in ${l}: Pagefind bytes`,
  (r) => {
    const q = lang(r, l);
    return q ? `${kb(q.pagefindBytes)} (${q.requests} requests, ${q.results} results, ${ms(q.ms)})` : '-';
  },
  '≤ 300 KB',
];

function table(results: Result[]): string {
  const rebuilt = (f: (b: Rebuild) => string) => (r: Result) => (r.rebuild ? f(r.rebuild) : '-');
  const rows: [string, (r: Result) => string, string][] = [
    ['validate (npm run validate)', (r) => `${s(r.validateMs)} (CPU ${s(r.validateCpuMs)})`, '< 10 s at 10,000'],
    ['astro build: pages', (r) => s(r.buildMs - r.postMs), ''],
    ['  then Pagefind index (beside the offline copy)', (r) => s(r.pagefindMs), ''],
    ['  then offline copy, service worker, checksums', (r) => s(r.offlineMs), ''],
    ['  then both, side by side', (r) => s(r.postMs), ''],
    ['npm run build in all', (r) => `${s(r.buildMs)} (CPU ${s(r.buildCpuMs)})`, '≤ 90 s at 10,000'],
    [
      'npm run build peak memory (whole process tree)',
      (r) => kb(r.buildPeakBytes),
      '≤ 2.5 GB at 10,000; ≤ 4 GB at 100,000',
    ],
    [
      'rebuild after one entry changed, caches in place',
      rebuilt((b) => `${s(b.ms)} (CPU ${s(b.cpuMs)}; ${b.reused} pages, ${b.copyReused} copy entries reused)`),
      '≤ 20 s at 10,000',
    ],
    [
      '  of which pages / Pagefind / offline copy',
      rebuilt((b) => `${s(b.ms - b.postMs)} / ${s(b.pagefindMs)} / ${s(b.offlineMs)}`),
      '',
    ],
    ['  load average (start → end)', rebuilt((b) => `${b.load[0].toFixed(1)} → ${b.load[1].toFixed(1)}`), ''],
    ['HTML pages', (r) => String(r.pages), ''],
    ['total size of dist/', (r) => kb(r.totalBytes), ''],
    ['heaviest HTML page', (r) => `${kb(r.heaviest.bytes)} ${r.heaviest.path}`, '≤ 500 KB'],
    ['HTML pages over 500 KB', (r) => String(r.pagesOver500k), '0'],
    ['timeline: first events visible', (r) => ms(r.firstEventsMs), '< 400 ms'],
    ['timeline: bytes until then (gzip, as hosts send)', (r) => kb(r.firstEventsBytes), ''],
    [
      'timeline: bytes once idle (gzip; uncompressed)',
      (r) => `${kb(r.loadedBytes)} (${kb(r.loadedDecodedBytes)})`,
      '≤ 60 KB at 1,000',
    ],
    [
      'timeline: total blocking time (long tasks)',
      (r) => `${ms(r.timelineTbtMs)} (${r.timelineLongTasks} long tasks)`,
      '≤ 50 ms at 1,000',
    ],
    ['filter applied: first screen painted', (r) => ms(r.filterMs), '< 50 ms'],
    ['filter applied: first page painted', (r) => `${ms(r.filterAllMs)} (${r.filterShown} events)`, ''],
    ['map ready', (r) => `${ms(r.mapReadyMs)} (${r.mapEvents} events)`, '< 1 s at 1,000, < 2 s at 10,000'],
    ['story page: first step’s text painted', (r) => ms(r.storyFirstTextMs), '< 400 ms, as the timeline'],
    ['story page: its map ready', (r) => ms(r.storyMapReadyMs), ''],
    ...(['kk', 'ru', 'en'] as const).map(searchRow),
    [
      'load average during the build (start → end)',
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

/** Each step's seconds, for the growth table and plot. */
function steps(r: Result): StepFigures {
  return {
    events: r.events,
    steps: {
      validate: r.validateMs / 1000,
      pages: (r.buildMs - r.postMs) / 1000,
      Pagefind: r.pagefindMs / 1000,
      'offline copy': r.offlineMs / 1000,
      'whole build': r.buildMs / 1000,
      'whole build, CPU': r.buildCpuMs / 1000,
    },
    load: r.load,
  };
}

/** Every size measured so far (bench-out/bench-<N>.json), the newest figures of each. */
function allSizes(out: string): Result[] {
  return readdirSync(out)
    .filter((f) => /^bench-\d+\.json$/.test(f))
    .map((f) => (JSON.parse(readFileSync(join(out, f), 'utf8')) as { result: Result }).result)
    .sort((a, b) => a.events - b.events);
}

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  let sizes = (arg('events') ?? '1000').split(',').map(Number);
  if (sizes.length === 1 && sizes[0] !== 1000 && !argv.includes('--alone')) sizes = [1000, sizes[0]!];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--events takes event counts, e.g. --events 1000,10000');
  const options: BenchOptions = {
    runs: Number(arg('runs') ?? 3),
    keep: argv.includes('--keep'),
    rebuild: !argv.includes('--no-rebuild'),
    progress: io.stderr,
  };
  const withLighthouse = !argv.includes('--no-lighthouse');
  const log = (line: string) => io.stdout.write(`${line}\n`);

  const out = join(root, 'bench-out');
  mkdirSync(out, { recursive: true });
  const results: Result[] = [];
  // --report: only the tables, again, from the figures already in bench-out/
  if (argv.includes('--report')) sizes = [];
  for (const [i, n] of sizes.entries()) {
    const result = await bench(n, withLighthouse && i === 0, options);
    results.push(result);
    const date = new Date().toISOString();
    writeFileSync(join(out, `bench-${n}.json`), JSON.stringify({ date, cores: cpus().length, result }, null, 2));
  }
  const measured = existsSync(out) ? allSizes(out) : results;
  if (results.length)
    writeFileSync(join(out, 'bench.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
  log(table(results.length ? results : measured));
  if (measured.length > 1) {
    const growth = growthTable(measured.map(steps));
    writeFileSync(
      join(out, 'growth.md'),
      `# How each build step grows (seconds: wall time, and CPU time of the whole build)\n\n${growth}\n`,
    );
    writeFileSync(join(out, 'growth.svg'), growthSvg(measured.map(steps), 'Build steps against events (log-log)'));
    log(
      `\nHow each step grows (every size in bench-out/, wall seconds and the build's CPU seconds; also growth.md, growth.svg):\n${growth}`,
    );
  }
  for (const r of results.filter((r) => r.lighthouse)) {
    log(`\nLighthouse (desktop settings, ${r.events.toLocaleString('en')} events): ${CATEGORIES.join(' / ')}`);
    log('| page | scores | total blocking time | bytes | audits below 1 |\n|---|---|---|---|---|');
    for (const p of r.lighthouse!)
      log(
        `| ${p.path} | ${CATEGORIES.map((c) => p.scores[c]).join(' / ')} | ${ms(p.tbtMs)} | ${kb(p.bytes)} | ${p.missed.join(', ') || '-'} |`,
      );
  }
  return 0;
}

if (import.meta.main) await runAsProcess(main);
