/**
 * After the pages and alongside the search index (src/integrations/post-build.ts): makes the site
 * readable offline and packs its downloadable copy.
 *
 * 1. dist/sw.js, bundled by esbuild from src/service-worker/ with this build's configuration;
 *    dist/offline-manifest.<version>.json, the files the worker may store when the reader asks,
 *    by priority, within the budget (src/lib/offline/precache.ts); dist/offline.json, what saving
 *    costs per choice of languages, read by the page before it asks. The version is a hash of
 *    every file.
 * 2. dist/download/qantar-chronicle.zip and .zip.sha256: the whole site with its links made
 *    relative, so it can be served from any folder (src/lib/offline/relative.ts), with a README
 *    on reading it, checking it and hosting a mirror. Entries are packed in path order with one
 *    fixed date, so the same site gives the same zip byte for byte.
 * 3. dist/download/SHA256SUMS: the zip and every data export (src/lib/offline/release.ts).
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { LANGS } from '../schema/enums.ts';
import type { Mirror } from '../schema/mirror.ts';
import { planPrecache, type SiteFile } from '../lib/offline/precache.ts';
import type { WorkerConfig } from '../service-worker/worker.ts';
import {
  copyFile,
  EntryCache,
  inCopy,
  sha256Line,
  zipFiles,
  type CopySource,
  type ZipResult,
} from '../lib/offline/copy.ts';
import { copyReadme } from '../lib/offline/readme.ts';
import { isReleaseFile, sha256Sums, SUMS_NAME } from '../lib/offline/release.ts';

export const ZIP_NAME = 'qantar-chronicle.zip';
export const COPY_FOLDER = 'qantar-chronicle';
/** The zip's entries carry this date unless SOURCE_DATE_EPOCH gives one: never the time of the build. */
export const DEFAULT_ZIP_DATE = new Date('2022-01-05T00:00:00Z');

/** Every file under dir, as sorted "/"-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

function normalizeBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The worker's entry module, beside this folder. */
export const WORKER_ENTRY = resolve(import.meta.dirname, '../service-worker/index.ts');

