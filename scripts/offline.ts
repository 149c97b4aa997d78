/**
 * After the build and the search index: makes the site work offline and packs its downloadable copy.
 *
 *   node scripts/offline.ts [dist]
 *
 * 1. dist/sw.js and dist/offline-manifest.<version>.json: the service worker and the list of files
 *    it may store, ordered by priority, within OFFLINE_BUDGET_MB (default 25) beyond the shell
 *    (src/lib/offline/precache.ts says what goes first). The version is a hash of every file.
 * 2. dist/download/qantar-chronicle.zip and .zip.sha256: the whole site with its links made
 *    relative, so it can be served from any folder (src/lib/offline/relative.ts).
 *
 * `npm run build` runs it through scripts/after-build.ts, alongside the search index.
 *
 * BASE_PATH must be the one the site was built with. SOURCE_DATE_EPOCH, when set, dates the zip's
 * entries, so that the same site gives the same zip byte for byte.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Script } from 'node:vm';
import { LANGS } from '../src/schema/enums.ts';
import { strings } from '../src/i18n/index.ts';
import { planPrecache, type SiteFile } from '../src/lib/offline/precache.ts';
import { selectPrecache } from '../src/lib/offline/select.ts';
import { serviceWorker, type WorkerConfig } from '../src/components/offline/sw.ts';
import { copyFile, inCopy, sha256Line, zipFiles, type CopySource, type ZipResult } from '../src/lib/offline/copy.ts';

export const ZIP_NAME = 'qantar-chronicle.zip';
export const COPY_FOLDER = 'qantar-chronicle';

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

/** The source of dist/sw.js: the worker function called with this build's configuration. */
export function workerSource(config: WorkerConfig): string {
  // Node runs .ts files with their types stripped (and Vite, in the tests, transpiled), so a function's
  // text is plain JavaScript; compiling the result proves it before any browser gets it.
  const source = [
    '// Qantar Chronicle service worker, written by scripts/offline.ts for this build.',
    "'use strict';",
    `(${serviceWorker.toString()})(self, ${JSON.stringify(config)}, ${selectPrecache.toString()});`,
    '',
  ].join('\n');
  new Script(source, { filename: 'sw.js' });
  return source;
}

/** Pagefind's wasm files per language: "unknown" is the one for languages without a stemmer (Kazakh). */
function pagefindWasm(dist: string): Record<string, string[]> {
  const entry = join(dist, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return {};
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { wasm: string | null }> };
  const byWasm: Record<string, string[]> = {};
  for (const [lang, { wasm }] of Object.entries(languages)) (byWasm[wasm ?? 'unknown'] ??= []).push(lang);
  return byWasm;
}

/** Pagefind's optional UI files that the site's scripts or section pages name. */
function referencedPagefindUi(dist: string, paths: readonly string[]): Set<string> {
  const ui = paths.filter((p) => /^pagefind\/pagefind-[\w-]+\.(js|css)$/.test(p)).map((p) => p.slice('pagefind/'.length));
  const readers = paths.filter((p) => (p.startsWith('_astro/') && p.endsWith('.js')) || (p.endsWith('.html') && p.split('/').length <= 3));
  const found = new Set<string>();
  for (const p of readers) {
    const text = readFileSync(join(dist, p), 'utf8');
    for (const name of ui) if (text.includes(name)) found.add(name);
  }
  return found;
}

function readme(): string {
  const sections = LANGS.map((l) => {
    const s = strings[l];
    return [
      s['offline.download.title'],
      '',
      s['offline.download.text'],
      '',
      s['offline.download.howto'],
      '',
      '    python3 -m http.server 8000',
      '',
      s['offline.download.open'].replace('{address}', 'http://localhost:8000/'),
    ].join('\n');
  });
  return `${sections.join('\n\n----\n\n')}\n`;
}

export interface OfflineReport {
  version: string;
  precache: ReturnType<typeof planPrecache>;
  zip: { path: string; bytes: number; sha256: string; files: number };
}

export interface OfflineOptions {
  base: string;
  budget: number;
  mtime: Date;
  /**
   * The search index while it is being written (scripts/after-build.ts): everything else is read
   * and packed meanwhile, and dist/pagefind/ once it resolves.
   */
  searchIndex?: Promise<unknown>;
}

