/**
 * Every message of the content checks, by id, with its parameters, in English: the language the
 * schemas speak when nothing else is asked (Astro's build errors, `npm run validate --lang en`).
 * Kazakh and Russian are src/lib/content/messages.kk.ts and messages.ru.ts, typed as `Catalogue`:
 * a message added here without its translations there does not compile.
 *
 * A check names its message through zod 4's error customisation: `error: say('idFormat')` returns
 * the English text to zod and leaves the id and its values on the issue (`issue.params`), so that
 * the validator, the command-line tools and the proposal form write it in the contributor's
 * language from the id, not by reading English back.
 */
import type { z } from 'astro/zod';

/** A value that is itself a word of the language: a type name as zod reports it. */
export type TypeName = string;

export const EN = {
  // dates (src/schema/dates.ts)
  dateExpected: () => 'expected a date such as 2022-01-05 or "2022-01-05T16:37"',
  notADate: (p: { value: string }) =>
    `"${p.value}" is not a date: write YYYY-MM-DD, "YYYY-MM-DDTHH:mm" or "YYYY-MM-DDTHH:mm+06:00" (in quotes when it has a time)`,
  notARealDay: (p: { value: string }) => `"${p.value}" is not a day that exists`,
  dayExpected: () => 'expected a date such as 2022-01-05',
  notADay: (p: { value: string }) => `"${p.value}" is not a date: write YYYY-MM-DD (or YYYY-MM)`,

  // one entry (src/schema/event.ts, translation.ts)
  idFormat: () => 'ids are lower-case ASCII letters, digits and hyphens',
  plainTextOnly: () => 'plain text only: remove < and > (no HTML)',
  maxBelowMin: () => 'max must be at least min',
  qualifierWithRange: () =>
    'a qualifier (more-than, at-least, about) goes with one number: remove it, or write the count as a number',
  countShape: (p: { found: string }) => `${p.found} is not valid here (expected a number, or { min, max })`,
  statedByShape: (p: { found: string }) =>
    `${p.found} is not valid here (expected { kind, name: { kk, ru, en } }, e.g. { kind: state, name: { kk: …, ru: …, en: Interior Ministry } })`,
  officialRetired: () =>
    'official is no longer written: the side comes from who stated the number, statedBy: { kind: state } (or court, independent, international)',
  relayedNeedsStatedBy: (p: { source: string; kind: string }) =>
    `source "${p.source}" is ${p.kind} and only relays this number: say who stated it, e.g. statedBy: { kind: state, name: { kk: …, ru: …, en: Interior Ministry } }, or statedBy: { kind: independent } for the outlet's own count`,
  latitudeOutside: (p: { min: number; max: number; found?: string }) =>
    `latitude must be within Kazakhstan (${p.min}–${p.max})${found(p)}`,
  longitudeOutside: (p: { min: number; max: number; found?: string }) =>
    `longitude must be within Kazakhstan (${p.min}–${p.max})${found(p)}`,
  atLeastOneSource: () => 'at least one source is required',
  endBeforeStart: (p: { end: string; start: string }) => `end ${p.end} is before start ${p.start}`,
  sourceTwice: (p: { id: string }) => `source "${p.id}" is listed twice`,
  figureSourceNotCited: (p: { source: string; cited: string[] }) =>
    `"${p.source}" is not among this entry's sources (add it to sources, or use one of: ${p.cited.join(', ') || 'none'})`,
  mediaFileName: () => 'a jpg, png or webp file name in the entry folder (lower-case, no spaces)',
  sha256Format: () => 'the 64-character hex sha256 of the file (run: sha256sum <file>)',

  // between records (src/schema/integrity.ts)
  duplicatePlace: (p: { id: string; item: number }) => `duplicate place id "${p.id}" (first at item ${p.item})`,
  needsRegion: (p: { kind: string }) => `a ${p.kind} needs the id of its region`,
  notARegion: (p: { region: string }) => `"${p.region}" is not a region in places.yaml`,
  sourceFileName: (p: { id: string }) => `file name "${p.id}" must be lower-case ASCII words joined by hyphens`,
  duplicateSource: (p: { id: string; file: string }) => `duplicate source id "${p.id}" (also ${p.file})`,
  duplicateEvent: (p: { id: string; file: string }) => `duplicate event id "${p.id}" (also ${p.file})`,
  eventFolderName: (p: { id: string }) => `folder name "${p.id}" must be YYYY-MM-DD-kebab-slug in lower-case ASCII`,
  startNotIdDate: (p: { start: string; date: string }) =>
    `start ${p.start} does not match the date in the id (${p.date}): ids never change, so fix start or create a new entry`,
  unknownPlace: (p: { place: string }) => `unknown place "${p.place}" (add it to content/places.yaml)`,
  unknownSource: (p: { id: string }) => `unknown source "${p.id}" (add content/sources/${p.id}.md)`,
  corroboratedNeedsTwo: (p: { count: number }) =>
    `corroborated needs sources from two or more publishers, found ${p.count} (use reported)`,
  relatedToItself: () => 'an entry cannot be related to itself',
  unknownEvent: (p: { id: string }) => `unknown event "${p.id}"`,
  translationWithoutEntry: (p: { id: string }) => `translation without content/events/${p.id}/index.md`,
  translationSameLang: (p: { lang: string }) =>
    `index.md is already in "${p.lang}": a translation file must be in another language`,
  translatedFromOwnLang: (p: { lang: string }) => `cannot be the file's own language "${p.lang}"`,
  duplicateTranslation: (p: { key: string }) => `duplicate translation ${p.key}`,

  // places and sources (src/schema/place.ts, source.ts)
  notTimeZone: (p: { value: string }) =>
    `"${p.value}" is not an IANA time zone (e.g. Asia/Almaty, Asia/Aqtau, Asia/Oral)`,
  notUrl: () => 'expected a full URL',
  mustBeHttps: () => 'must start with https://',
  langCode: () => 'a two-letter language code such as ru, kk or en',
  testimonyCodeFormat: () => 'a testimony code such as T-2022-014',
  testimonyNoUrl: () => 'a testimony has no public URL: remove it (keep it with the alliance)',
  testimonyNoAuthor: () => 'a testimony never names its author: remove it',
  testimonyNoArchives: () => 'a testimony has no public archive copies: remove them',
  testimonyNeedsCode: () => 'a testimony needs a code such as T-2022-014',
  testimonyNeedsDescription: () => 'a testimony needs a description that does not identify the witness',
  onlyTestimonyCode: () => 'only a testimony has a code',
  onlineNeedsUrl: () => 'an online source needs its https URL (or set availability: removed / withheld)',

  // files (src/lib/content/frontmatter.ts, load.ts)
  noFrontMatter: () => 'the file must start with front matter between two "---" lines',
  yamlSyntax: (p: { detail: string }) => `YAML syntax error: ${p.detail}`,
  placesMissing: () => 'content/places.yaml is missing',
  placesNotList: () => 'places.yaml must be a list of places ("- id: …")',
  sourcesOnlyMd: () => 'content/sources/ holds only .md source records',
  entriesAreFolders: () => 'entries are folders: content/events/<id>/index.md (or index.mdx)',
  missingIndex: () => 'missing index.md or index.mdx (the facts of the entry)',
  svgRefused: () => 'SVG files can carry scripts and are not accepted: convert it to PNG or WebP',
  mdxRefused: () =>
    'MDX is code and is not accepted here: an entry folder takes MDX only as index.mdx, kk.mdx, ru.mdx or en.mdx',
  entryTwoFormats: (p: { file: string; other: string }) =>
    `both ${p.file} and ${p.other}: an entry's text is one file, Markdown or MDX; keep one of them and delete the other`,
  unexpectedFile: () =>
    'unexpected file: an entry folder holds index.md (or index.mdx), kk, ru, en translations as .md or .mdx, and jpg/png/webp media',
  mediaMissing: (p: { file: string }) => `"${p.file}" is not in the entry folder`,
  mediaHashMismatch: (p: { file: string; actual: string }) =>
    `does not match ${p.file} (its sha256 is ${p.actual}): check that the file is the one reviewed`,
  mediaUnlisted: () => 'a media file not listed under media in index.md (add it with its sha256, alt text and credit)',

  // the Markdown body (src/lib/content/markdown-rules.ts)
  noScript: () => 'a <script> is not allowed in an entry: remove it',
  noIframe: () => 'embedded frames are not allowed: link to the page instead',
  noEventHandler: () => 'event-handler attributes (onclick=, onerror=…) are not allowed',
  noScriptUrl: () => 'javascript:, vbscript: and data: URLs are not allowed: use an https link',
  noRemoteImage: () => 'remote images are not allowed (they can track readers): add the file to the entry folder',
  noRawHtml: () => 'raw HTML is not allowed: write Markdown only',
  noMdxCode: () => 'MDX import/export is not allowed in an entry',
  noMdxExpression: () => 'MDX {expressions} are not allowed: remove the braces',

  // zod's own issues, for checks that name no message (src/lib/content/issues.ts)
  unknownField: (p: { key: string }) => `unknown field "${p.key}" (check the spelling, or remove it)`,
  notAllowed: (p: { found: string; values: string[] }) => `${p.found} is not allowed (allowed: ${p.values.join(', ')})`,
  requiredMissing: (p: { expected: TypeName }) => `required field is missing (expected ${p.expected})`,
  expectedFound: (p: { expected: TypeName; found: string }) => `expected ${p.expected}, found ${p.found}`,
  quoteText: (p: { found: string }) => `expected text, found ${p.found}: put the value in quotes`,
  mustNotBeEmpty: () => 'must not be empty',
  tooShort: (p: { minimum: number; unit: Unit; found?: string }) =>
    `at least ${p.minimum} ${UNIT_EN[p.unit]}${found(p)}`,
  tooLong: (p: { maximum: number; unit: Unit; found?: string }) => `at most ${p.maximum} ${UNIT_EN[p.unit]}${found(p)}`,
  tooSmall: (p: { minimum: number; inclusive: boolean; found?: string }) =>
    `must be ${p.inclusive ? 'at least' : 'more than'} ${p.minimum}${found(p)}`,
  tooBig: (p: { maximum: number; inclusive: boolean; found?: string }) =>
    `must be ${p.inclusive ? 'at most' : 'less than'} ${p.maximum}${found(p)}`,
  patternMismatch: (p: { pattern: string }) => `does not match the pattern ${p.pattern}`,
  invalidInput: () => 'invalid value',

  // stories (src/schema/story.ts, src/lib/content/mdx-rules.ts, story-check.ts, load.ts)
  plainTextNoBraces: () => `plain text only: remove <, >, { and }`,
  storyNeedsPlace: () => 'name at least one place',
  storyNeedsAuthor: () => 'name the organisation that wrote it',
  storyNeedsEvent: () => 'a story cites at least one entry',
  storiesAreFolders: () => 'stories are folders: content/stories/<id>/index.mdx',
  storyMissingIndex: () => 'missing index.mdx (the story in its original language)',
  storyFiles: () => 'a story folder holds index.mdx and kk.mdx, ru.mdx, en.mdx only',
  storyTranslationSameLang: (p: { lang: string }) =>
    `index.mdx is already in "${p.lang}": a translation must be in another language`,
  mdxImport: () =>
    'import and export are not allowed in content MDX: our components are available without importing them',
  mdxExpression: () => `{expressions} are not allowed in content MDX: write the text itself (escape a brace as \\{ )`,
  mdxRemoteImage: () =>
    'remote images are not allowed (they can track readers): in an entry use <Figure media="…"> with a file of its media',
  mdxRawHtml: () => 'raw HTML is not allowed: write Markdown and our components only',
  unknownComponent: (p: { name: string; list: string }) =>
    `<${p.name}> is not one of the components content may use (${p.list})`,
  spreadAttribute: (p: { name: string }) =>
    `a spread or expression attribute on <${p.name}> is not allowed: write each prop as name="text"`,
  expressionAttribute: (p: { name: string; prop: string }) =>
    `${p.prop}={…} on <${p.name}> is not allowed: props are literal text, ${p.prop}="…"`,
  unknownProp: (p: { name: string; props: string; prop: string }) => `<${p.name}> takes ${p.props}, not "${p.prop}"`,
  propNeedsValue: (p: { name: string; prop: string }) => `${p.prop} on <${p.name}> needs a value: ${p.prop}="…"`,
  propScriptUrl: (p: { name: string; prop: string }) => `${p.prop} on <${p.name}> holds a script URL: not allowed`,
  missingProp: (p: { name: string; prop: string }) => `<${p.name}> needs ${p.prop}="…"`,
  stepNeedsTarget: () => '<Step> needs event="<entry id>" or filter="<timeline query>"',
  mdxSyntax: (p: { detail: string }) => `MDX could not be read: ${p.detail}`,
  duplicateStep: (p: { step: string }) =>
    `a second <Step ${p.step}">: each step covers its own entry or filter; merge the two`,
  storyUnknownEvent: (p: { name: string; id: string }) =>
    `<${p.name} event="${p.id}">: no entry with this id in content/events/`,
  storyUnknownSource: (p: { name: string; id: string }) =>
    `<${p.name} source="${p.id}">: no source with this id in content/sources/`,
  storyUnknownPlace: (p: { name: string; id: string }) =>
    `<${p.name} place="${p.id}">: no place with this id in content/places.yaml`,
  storyUnknownMeasure: (p: { name: string; value: string; list: string }) =>
    `<${p.name} measure="${p.value}">: one of ${p.list}`,
  emptyFilter: (p: { filter: string }) => `<Step filter="${p.filter}"> matches no entry: check the ids and dates`,
  unsourcedParagraph: () =>
    'a paragraph that refers to no entry: a story states no fact of its own, so link the entry with <Ref event="…">…</Ref> or place the text in a <Step>',
  uncitedEvent: (p: { id: string }) => `the body uses "${p.id}": add it to events in the front matter`,
  frontUnknownEvent: (p: { id: string }) => `events: no entry "${p.id}" in content/events/`,
  unusedEvent: (p: { id: string }) => `events lists "${p.id}", which the body never uses: remove it or refer to it`,
  frontUnknownPlace: (p: { id: string }) => `places: no place "${p.id}" in content/places.yaml`,

  // event entries in MDX (src/lib/content/entry-check.ts)
  entryQuoteUncited: (p: { id: string; list: string }) =>
    `<Quote source="${p.id}">: the entry does not cite this source (it cites ${p.list}): quote a source under sources in index front matter`,
  entryRefUnknown: (p: { id: string }) => `<Ref to="${p.id}">: no entry with this id in content/events/`,
  entryFigureUnknown: (p: { file: string; list: string }) =>
    `<Figure media="${p.file}">: not a media item of this entry (its media: ${p.list})`,

  // archived copies of sources (src/schema/source.ts)
  captureTimeExpected: () => 'expected a capture time such as "2026-11-30T20:41:07Z"',
  notCaptureTime: (p: { value: string }) =>
    `"${p.value}" is not a capture time: write it in UTC as "YYYY-MM-DDTHH:mm:ssZ"`,
  notAMoment: (p: { value: string }) => `"${p.value}" is not a moment that exists`,
  sha256Hex: () => 'a sha256 is 64 lower-case hexadecimal digits',
  archiveIsOriginal: () => 'an archived copy has the address of the copy, not of the original',
  notMirrorAddress: (p: { value: string }) =>
    `"${p.value}" is not a mirror address: use https://…, a v3 http://….onion/ address, or ipfs://… / ipns://…`,
  mirrorOperator: () => 'say who runs the mirror (an organisation or public name)',
  mirrorTwice: (p: { url: string }) => `${p.url} is listed twice: keep one entry`,

  // people (src/schema/person.ts, people-integrity.ts, privacy.ts)
  needsStatement: () => 'a record needs at least one statement of what happened',
  nameNeedsBasis: () =>
    'a name needs a publication basis (basis: { kind, source, note }); without one remove the name: the record is then shown by what happened, e.g. "a 19-year-old man, Almaty"',
  basisWithoutName: () => 'a basis without a name: remove basis, or add the published name',
  basisNeedsSource: (p: { kind: string }) => `a ${p.kind} basis names the source that published the name`,
  basisNotTestimony: () => 'a testimony never names anyone: the basis must be a published source',
  childNeverNamed: () =>
    "a child is never named unless a cited source already published the name with the family's consent (basis kind published-with-consent); otherwise remove the name",
  minorAge: () => 'the age is under 18: set minor: true',
  namedOnTestimony: () =>
    'a testimony never names anyone: a named record cites published sources only (or remove the name)',
  testimonyNamesPerson: (p: { name: string }) => `a testimony never names anyone: remove "${p.name}"`,
  privacyPhone: (p: { found: string }) => `a phone number is never published: remove it (found "${p.found}")`,
  privacyEmail: (p: { found: string }) => `an e-mail address is never published: remove it (found "${p.found}")`,
  privacyMessenger: (p: { found: string }) =>
    `a messenger handle or profile link is never published: remove it (found "${p.found}")`,
  privacyAddress: (p: { found: string }) =>
    `an address finer than a city is never published: keep only the city (found "${p.found}")`,
  placeTooFine: (p: { id: string; kind: string; city: string }) =>
    `"${p.id}" is a ${p.kind}: a person's place is never finer than a city (use "${p.city}")`,
  duplicatePerson: (p: { id: string }) => `duplicate person id "${p.id}"`,
  personTranslationWithout: (p: { id: string }) => `translation without content/people/${p.id}.md`,
  personTranslationSameLang: (p: { lang: string }) =>
    `the record is already in "${p.lang}": a translation must be in another language`,
  detailsCount: (p: { details: number; statements: number }) =>
    `${p.details} details for ${p.statements} statements: one per statement, in the same order ("" where there is none)`,
  peopleFiles: () => 'content/people/ holds <id>.md records and their <id>.<kk|ru|en>.md translations only',
} satisfies Record<string, (p: never) => string>;

