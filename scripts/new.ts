/**
 * npm run new — scaffolds content/events/<id>/index.md (and a new source record if asked), then
 * validates it. Asks for whatever the flags do not give, in the contributor's language:
 *
 *   npm run new                                   # asks every question
 *   npm run new -- --lang ru --date 2022-01-05 --time 16:37 --place almaty --type protest \
 *     --title "…" --summary "…" --source rferl-2022-01-05-almaty
 *
 * Flags: --lang kk|ru|en (language of the entry and of the questions), --date YYYY-MM-DD,
 * --time HH:mm, --end, --precision, --place (id or name), --type, --title, --summary, --body,
 * --source ID (repeatable or comma-separated; "new" adds a source record), --verification,
 * --actors a,b, --rights a,b, --slug, --draft; a new source: --new-source ID --source-title
 * --source-publisher --source-published --source-kind --source-url --source-lang;
 * --root DIR works on another copy of the project (the tests use it).
 *
 * Never overwrites: an existing entry or source with the same id stops it before anything is written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EVENT_TYPES, LANGS, SOURCE_KINDS, TIME_PRECISION, VERIFICATION, type Lang } from '../src/schema/enums.ts';
import { eventSchema } from '../src/schema/event.ts';
import { sourceSchema } from '../src/schema/source.ts';
import { isRealDate } from '../src/schema/dates.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { describeIssue, formatProblem } from '../src/lib/content/issues.ts';
import { CATALOGUES, resolveLang } from '../src/lib/content/messages.ts';
import { message, write, type Message } from '../src/schema/messages.ts';
import { DAY_RE, ID_RE } from '../src/schema/patterns.ts';
import { CLI_TEXT } from '../src/lib/content/cli-text.ts';
import { checkEntry } from '../src/lib/content/check-entry.ts';
import { entryFromAnswers, sourceFromAnswers, type SourceAnswers } from '../src/lib/content/scaffold.ts';
import { findPlace, findSources, flagOfField } from '../src/lib/content/new-entry.ts';
import { openPrompter } from './lib/prompt.ts';
import { Exit, processIo, runAsProcess, type CommandIo } from './lib/io.ts';
import { strings } from '../src/i18n/index.ts';

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  try {
    await scaffold(argv, io);
    return 0;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}

async function scaffold(argv: string[], io: CommandIo): Promise<void> {
  const log = (line: string) => io.stdout.write(`${line}\n`);
  const { values: flags } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string' },
      lang: { type: 'string' },
      date: { type: 'string' },
      time: { type: 'string' },
      end: { type: 'string' },
      precision: { type: 'string' },
      place: { type: 'string' },
      type: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      body: { type: 'string' },
      source: { type: 'string', multiple: true },
      verification: { type: 'string' },
      actors: { type: 'string' },
      rights: { type: 'string' },
      slug: { type: 'string' },
      draft: { type: 'boolean' },
      'new-source': { type: 'string' },
      'source-title': { type: 'string' },
      'source-publisher': { type: 'string' },
      'source-published': { type: 'string' },
      'source-kind': { type: 'string' },
      'source-url': { type: 'string' },
      'source-lang': { type: 'string' },
    },
    strict: true,
  });

  const root = flags.root ? resolve(flags.root) : resolve(import.meta.dirname, '..');
  const content = loadContent(root);
  const ask = openPrompter(io);
  // With flags, a script (or a person who knows them) is driving: optional answers that were not
  // given stay empty instead of being asked, and lists and introductions are not printed.
  const flagsMode = Object.keys(flags).some((k) => k !== 'root' && k !== 'lang');
  const missing = new Set<string>();

  // The language of the entry is also the language of the questions: a contributor writes in the
  // language they read. Without --lang the first question is asked in all three.
  let lang: Lang;
  if (flags.lang !== undefined) {
    const r = resolveLang(['--lang', flags.lang], {});
    if (r.error) fail(r.error, 2);
    lang = r.lang;
  } else {
    const guess = resolveLang([], io.env).lang;
    const answer = await ask.choose(`Тіл / Язык / Language (${LANGS.join(', ')})`, [...LANGS], guess);
    lang = (answer as Lang | undefined) ?? fail(CLI_TEXT[guess].missingAnswers(['--lang']), 2);
  }
  const text = CLI_TEXT[lang];
  const ui = strings[lang] as Record<string, string>;
  if (!flagsMode) log(text.newIntro);

  /**
   * One answer: the flag's value if it passes `check` (which returns an error message or nothing),
   * else the question, asked again until the answer passes or input ends.
   */
  async function field(
    flag: string,
    question: string,
    check: (v: string) => string | undefined,
    opts: { optional?: boolean; initial?: string } = {},
  ): Promise<string> {
    let value = opts.initial ?? (flagsMode && opts.optional ? '' : undefined);
    for (;;) {
      if (value !== undefined) {
        const error = value === '' && opts.optional ? undefined : check(value);
        if (!error) return value;
        log(`✗ ${flag}: ${error}`);
        if (!flagsMode) log(text.tryAgain);
      }
      value = await ask.line(opts.optional ? `${question} (${text.optional})` : question);
      if (value === undefined) {
        if (!opts.optional) missing.add(flag);
        return '';
      }
    }
  }

  /** A validator message in the contributor's language. */
  const say = (m: Message) => write(m, CATALOGUES[lang]);

  /** The schema's own message for one field, in the contributor's language. */
  function schemaCheck(key: keyof typeof eventSchema.shape) {
    return (v: unknown) => {
      const r = eventSchema.shape[key].safeParse(v);
      return r.success
        ? undefined
        : r.error.issues
            .flatMap((i) => describeIssue(i, v))
            .map((d) => say(d.message))
            .join('; ');
    };
  }
  const enumLabel = (prefix: string, v: string) => ui[`${prefix}.${v}`] ?? v;

  const date = await field(
    '--date',
    text.askDate,
    (v) => (DAY_RE.test(v) ? schemaCheck('start')(v) : text.badDate(v)),
    { initial: flags.date },
  );
  const time = await field(
    '--time',
    text.askTime,
    (v) => (/^\d{2}:\d{2}$/.test(v) && isRealDate(`2022-01-01T${v}`) ? undefined : text.badTime(v)),
    { optional: true, initial: flags.time },
  );
  const placeAnswer = await field(
    '--place',
    text.askPlace,
    (v) => {
      const found = findPlace(v, content.places.places);
      return found.place ? undefined : text.unknownPlace(v, found.suggestions);
    },
    { initial: flags.place },
  );
  const place = findPlace(placeAnswer, content.places.places).place?.id ?? placeAnswer;
  if (flags.type === undefined && !flagsMode)
    log(EVENT_TYPES.map((t, i) => `  ${i + 1}. ${t} — ${enumLabel('type', t)}`).join('\n'));
  const type = pick(
    EVENT_TYPES,
    await field('--type', text.askType, (v) => (pick(EVENT_TYPES, v) ? undefined : text.notInList(v)), {
      initial: flags.type,
    }),
  );
  const title = await field('--title', text.askTitle, schemaCheck('title'), { initial: flags.title });
  const summary = await field('--summary', text.askSummary, schemaCheck('summary'), { initial: flags.summary });

  const newSourceId = flags['new-source'];
  const sourceAnswer = await field(
    '--source',
    text.askSources,
    (v) => {
      const { unknown, suggestions } = findSources(
        split(v).filter((id) => id !== 'new' && id !== newSourceId),
        content.sources,
      );
      if (!split(v).length && !newSourceId) return say(message('atLeastOneSource'));
      return unknown ? text.unknownSource(unknown, suggestions) : undefined;
    },
    { initial: flags.source ? flags.source.join(',') : newSourceId ? '' : undefined, optional: !!newSourceId },
  );
  const sourceIds = split(sourceAnswer);
  let newSource: ReturnType<typeof sourceFromAnswers> | undefined;
  if (newSourceId || sourceIds.includes('new')) newSource = sourceFromAnswers(await askSource());
  const citations = [
    ...new Set([
      ...sourceIds.filter((id) => id !== 'new' && id !== newSource?.id),
      ...(newSource ? [newSource.id] : []),
    ]),
  ].map((id) => ({ id }));

  const body = await field('--body', text.askBody, () => undefined, { optional: true, initial: flags.body });

  if (missing.size) fail(`${text.missingAnswers([...missing])}\n${text.refused}`, 1);

  const entry = entryFromAnswers({
    lang,
    date,
    time,
    end: flags.end,
    precision: flags.precision ? (pick(TIME_PRECISION, flags.precision) ?? flags.precision) : undefined,
    place,
    type: type ?? '',
    title,
    summary,
    body,
    sources: citations,
    verification: flags.verification ? (pick(VERIFICATION, flags.verification) ?? flags.verification) : undefined,
    actors: split(flags.actors ?? ''),
    rights: split(flags.rights ?? ''),
    slug: flags.slug,
    draft: flags.draft,
  });

  // Everything is checked in memory first: a refused entry leaves content/ untouched.
  const entryDir = join(root, 'content/events', entry.id);
  const entryPath = `content/events/${entry.id}/index.md`;
  if (existsSync(entryDir)) fail(text.entryExists(entry.id, entryPath), 1);
  const sourcePath = newSource && `content/sources/${newSource.id}.md`;
  if (newSource && existsSync(join(root, sourcePath!))) fail(text.sourceExists(newSource.id, sourcePath!), 1);

  const problems: string[] = [];
  if (newSource) {
    const r = sourceSchema.safeParse(newSource.data);
    if (!r.success)
      for (const i of r.error.issues)
        for (const d of describeIssue(i, newSource.data))
          problems.push(`--source-${String(d.path[0] ?? 'id')}: ${say(d.message)}`);
    if (!ID_RE.test(newSource.id)) problems.push(`--new-source: ${say(message('idFormat'))}`);
  }
  const sources = [
    ...content.sources,
    ...(newSource ? [{ id: newSource.id, data: newSource.data as { publisher: string } }] : []),
  ];
  const checked = checkEntry(entry.id, entry.data, {
    places: content.places.places,
    sources,
    eventIds: content.events.map((e) => e.id),
  });
  for (const i of checked.issues) problems.push(`${flagOfField(i.path)}: ${say(i.message)}`);
  if (problems.length) {
    for (const p of problems) log(`✗ ${p}`);
    fail(text.refused, 1);
  }

  mkdirSync(entryDir, { recursive: true });
  writeFileSync(join(entryDir, 'index.md'), entry.markdown, { flag: 'wx' });
  log(text.wrote(entryPath));
  if (newSource) {
    writeFileSync(join(root, sourcePath!), newSource.markdown, { flag: 'wx' });
    log(text.wrote(sourcePath!));
  }

  // Read back from disk exactly as `npm run validate` does.
  const written = [entryPath, ...(sourcePath ? [sourcePath] : [])];
  const after = loadContent(root).problems.filter((p) => written.includes(p.file));
  for (const p of after) log(formatProblem(p, CATALOGUES[lang]));
  if (after.length) fail(text.newInvalid, 1);
  log(text.newValid);
  log(text.nextSteps(entry.id));
  ask.close();

  async function askSource(): Promise<SourceAnswers> {
    const kindList = SOURCE_KINDS.filter((k) => k !== 'testimony');
    const id = await field(
      '--new-source',
      text.askSourceId,
      (v) => (ID_RE.test(v) ? undefined : say(message('idFormat'))),
      { initial: newSourceId },
    );
    const check = (key: keyof typeof sourceSchema.shape) => (v: string) => {
      const r = sourceSchema.shape[key].safeParse(v);
      return r.success
        ? undefined
        : r.error.issues
            .flatMap((i) => describeIssue(i, v))
            .map((d) => say(d.message))
            .join('; ');
    };
    const title = await field('--source-title', text.askSourceTitle, check('title'), {
      initial: flags['source-title'],
    });
    const publisher = await field('--source-publisher', text.askSourcePublisher, check('publisher'), {
      initial: flags['source-publisher'],
    });
    const published = await field('--source-published', text.askSourcePublished, check('published'), {
      initial: flags['source-published'],
    });
    if (flags['source-kind'] === undefined && !flagsMode) log(kindList.map((k, i) => `  ${i + 1}. ${k}`).join('\n'));
    // a testimony is never scaffolded here: it is kept by the alliance, not published by a contributor
    const kind =
      pick(
        kindList,
        await field('--source-kind', text.askSourceKind, (v) => (pick(kindList, v) ? undefined : text.notInList(v)), {
          initial: flags['source-kind'],
        }),
      ) ?? '';
    const url = await field('--source-url', text.askSourceUrl, check('url'), { initial: flags['source-url'] });
    const sourceLang = await field('--source-lang', text.askSourceLang, check('lang'), {
      initial: flags['source-lang'] ?? (flagsMode ? lang : undefined),
    });
    return {
      id,
      title,
      publisher,
      published,
      kind,
      url,
      lang: sourceLang,
      accessed: new Date().toISOString().slice(0, 10),
    };
  }

  function fail(message: string, code: number): never {
    io.stderr.write(`${message}\n`);
    ask.close();
    throw new Exit(code);
  }
}

/** A value of a list, by name or by its number in the printed list. */
function pick<T extends string>(list: readonly T[], answer: string): T | undefined {
  const a = answer.trim();
  if (/^\d+$/.test(a)) return list[Number(a) - 1];
  return list.find((v) => v === a);
}

function split(v: string): string[] {
  return v
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

if (import.meta.main) await runAsProcess(main);
