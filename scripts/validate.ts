/**
 * npm run validate [paths…] — checks content/ with the same schemas as the build, without
 * building. Prints every problem as `path:line: field: message`, then a count; exits 1 on any.
 * With paths, only problems in those files or folders are printed (references are still
 * checked against the whole content).
 */
import { resolve, relative } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem, githubAnnotation } from '../src/lib/content/issues.ts';

const argv = process.argv.slice(2);
const rootFlag = argv.indexOf('--root');
// --root DIR validates another copy of the project (used by the tests on broken copies)
const root = rootFlag >= 0 ? resolve(argv[rootFlag + 1]) : resolve(import.meta.dirname, '..');
const args = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--root');
const only = args.map((a) => relative(root, resolve(rootFlag >= 0 ? root : process.cwd(), a)).split('\\').join('/'));

const started = performance.now();
const content = loadContent(root);
const problems = content.problems.filter((p) => !only.length || only.some((o) => p.file === o || p.file.startsWith(`${o}/`)));

for (const p of problems) {
  console.log(formatProblem(p));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(p));
}
const ms = Math.round(performance.now() - started);
const counted = `${content.events.length} events, ${content.translations.length} translations, ${content.sources.length} sources, ${content.places.places.length} places`;
if (problems.length) {
  console.log(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} found (${counted} read in ${ms} ms)`);
  process.exit(1);
}
console.log(`✓ content is valid: ${counted} (${ms} ms)`);