/** What a length is counted in. */
export type Unit = 'characters' | 'items';
const UNIT_EN: Record<Unit, string> = { characters: 'characters', items: 'items' };
function found(p: { found?: string }) {
  return p.found === undefined ? '' : ` (found ${p.found})`;
}

export type MessageId = keyof typeof EN;
export type MessageParams<K extends MessageId> = Parameters<(typeof EN)[K]> extends [infer P] ? P : undefined;
/** A message to be written in some language: its id and its values. */
export type Message = {
  [K in MessageId]: MessageParams<K> extends undefined
    ? { id: K; params?: undefined }
    : { id: K; params: MessageParams<K> };
}[MessageId];
/** The messages in one language: every id, with the same values. */
export type Catalogue = { [K in MessageId]: (p: MessageParams<K>) => string };

type Args<K extends MessageId> = MessageParams<K> extends undefined ? [] : [MessageParams<K>];

export function message<K extends MessageId>(id: K, ...params: Args<K>): Message {
  return { id, params: params[0] } as Message;
}

/** A message in the language of `catalogue` (English by default). */
export function write(m: Message, catalogue: Catalogue = EN): string {
  return (catalogue[m.id] as (p: unknown) => string)(m.params);
}

/** The message a zod issue carries, if a check of ours named it (see `say`). */
export function messageOf(issue: { params?: Record<string, unknown> }): Message | undefined {
  const m = issue.params?.message as Message | undefined;
  return m && typeof m.id === 'string' && m.id in EN ? m : undefined;
}

/**
 * The `error` of a zod check or schema: the English text for zod, and the id with its values left
 * on the issue as `params.message`. zod 4 copies the issue's own fields into the reported issue
 * after asking for its text (`finalizeIssue`), so what is set here reaches every caller;
 * tests/unit/validate-lang.test.ts checks it for each kind of check we use.
 * `values` receives the checked input, e.g. to say which date does not exist.
 */
export function say<K extends MessageId>(
  id: K,
  ...values: MessageParams<K> extends undefined ? [] : [(input: unknown) => MessageParams<K>]
) {
  return (issue: z.core.$ZodRawIssue) => {
    const m = { id, params: values[0]?.(issue.input) } as Message;
    const raw = issue as { params?: Record<string, unknown> };
    raw.params = { ...raw.params, message: m };
    return write(m);
  };
}

/** A value as a contributor wrote it, quoted when it is text: `"riot"`, `42`, `true`. */
export const shown = (input: unknown): string => JSON.stringify(input) ?? String(input);
