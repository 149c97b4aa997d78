/**
 * npm run build — `astro build`, then the search index and the offline copy
 * (src/integrations/post-build.ts) in this process, once Astro's has exited. Astro holds the whole
 * content store until its process ends (3.2 GB at 100,000 entries); run in its `build:done` hook,
 * the index and the copy would add their own memory to that. Arguments go to `astro build`.
 *
 *   npm run build [-- --outDir DIR]
 *
 * The integration (src/integrations/index.ts) hands over the settings it resolved from Astro's
 * configuration (base, site, cache folder) in a file named by QANTAR_POST_BUILD_FILE. The previous
 * build's output is renamed aside first and deleted beside Astro's work (setAsidePreviousBuild).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { postBuild, POST_BUILD_VAR, type PostBuildSettings } from '../src/integrations/post-build.ts';
import { processIo, type CommandIo } from './lib/io.ts';

const ASTRO = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

/**
 * The bundler Astro runs (Rolldown) allocates with mimalloc, which by default keeps the memory it
 * frees committed for reuse: after bundling, Astro's process held 1.12 GB at 10,000 entries, of
 * which the JavaScript heap was 0.5 GB. Giving freed memory back at once, and committing arenas
 * only as they fill, brings that to 0.82 GB. A value set in the environment wins.
 */
const ALLOCATOR_ENV = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/** The folder `astro build` writes: its --outDir argument, else Astro's default (astro.config.mjs sets none). */
export function outDirOf(argv: readonly string[], cwd: string): string {
  let dir = 'dist';
  argv.forEach((arg, i) => {
    if (arg === '--outDir' && argv[i + 1] !== undefined) dir = argv[i + 1]!;
    else if (arg.startsWith('--outDir=')) dir = arg.slice('--outDir='.length);
  });
  return resolve(cwd, dir);
}

const ASIDE = '.previous-';

/**
 * Astro empties its output folder before it bundles, one file after another: 13 s for the 67,000
 * files of 10,000 entries, during which nothing else happens. Renamed aside at once, the previous
 * build is deleted while Astro and then the search index work, on the other core; `npm run build`
 * ends once it is gone. Folders set aside by a build
 * that was stopped go too. A folder holding .git (a checkout to deploy from) is left to Astro,
 * which keeps .git; so is one that cannot be renamed. Resolves once all are deleted.
 */
export async function setAsidePreviousBuild(outDir: string): Promise<void> {
  const [parent, name] = [dirname(outDir), basename(outDir)];
  const aside: string[] = [];
  if (existsSync(parent))
    for (const entry of readdirSync(parent)) if (entry.startsWith(`${name}${ASIDE}`)) aside.push(join(parent, entry));
  if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
    const to = join(parent, `${name}${ASIDE}${process.pid}`);
    try {
      renameSync(outDir, to);
      aside.push(to);
    } catch {
      // on another device, or in use: Astro empties it as it always does
    }
  }
  // (the rename above happens when this is called, before its first await)
  await Promise.all(aside.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** `astro build` with the given arguments, in a child process: resolves to its exit code. */
function astroBuild(argv: readonly string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build', ...argv], {
      cwd: io.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(io.stdout, { end: false });
    child.stderr.pipe(io.stderr, { end: false });
    child.on('error', fail);
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Returns the exit code: Astro's when its build fails, 1 when the step after it fails. */
export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const hand = mkdtempSync(join(tmpdir(), 'qantar-build-'));
  const file = join(hand, 'settings.json');
  const previous = setAsidePreviousBuild(outDirOf(argv, io.cwd)).catch((error: unknown) => {
    io.stderr.write(`build: the previous build, set aside, could not be deleted: ${String(error)}\n`);
  });
  try {
    const code = await astroBuild(argv, io, { ...ALLOCATOR_ENV, ...io.env, [POST_BUILD_VAR]: file });
    if (code !== 0) return code;
    if (!existsSync(file)) {
      io.stderr.write(
        `build: astro build ended without handing over the search index and offline copy (${POST_BUILD_VAR}): is the qantar-build integration still in astro.config.mjs?\n`,
      );
      return 1;
    }
    const settings = JSON.parse(readFileSync(file, 'utf8')) as PostBuildSettings;
    try {
      await postBuild(settings, (line) => io.stdout.write(`[qantar-build] ${line}\n`));
    } catch (error) {
      io.stderr.write(
        `build: the search index or the offline copy failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 1;
    }
    return 0;
  } finally {
    await previous;
    rmSync(hand, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
