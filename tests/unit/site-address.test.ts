/**
 * A citation never points at a machine that is not the site: with the public address every link
 * in the open data and the feed is on it; without one they are paths, never a made-up host.
 */
import { describe, expect, it } from 'vitest';
import { ctx } from '../fixtures/exports-chronicle.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { citation } from '../../src/lib/cite.ts';
import { eventsJson } from '../../src/lib/exports/events-json.ts';
import { eventsCsv } from '../../src/lib/exports/csv.ts';
import { atomFeed } from '../../src/lib/exports/atom.ts';

const meta = { title: 'T', publisher: 'P' };
const strings = { title: 'T', subtitle: 'S', publisher: 'P', rights: 'R', typeLabel: (t: string) => t };
const noAddress = { ...ctx, site: undefined };

describe('the site address', () => {
  it('makes a path absolute on the public address, or leaves it a path', () => {
    expect(absoluteUrl('/ru/events/x/', 'https://qantar.example')).toBe('https://qantar.example/ru/events/x/');
    expect(absoluteUrl('/ru/events/x/', undefined)).toBe('/ru/events/x/');
  });

  it('puts every link of the open data and the feed on the public address when it is set', () => {
    const texts = [JSON.stringify(eventsJson(ctx, meta)), eventsCsv(ctx), atomFeed(ctx, 'en', strings)];
    for (const text of texts) {
      const own = [...text.matchAll(/https?:\/\/[^\s"'<>,]+/g)]
        .map((m) => m[0])
        .filter((u) => !u.startsWith('https://example.org/') && !u.startsWith('http://www.w3.org/'));
      expect(own.length).toBeGreaterThan(0);
      for (const u of own) expect(u).toMatch(/^https:\/\/qantar\.example\/chronicle\//);
    }
  });

  it('gives paths, never localhost, when the build has no address', () => {
    const json = eventsJson(noAddress, meta);
    const [first] = json.events;
    expect(first!.url.en).toBe(`/chronicle/en/events/${first!.id}/`);
    const feed = atomFeed(noAddress, 'en', strings);
    expect(feed).toContain(`<link rel="alternate" type="text/html" href="/chronicle/en/events/`);
    // an Atom id must be an absolute IRI: a tag URI made from the path, not an invented host
    expect(feed).toMatch(/<id>tag:qantar-chronicle,2022:\/chronicle\/en\/feed\.xml<\/id>/);
    for (const text of [JSON.stringify(json), eventsCsv(noAddress), feed])
      expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(
      citation({ publisher: 'P', title: 'T', siteName: 'S', id: 'x', url: '/en/events/x/', updated: '1 May 2022' }),
    ).toBe('P. “T”. S, x (1 May 2022). /en/events/x/');
  });
});
