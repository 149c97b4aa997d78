/**
 * npm run archive — asks the Internet Archive to capture every source that has a public address
 * and no recorded archived copy, and records each capture in the source's front matter
 * (`archived: [{ url, at, sha256 }]`). One capture at a time, at most one started every
 * ARCHIVE_INTERVAL_MS (12 s: under the 7 a minute the archive allows a logged-in user). Each
 * record is written as soon as its capture succeeds, so a stopped run loses nothing: the next run
 * reads the sources again and goes on with those still without a copy.
 *
 *   IA_ACCESS_KEY=… IA_SECRET_KEY=… npm run archive [-- --limit 20] [--dry-run] [--root DIR]
 *
 * Keys: https://archive.org/account/s3.php. ARCHIVE_API changes the API's address (the tests
 * point it at a local stand-in). Sources marked removed or withheld, and testimonies, are skipped:
 * a removed page can no longer be captured, so its copy is looked up and recorded by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { archiveShare, isArchivable, sharePercent } from '../src/lib/archive/links.ts';
import { withArchiveRecord } from '../src/lib/archive/record.ts';
import { capture, capturedSha256, captureTime, copyUrl, SpnAuthError } from '../src/lib/archive/spn.ts';

export interface ArchiveIo {
  log(line: string): void;
  error(line: string): void;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const USAGE =
  'Usage: npm run archive [-- --limit N] [--dry-run] [--root DIR]   (needs IA_ACCESS_KEY and IA_SECRET_KEY)';

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const number = (value: string | undefined, fallback: number) =>
  value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback;

/** Returns the exit code: 0 done (or nothing to do), 1 stopped early or some captures failed, 2 misuse. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io: ArchiveIo = console,
): Promise<number> {
  const root = resolve(flag(argv, '--root') ?? join(import.meta.dirname, '..'));
  const limitText = flag(argv, '--limit');
  if (argv.includes('--help')) {
    io.log(USAGE);
    return 0;
  }
  if (limitText !== undefined && !/^\d+$/.test(limitText)) {
    io.error(`--limit takes a whole number (found "${limitText}")\n${USAGE}`);
    return 2;
  }
  const limit = number(limitText, Infinity);
  const dryRun = argv.includes('--dry-run');

  const content = loadContent(root);
  const pending = content.sources
    .filter((s) => isArchivable(s.data) && s.data.availability === 'online' && s.data.archived.length === 0)
    .sort((a, b) => a.id.localeCompare(b.id));
  const share = archiveShare(content.sources.map((s) => s.data));
  io.log(
    `archive: ${share.archived} of ${share.archivable} sources have a recorded copy; ${pending.length} to capture${Number.isFinite(limit) ? ` (at most ${limit} in this run)` : ''}`,
  );
  if (dryRun) {
    for (const s of pending.slice(0, limit)) io.log(`  would capture ${s.id}: ${s.data.url}`);
    return 0;
  }
  if (!pending.length) return 0;

  const accessKey = env.IA_ACCESS_KEY ?? '';
  const secretKey = env.IA_SECRET_KEY ?? '';
  if (!accessKey || !secretKey) {
    io.error(
      `archive: set IA_ACCESS_KEY and IA_SECRET_KEY (an archive.org account's keys, https://archive.org/account/s3.php)\n${USAGE}`,
    );
    return 2;
  }
  const api = env.ARCHIVE_API || 'https://web.archive.org';
  const interval = number(env.ARCHIVE_INTERVAL_MS, 12_000);
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const options = {
    api,
    accessKey,
    secretKey,
    sleep,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    pollMs: number(env.ARCHIVE_POLL_MS, 5_000),
    backoffMs: number(env.ARCHIVE_BACKOFF_MS, 60_000),
  };

  let recorded = 0;
  let failed = 0;
  let last = -Infinity;
  for (const source of pending.slice(0, limit)) {
    const wait = last + interval - performance.now();
    if (wait > 0) await sleep(wait);
    last = performance.now();
    const url = source.data.url!;
    let outcome;
    try {
      outcome = await capture(url, options);
    } catch (e) {
      if (e instanceof SpnAuthError) {
        io.error(`archive: ${e.message}`);
        return 2;
      }
      outcome = { kind: 'failed' as const, reason: e instanceof Error ? e.message : String(e) };
    }
    if (outcome.kind === 'stop') {
      io.error(`archive: stopped at ${source.id}: ${outcome.reason}. ${recorded} recorded; run again later to go on.`);
      return 1;
    }
    if (outcome.kind === 'failed') {
      failed++;
      io.error(
        `archive: ${source.id}: not captured (${outcome.reason}); it stays without a copy and is tried again next time`,
      );
      continue;
    }
    const sha256 = await capturedSha256(api, outcome.timestamp, outcome.originalUrl, io.fetch);
    const record = {
      url: copyUrl(outcome.timestamp, outcome.originalUrl),
      at: captureTime(outcome.timestamp),
      ...(sha256 ? { sha256 } : {}),
    };
    const path = join(root, source.file);
    writeFileSync(path, withArchiveRecord(readFileSync(path, 'utf8'), record));
    recorded++;
    io.log(`archive: ${source.id}: ${record.url}`);
  }
  const after = archiveShare(loadContent(root).sources.map((s) => s.data));
  io.log(
    `archive: ${recorded} recorded, ${failed} not captured; ${after.archived} of ${after.archivable} sources (${sharePercent(after)}%) now have a recorded copy`,
  );
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
