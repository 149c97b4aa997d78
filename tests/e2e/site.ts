/** What the browser tests know of the content: read from content/ with the same loader as the validator. */
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildChronicle } from '../../src/lib/chronicle.ts';
import { buildPeople } from '../../src/lib/people.ts';

export const LANGS = ['kk', 'ru', 'en'] as const;

let cache: ReturnType<typeof buildChronicle> | undefined;
export function chronicle() {
  if (!cache) {
    const c = loadContent(join(import.meta.dirname, '../..'));
    cache = buildChronicle({
      events: c.events,
      translations: c.translations,
      sources: c.sources,
      places: c.places.places,
    });
  }
  return cache;
}

/** One URL of every page type (language-independent part), picked from the real content. */
export function pageTypes(): Record<string, string> {
  const c = chronicle();
  const timed = c.events.find((e) => e.start.time)!;
  return {
    home: '',
    timeline: 'timeline/',
    day: `days/${timed.start.day}/`,
    event: `events/${timed.id}/`,
    place: `places/${timed.place.id}/`,
    source: `sources/${timed.sources[0]!.id}/`,
    places: 'places/',
    sources: 'sources/',
    type: `types/${timed.data.type}/`,
    about: 'about/',
    methodology: 'methodology/',
    people: 'people/',
    person: `people/${register().find((p) => p.named)!.id}/`,
  };
}

let people: ReturnType<typeof buildPeople> | undefined;
/** The register of people, built from content/people/ as the site builds it. */
export function register() {
  if (!people) {
    const c = loadContent(join(import.meta.dirname, '../..'));
    people = buildPeople({ people: c.people, texts: c.personTexts });
  }
  return people;
}
