/**
 * npm run validate [paths…] — checks content/ with the same schemas as the build, without
 * building. Prints every problem as `path:line: field: message`, then a count; exits 1 on any.
 * With paths, only problems in those files or folders are printed (references are still
 * checked against the whole content).
 * `--lang kk|ru|en` gives the messages in Kazakh, Russian or English; without it the machine's
 * locale decides (LC_ALL / LC_MESSAGES / LANG), and English is the fallback.
 */
import { resolve, relative } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem, githubAnnotation } from '../src/lib/content/issues.ts';
import { CATALOGUES, resolveLang } from '../src/lib/content/messages.ts';
import { CLI_TEXT } from '../src/lib/content/cli-text.ts';
import { archiveShare, sharePercent } from '../src/lib/archive/links.ts';
import { processIo, runAsProcess, type CommandIo } from './lib/io.ts';

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const log = (line: string) => io.stdout.write(`${line}\n`);
  const rootFlag = argv.indexOf('--root');
  // --root DIR validates another copy of the project (used by the tests on broken copies)
  const root = rootFlag >= 0 ? resolve(argv[rootFlag + 1]) : resolve(import.meta.dirname, '..');
  const args = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--root' && argv[i - 1] !== '--lang');
  const { lang, error: langError } = resolveLang(argv, io.env);
  if (langError) {
    io.stderr.write(`${langError}\n`);
    return 2;
  }
  const text = CLI_TEXT[lang];
  const only = args.map((a) =>
    relative(root, resolve(rootFlag >= 0 ? root : io.cwd, a))
      .split('\\')
      .join('/'),
  );

  const started = performance.now();
  const content = loadContent(root);
  const problems = content.problems.filter(
    (p) => !only.length || only.some((o) => p.file === o || p.file.startsWith(`${o}/`)),
  );

  for (const p of problems) {
    log(formatProblem(p, CATALOGUES[lang]));
    if (io.env.GITHUB_ACTIONS === 'true') log(githubAnnotation(p, CATALOGUES[lang]));
  }
  const ms = Math.round(performance.now() - started);
  const counted = text.counted(
    content.events.length,
    content.translations.length,
    content.sources.length,
    content.places.places.length,
    content.people.length,
  );
  const share = archiveShare(content.sources.map((s) => s.data));
  log(text.archived(share.archived, share.archivable, sharePercent(share)));
  if (problems.length) {
    log(text.problems(problems.length, counted, ms));
    return 1;
  }
  log(text.valid(counted, ms));
  return 0;
}

if (import.meta.main) await runAsProcess(main);