export async function buildOffline(distDir: string, options: OfflineOptions): Promise<OfflineReport> {
  const dist = resolve(distDir);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the site first`);
  const base = normalizeBase(options.base);

  // Leftovers of an earlier run over the same dist/.
  for (const p of listFiles(dist)) if (p === 'sw.js' || /^offline-manifest\.[\w-]+\.json$/.test(p)) rmSync(join(dist, p));
  rmSync(join(dist, 'download', ZIP_NAME), { force: true });
  rmSync(join(dist, 'download', `${ZIP_NAME}.sha256`), { force: true });

  // Every file is read once: hashed for the service worker's manifest, and packed into the copy.
  const files: SiteFile[] = [];
  let plan: ReturnType<typeof planPrecache> | undefined;
  const take = (path: string, data: Buffer<ArrayBuffer>): CopySource[] => {
    files.push({ path, size: data.length, hash: createHash('sha256').update(data).digest('hex') });
    return inCopy(path) ? [{ path, read: () => copyFile(path, () => data, base) }] : [];
  };
  const text = new TextEncoder().encode(readme());
  const isIndex = (p: string) => p.startsWith('pagefind/');
  async function* sources(): AsyncGenerator<CopySource> {
    yield { path: 'README.txt', read: () => text };
    const now = listFiles(dist).filter((p) => !(options.searchIndex && isIndex(p)));
    for (const path of now) yield* take(path, readFileSync(join(dist, path)));
    if (options.searchIndex) {
      await options.searchIndex;
      for (const path of listFiles(dist).filter(isIndex)) yield* take(path, readFileSync(join(dist, path)));
    }
    // The service worker and its manifest, from every file above; both go into the copy too.
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
    writeFileSync(join(dist, 'sw.js'), workerSource({ version, manifest: manifestName, langs: [...LANGS] }));
    for (const path of [manifestName, 'sw.js']) yield { path, read: () => copyFile(path, () => readFileSync(join(dist, path)), base) };
  }

  // The downloadable copy, streamed into a temporary file and renamed when complete.
  const downloads = join(dist, 'download');
  mkdirSync(downloads, { recursive: true });
  const zipPath = join(downloads, ZIP_NAME);
  const partial = `${zipPath}.partial`;
  const fd = openSync(partial, 'w');
  let zip: ZipResult;
  try {
    zip = await zipFiles(sources(), (chunk) => writeSync(fd, chunk), { folder: COPY_FOLDER, mtime: options.mtime });
  } finally {
    closeSync(fd);
  }
  renameSync(partial, zipPath);
  writeFileSync(`${zipPath}.sha256`, sha256Line(zip.sha256, ZIP_NAME));

  return { version: plan!.manifest.version, precache: plan!, zip: { path: zipPath, ...zip } };
}

/** What the command prints: the version, what the service worker stores, the copy. */
export function offlineLines(report: OfflineReport, budget: number): string[] {
  const { precache, zip } = report;
  const reader = (l: string) => `${precache.perReader[l]!.count} files, ${mb(precache.perReader[l]!.bytes)}`;
  return [
    `offline: version ${report.version}`,
    `  storable: ${precache.candidates.count} files, ${mb(precache.candidates.bytes)}; budget ${mb(budget)} beyond the shell`,
    precache.complete
      ? `  the service worker stores everything (${reader('')})`
      : `  over budget: each reader stores the shell and their own language first (${LANGS.map((l) => `${l}: ${reader(l)}`).join('; ')}); the rest is stored when first opened`,
    `  ${relative(process.cwd(), zip.path)}: ${zip.files} files, ${mb(zip.bytes)}, sha256 ${zip.sha256}`,
  ];
}

/** The options of a command-line run, from the environment. */
export function offlineOptions(): OfflineOptions {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return {
    base: process.env.BASE_PATH ?? '/',
    budget: Number(process.env.OFFLINE_BUDGET_MB ?? 25) * 1024 * 1024,
    mtime: epoch ? new Date(Number(epoch) * 1000) : new Date(),
  };
}

/** The zip on disk must be what was written. */
export function checkZip(report: OfflineReport): void {
  if (statSync(report.zip.path).size !== report.zip.bytes) throw new Error('the zip on disk is not the size written');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const options = offlineOptions();
  const report = await buildOffline(process.argv[2] ?? 'dist', options);
  for (const line of offlineLines(report, options.budget)) console.log(line);
  console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  checkZip(report);
}
