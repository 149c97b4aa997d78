/**
 * The rules that protect people (content/people/): a name only with a publication basis, a child's
 * name only where a cited source published it with the family's consent, never a contact detail or
 * an address finer than a city, never a name resting on (or written into) a testimony. Plus the
 * references every record makes. Pure: the validator and the build call it with what they loaded.
 * Bodies are scanned line by line where they are read (src/lib/content/load.ts), to name the line.
 */
import type { Issue, LoadedSource } from './integrity.ts';
import type { PersonData, PersonTextData } from './person.ts';
import type { PlaceData } from './place.ts';
import { privacyMessage, privacyProblem } from './privacy.ts';
import { message, type Message } from './messages.ts';

export interface LoadedPerson {
  id: string;
  file: string;
  data: PersonData;
}
export interface LoadedPersonText {
  personId: string;
  lang: string;
  file: string;
  data: PersonTextData;
}

export const PERSON_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CITY_OR_COARSER = new Set(['country', 'region', 'city', 'town']);

/** Every spelling under which a record publishes a name (for search, and for the testimony rule). */
export function nameSpellings(p: PersonData): string[] {
  if (!p.name) return [];
  return [...new Set([p.name.kk, p.name.ru, p.name.en, ...p.name.variants])];
}

function isMinor(p: PersonData): boolean {
  const max = typeof p.age === 'number' ? p.age : p.age?.max;
  return p.minor || (max !== undefined && max < 18);
}

export function checkPeople(input: {
  people: LoadedPerson[];
  texts: LoadedPersonText[];
  sources: LoadedSource[];
  places: PlaceData[];
  eventIds: Set<string>;
}): Issue[] {
  const issues: Issue[] = [];
  const add = (file: string, path: (string | number)[], m: Message) => issues.push({ file, path, message: m });
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const placeById = new Map(input.places.map((p) => [p.id, p]));

  const checkText = (file: string, path: (string | number)[], value: string | undefined) => {
    const problem = value ? privacyProblem(value) : undefined;
    if (problem) add(file, path, privacyMessage(problem));
  };
  const checkPlace = (file: string, path: (string | number)[], id: string | undefined) => {
    if (!id) return;
    const place = placeById.get(id);
    if (!place) add(file, path, message('unknownPlace', { place: id }));
    else if (!CITY_OR_COARSER.has(place.kind))
      add(file, path, message('placeTooFine', { id, kind: place.kind, city: place.region ?? 'the city' }));
  };

  const seen = new Set<string>();
  for (const { id, file, data: p } of input.people) {
    if (!PERSON_ID_RE.test(id)) add(file, [], message('sourceFileName', { id }));
    if (seen.has(id)) add(file, [], message('duplicatePerson', { id }));
    seen.add(id);

    if (p.name && !p.basis) add(file, ['name'], message('nameNeedsBasis'));
    if (!p.name && p.basis) add(file, ['basis'], message('basisWithoutName'));
    if (p.name && p.basis) {
      if (p.basis.kind !== 'alliance-consent' && !p.basis.source)
        add(file, ['basis', 'source'], message('basisNeedsSource', { kind: p.basis.kind }));
      const basisSource = p.basis.source ? sourceById.get(p.basis.source) : undefined;
      if (p.basis.source && !basisSource)
        add(file, ['basis', 'source'], message('unknownSource', { id: p.basis.source }));
      if (basisSource?.data.kind === 'testimony') add(file, ['basis', 'source'], message('basisNotTestimony'));
      if (isMinor(p) && p.basis.kind !== 'published-with-consent') add(file, ['name'], message('childNeverNamed'));
    }
    const max = typeof p.age === 'number' ? p.age : p.age?.max;
    if (max !== undefined && max < 18 && !p.minor) add(file, ['minor'], message('minorAge'));

    if (p.name)
      for (const [k, v] of Object.entries(p.name))
        (Array.isArray(v) ? v : [v]).forEach((s, i) =>
          checkText(file, ['name', k, ...(Array.isArray(v) ? [i] : [])], s),
        );
    checkText(file, ['basis', 'note'], p.basis?.note);
    checkPlace(file, ['from'], p.from);

    p.statements.forEach((s, i) => {
      checkPlace(file, ['statements', i, 'place'], s.place);
      checkText(file, ['statements', i, 'detail'], s.detail);
      if (s.event && !input.eventIds.has(s.event))
        add(file, ['statements', i, 'event'], message('unknownEvent', { id: s.event }));
      const publishers = new Set<string>();
      s.sources.forEach((c, j) => {
        const source = sourceById.get(c.id);
        if (!source) return add(file, ['statements', i, 'sources', j, 'id'], message('unknownSource', { id: c.id }));
        publishers.add(source.data.publisher);
        if (p.name && source.data.kind === 'testimony')
          add(file, ['statements', i, 'sources', j, 'id'], message('namedOnTestimony'));
      });
      if (s.status === 'corroborated' && publishers.size < 2)
        add(file, ['statements', i, 'status'], message('corroboratedNeedsTwo', { count: publishers.size }));
    });
  }

  const personById = new Map(input.people.map((p) => [p.id, p]));
  for (const t of input.texts) {
    const person = personById.get(t.personId);
    if (!person) {
      add(t.file, [], message('personTranslationWithout', { id: t.personId }));
      continue;
    }
    if (person.data.lang === t.lang) add(t.file, [], message('personTranslationSameLang', { lang: t.lang }));
    if (t.data.details.length && t.data.details.length !== person.data.statements.length)
      add(
        t.file,
        ['details'],
        message('detailsCount', { details: t.data.details.length, statements: person.data.statements.length }),
      );
    t.data.details.forEach((d, i) => checkText(t.file, ['details', i], d));
    checkText(t.file, ['basisNote'], t.data.basisNote);
  }

  // A testimony is never public by name: no recorded person's name may appear in one.
  const names = input.people.flatMap((p) => nameSpellings(p.data).filter((n) => n.trim().split(/\s+/).length > 1));
  if (names.length)
    for (const s of input.sources) {
      if (s.data.kind !== 'testimony') continue;
      const text = [s.data.title, s.data.description ?? '', (s as LoadedSource & { body?: string }).body ?? '']
        .join('\n')
        .toLowerCase();
      const hit = names.find((n) => text.includes(n.toLowerCase()));
      if (hit) add(s.file, [], message('testimonyNamesPerson', { name: hit }));
    }
  return issues;
}
