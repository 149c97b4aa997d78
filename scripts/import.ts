/**
 * npm run import -- file.csv [--lang kk|ru|en] [--root DIR]
 *
 * Imports a spreadsheet of events, in the columns of the site's CSV export (/data/events.csv), as
 * draft entries (`draft: true`) under content/events/. Every row is validated first; if any row has
 * a problem, every problem is printed as `file.csv:ROW: column: message` (the header is row 1) and
 * nothing is written. After writing, the new files are read back and validated as
 * `npm run validate` does.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/issues.ts';
import { CATALOGUES, resolveLang } from '../src/lib/content/messages.ts';
import { CLI_TEXT } from '../src/lib/content/cli-text.ts';
import { importCsv } from '../src/lib/content/csv-import.ts';
import { processIo, runAsProcess, type CommandIo } from './lib/io.ts';

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const log = (line: string) => io.stdout.write(`${line}\n`);
  const { values: flags, positionals } = parseArgs({
    args: argv,
    options: { root: { type: 'string' }, lang: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const { lang, error } = resolveLang(flags.lang === undefined ? [] : ['--lang', flags.lang], io.env);
  const text = CLI_TEXT[lang];
  if (error || positionals.length !== 1) {
    io.stderr.write(`${error ?? text.importUsage}\n`);
    return 2;
  }
  const root = flags.root ? resolve(flags.root) : resolve(import.meta.dirname, '..');
  // npm runs scripts from the project root: a relative path is the one the person typed, from INIT_CWD
  const cwd = io.env.INIT_CWD ?? io.cwd;
  const file = resolve(cwd, positionals[0]!);
  if (!existsSync(file)) {
    io.stderr.write(`${text.fileMissing(file)}\n`);
    return 2;
  }
  const shown = relative(cwd, file) || file;

  const content = loadContent(root);
  const { entries, problems } = importCsv(
    readFileSync(file, 'utf8'),
    {
      places: content.places.places,
      sources: content.sources,
      eventIds: content.events.map((e) => e.id),
      exists: (id) => existsSync(join(root, 'content/events', id)),
    },
    lang,
  );

  if (problems.length) {
    for (const p of problems) log(`${shown}:${p.row}: ${p.column}: ${p.message}`);
    log(text.importFailed(problems.length, new Set(problems.map((p) => p.row)).size));
    return 1;
  }

  const created: string[] = [];
  try {
    for (const entry of entries) {
      const dir = join(root, 'content/events', entry.id);
      mkdirSync(dir);
      created.push(dir);
      for (const f of entry.files) {
        mkdirSync(dirname(join(root, f.path)), { recursive: true });
        writeFileSync(join(root, f.path), f.text, { flag: 'wx' });
      }
    }
  } catch (e) {
    // all or nothing: a failure half-way (a folder that appeared meanwhile) removes what this run wrote
    for (const dir of created) rmSync(dir, { recursive: true, force: true });
    io.stderr.write(`${String(e)}\n`);
    return 1;
  }

  const written = new Set(entries.flatMap((e) => e.files.map((f) => f.path)));
  const after = loadContent(root).problems.filter((p) => written.has(p.file));
  for (const p of after) log(formatProblem(p, CATALOGUES[lang]));
  for (const e of entries) log(text.wrote(`content/events/${e.id}/`));
  log(text.imported(entries.length));
  if (after.length) {
    log(text.newInvalid);
    return 1;
  }
  return 0;
}

if (import.meta.main) await runAsProcess(main);
