/**
 * The keys that let a rebuild copy a page from the previous build: each must change with anything
 * its page shows, and stay when only something else changed. A key that stayed would publish a
 * stale page; one that changed needlessly only costs a render.
 */
import { describe, expect, it } from 'vitest';
import { buildChronicle, type ChronicleInput } from '../../src/lib/chronicle.ts';
import { buildPeople } from '../../src/lib/people.ts';
import { digestOf, makePageKeys, type EntryFiles, type PageKeysInput } from '../../src/lib/page-keys.ts';
import { personSchema, sourceSchema } from '../../src/schema/index.ts';
import { FIXTURE_PLACES as places, fixtureEvent } from '../support/fixture-content.ts';

const ev = (id: string, patch: Record<string, unknown> = {}) =>
  fixtureEvent(id, { start: `${id.slice(0, 10)}T12:00`, place: 'almaty', sources: [{ id: 'a' }], ...patch });
const source = (id: string, title = id) => ({
  id,
  data: sourceSchema.parse({
    title,
    publisher: 'P',
    published: '2022-01-05',
    kind: 'media',
    url: `https://p.example/${id}`,
    lang: 'en',
  }),
});
const person = (event: string, detail = 'Held.') => ({
  id: 'anon',
  data: personSchema.parse({
    lang: 'en',
    age: 30,
    statements: [
      {
        what: 'detained',
        date: '2022-01-05',
        place: 'almaty',
        sources: [{ id: 'a' }],
        status: 'reported',
        detail,
        event,
      },
    ],
  }),
});

interface World {
  events: ChronicleInput['events'];
  sources: ChronicleInput['sources'];
  people: ReturnType<typeof person>[];
  files: Record<string, Partial<EntryFiles>>;
  sourceDigests: Record<string, string>;
  settings: unknown;
}

const base = (): World => ({
  events: [
    ev('2022-01-05-main', { related: ['2022-01-06-linked'] }),
    ev('2022-01-06-linked'),
    ev('2022-01-07-other', { sources: [{ id: 'b' }] }),
  ],
  sources: [source('a'), source('b')],
  people: [person('2022-01-05-main')],
  files: {},
  sourceDigests: { a: 'da', b: 'db' },
  settings: { repository: 'https://git.example/qantar' },
});

function keys(w: World) {
  const chronicle = buildChronicle({ events: w.events, translations: [], sources: w.sources, places });
  const input: PageKeysInput = {
    chronicle,
    people: buildPeople({ people: w.people, texts: [] }),
    searchGroups: [['Алматы', 'Almaty']],
    settings: w.settings,
    eventFiles: new Map(w.events.map((e) => [e.id, { digests: [`d-${e.id}`], plain: true, ...w.files[e.id] }])),
    sourceDigests: new Map(Object.entries(w.sourceDigests)),
  };
  const k = makePageKeys(input);
  return {
    event: (id: string) => k.event(chronicle.byId.get(id)!),
    source: (id: string) => k.source(chronicle.sources.get(id)!),
  };
}

const same = base();
const before = keys(same);

/** Keys of the main entry, its linked entry, the other entry and both sources after a change. */
function after(change: (w: World) => void) {
  const w = base();
  change(w);
  const k = keys(w);
  const ids = ['2022-01-05-main', '2022-01-06-linked', '2022-01-07-other'];
  return {
    changed: [
      ...ids.filter((id) => k.event(id) !== before.event(id)),
      ...['a', 'b'].filter((id) => k.source(id) !== before.source(id)).map((id) => `source ${id}`),
    ],
  };
}

describe('page keys for the incremental build', () => {
  it('are the same when nothing changed', () => {
    expect(after(() => undefined).changed).toEqual([]);
    expect(before.event('2022-01-05-main')).toMatch(/^[\w-]{32}$/);
  });

  it('change the entry, the entries that link it, and the sources it cites when its record changes', () => {
    const { changed } = after((w) => {
      w.events[1] = ev('2022-01-06-linked', { title: 'Corrected title' });
    });
    expect(changed).toEqual(['2022-01-05-main', '2022-01-06-linked', 'source a']);
  });

  it('change with a file whose text changed, though the record did not (the body is read from the file)', () => {
    const { changed } = after((w) => {
      w.files['2022-01-07-other'] = { digests: ['d-2022-01-07-other', 'd-edited-ru-translation'] };
    });
    expect(changed).toEqual(['2022-01-07-other', 'source b']);
  });

  it('change the pages that show a source when the source changes, and only those', () => {
    expect(after((w) => void (w.sources[1] = source('b', 'Renamed'))).changed).toEqual([
      '2022-01-07-other',
      'source b',
    ]);
    expect(after((w) => void (w.sourceDigests.b = 'edited body')).changed).toEqual(['source b']);
  });

  it('change the entry a person record names when the record changes', () => {
    expect(after((w) => void (w.people = [person('2022-01-05-main', 'Held for ten days.')])).changed).toEqual([
      '2022-01-05-main',
    ]);
    // the record moved to another entry: the page it left and the page it joined
    expect(after((w) => void (w.people = [person('2022-01-07-other')])).changed).toEqual([
      '2022-01-05-main',
      '2022-01-07-other',
    ]);
  });

  it('change every page when a site-wide setting changes', () => {
    expect(after((w) => void (w.settings = { repository: 'https://git.example/fork' })).changed).toHaveLength(5);
  });

  it('are absent for an entry in MDX or with photos, which is rendered every build', () => {
    const w = base();
    w.files['2022-01-06-linked'] = { plain: false };
    const k = keys(w);
    expect(k.event('2022-01-06-linked')).toBeUndefined();
    expect(k.event('2022-01-05-main')).toBeDefined();
  });
});

describe('a photo in a key', () => {
  it('is never read: reading Astro’s record of the original would publish it, EXIF and all', () => {
    const read: string[] = [];
    const image = new Proxy(
      { src: '/_astro/square.jpg', width: 320, height: 200, format: 'jpg' } as Record<string, unknown>,
      {
        get(target, name) {
          if (typeof name === 'string' && target[name] !== undefined) read.push(name);
          return target[name as string];
        },
      },
    );
    const media = (sha256: string) => [{ file: 'square.jpg', sha256, alt: 'A square', image }];
    const a = digestOf({ media: media('a'.repeat(64)) });
    expect(read).toEqual([]);
    // the media record's sha256 stands for the file's content
    expect(digestOf({ media: media('b'.repeat(64)) })).not.toBe(a);
  });
});