/** dist/sw.js: the worker module and what it imports, bundled, with this build's configuration. */
export async function workerSource(config: WorkerConfig, entry = WORKER_ENTRY): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    banner: { js: '// Qantar Chronicle service worker: src/service-worker/, bundled for this build.' },
    define: { __QANTAR_SW__: JSON.stringify(config) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Pagefind's wasm files per language: "unknown" is the one for languages without a stemmer (Kazakh). */
function pagefindWasm(dist: string): Record<string, string[]> {
  const entry = join(dist, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return {};
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as {
    languages: Record<string, { wasm: string | null }>;
  };
  const byWasm: Record<string, string[]> = {};
  for (const [lang, { wasm }] of Object.entries(languages)) (byWasm[wasm ?? 'unknown'] ??= []).push(lang);
  return byWasm;
}

/** Pagefind's optional UI files that the site's scripts or section pages name. */
function referencedPagefindUi(dist: string, paths: readonly string[]): Set<string> {
  const ui = paths
    .filter((p) => /^pagefind\/pagefind-[\w-]+\.(js|css)$/.test(p))
    .map((p) => p.slice('pagefind/'.length));
  const readers = paths.filter(
    (p) => (p.startsWith('_astro/') && p.endsWith('.js')) || (p.endsWith('.html') && p.split('/').length <= 3),
  );
  const found = new Set<string>();
  for (const p of readers) {
    const text = readFileSync(join(dist, p), 'utf8');
    for (const name of ui) if (text.includes(name)) found.add(name);
  }
  return found;
}

export interface OfflineReport {
  version: string;
  precache: ReturnType<typeof planPrecache>;
  zip: { path: string; bytes: number; sha256: string; files: number };
  /** dist/download/SHA256SUMS and how many files it lists. */
  sums: { path: string; files: number };
  /** Entries of the copy taken from the previous build's cache. */
  reused: number;
  ms: number;
}

export interface OfflineOptions {
  /** Astro's `base`, from the configuration the site was built with. */
  base: string;
  /** Astro's `site`, when set: the official address the copy's README names. */
  site?: string;
  budget: number;
  /** The date on every entry of the zip. */
  mtime: Date;
  /** content/mirrors.yaml, validated. */
  mirrors: readonly Mirror[];
  /** The search index while it is being written: everything else is read and packed meanwhile, and dist/pagefind/ once it resolves. */
  searchIndex?: Promise<unknown>;
  /** The worker's entry module (tests point it elsewhere only to prove a broken worker fails the build). */
  workerEntry?: string;
  /** Where compressed entries of the copy are kept between builds, so a rebuild compresses only what changed. */
  cacheDir?: string;
}

export async function buildOffline(distDir: string, options: OfflineOptions): Promise<OfflineReport> {
  const started = performance.now();
  const dist = resolve(distDir);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the site first`);
  const base = normalizeBase(options.base);

  // Leftovers of an earlier run over the same dist/.
  for (const p of listFiles(dist))
    if (/^(sw\.js|offline\.json|offline-manifest\.[\w-]+\.json)$/.test(p)) rmSync(join(dist, p));
  for (const name of [ZIP_NAME, `${ZIP_NAME}.sha256`, SUMS_NAME]) rmSync(join(dist, 'download', name), { force: true });

  // Every file is read once: hashed for the service worker's manifest and the checksums, and packed into the copy.
  const files: SiteFile[] = [];
  let plan: ReturnType<typeof planPrecache> | undefined;
  const take = (path: string, data: Buffer<ArrayBuffer>): CopySource[] => {
    const hash = createHash('sha256').update(data).digest('hex');
    files.push({ path, size: data.length, hash });
    return inCopy(path)
      ? [{ path, read: () => copyFile(path, () => data, base), key: `${path}\0${base}\0${hash}` }]
      : [];
  };
  const text = new TextEncoder().encode(
    copyReadme({ mirrors: options.mirrors, downloadPage: downloadPage(options.site, base), folder: COPY_FOLDER }),
  );
  const isIndex = (p: string) => p.startsWith('pagefind/');
  async function* sources(): AsyncGenerator<CopySource> {
    yield { path: 'README.txt', read: () => text };
    const now = listFiles(dist).filter((p) => !(options.searchIndex && isIndex(p)));
    for (const path of now) yield* take(path, readFileSync(join(dist, path)));
    if (options.searchIndex) {
      await options.searchIndex;
      for (const path of listFiles(dist).filter(isIndex)) yield* take(path, readFileSync(join(dist, path)));
    }
    // The service worker and what it reads, from every file above; they go into the copy too.
    const paths = files.map((f) => f.path);
    plan = planPrecache(files, {
      langs: LANGS,
      budget: options.budget,
      pagefindWasm: pagefindWasm(dist),
      referencedPagefindUi: referencedPagefindUi(dist, paths),
    });
    const version = plan.manifest.version;
    const manifestName = `offline-manifest.${version}.json`;
    writeFileSync(join(dist, manifestName), JSON.stringify(plan.manifest));
    writeFileSync(
      join(dist, 'offline.json'),
      JSON.stringify({ version, budget: options.budget, sizes: plan.perReader }),
    );
    writeFileSync(
      join(dist, 'sw.js'),
      await workerSource({ version, manifest: manifestName, langs: [...LANGS] }, options.workerEntry),
    );
    for (const path of ['offline.json', manifestName, 'sw.js'])
      yield { path, read: () => copyFile(path, () => readFileSync(join(dist, path)), base) };
  }

  // The downloadable copy, streamed into a temporary file and renamed when complete.
  const downloads = join(dist, 'download');
  mkdirSync(downloads, { recursive: true });
  const zipPath = join(downloads, ZIP_NAME);
  const partial = `${zipPath}.partial`;
  const fd = openSync(partial, 'w');
  const cache = options.cacheDir ? new EntryCache(options.cacheDir) : undefined;
  let zip: ZipResult;
  try {
    zip = await zipFiles(sources(), (chunk) => writeSync(fd, chunk), {
      folder: COPY_FOLDER,
      mtime: options.mtime,
      ...(cache ? { cache } : {}),
    });
  } finally {
    closeSync(fd);
  }
  cache?.prune();
  renameSync(partial, zipPath);
  writeFileSync(`${zipPath}.sha256`, sha256Line(zip.sha256, ZIP_NAME));
  if (statSync(zipPath).size !== zip.bytes) throw new Error('the zip on disk is not the size written');

  // One list of checksums for everything a reader may download: the exports' hashes are the ones taken above.
  const released = files.filter((f) => isReleaseFile(f.path)).map((f) => ({ path: f.path, sha256: f.hash }));
  released.push({ path: `download/${ZIP_NAME}`, sha256: zip.sha256 });
  const sumsPath = join(downloads, SUMS_NAME);
  writeFileSync(sumsPath, sha256Sums(released));

  return {
    version: plan!.manifest.version,
    precache: plan!,
    zip: { path: zipPath, ...zip },
    sums: { path: sumsPath, files: released.length },
    reused: cache?.hits ?? 0,
    ms: performance.now() - started,
  };
}

/** What the build prints: the version, what saving costs, the copy, the checksums. */
export function offlineLines(report: OfflineReport, budget: number): string[] {
  const { precache, zip } = report;
  const size = (choice: string) =>
    `${precache.perReader[choice]!.count} files, ${mb(precache.perReader[choice]!.bytes)}`;
  return [
    `offline: version ${report.version}, written in ${Math.round(report.ms)} ms (${report.reused} entries of the copy reused)`,
    `  storable: ${precache.candidates.count} files, ${mb(precache.candidates.bytes)}; budget ${mb(budget)} beyond the shell${precache.complete ? '' : ' (over budget: saving stops at it)'}`,
    `  saving, when the reader asks: ${LANGS.map((l) => `${l}: ${size(l)}`).join('; ')}; all: ${size('')}`,
    `  ${relative(process.cwd(), zip.path)}: ${zip.files} files, ${mb(zip.bytes)}, sha256 ${zip.sha256}`,
    `  ${relative(process.cwd(), report.sums.path)}: ${report.sums.files} files`,
  ];
}

/** The public download page, for the copy's README: none for a build without a public address. */
function downloadPage(site: string | undefined, base: string): string | undefined {
  if (!site) return undefined;
  const url = new URL(`${base}download/`, site);
  return /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname) ? undefined : url.href;
}

/** The zip's date: SOURCE_DATE_EPOCH (seconds) when set, otherwise a fixed one. */
export function zipDate(epoch = process.env.SOURCE_DATE_EPOCH): Date {
  if (!epoch) return DEFAULT_ZIP_DATE;
  const seconds = Number(epoch);
  if (!Number.isInteger(seconds) || seconds < 315532800)
    throw new Error(
      `SOURCE_DATE_EPOCH=${epoch}: expected whole seconds since 1970, on or after 1980 (zip dates start in 1980)`,
    );
  return new Date(seconds * 1000);
}
