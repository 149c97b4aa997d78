import { describe, expect, it } from 'vitest';
import { JsonList, jsonChunks, piecesResponse, utf8Bytes, utf8Into } from '../../src/lib/exports/json-stream.ts';

const whole = (value: unknown) => [...jsonChunks(value)].join('');

describe('the exports written in pieces', () => {
  it('give exactly the text JSON.stringify(value, null, 2) gives', () => {
    const list = new JsonList([1, 2, 3], (n) => ({
      n,
      name: `Алматы ${n}`,
      tags: n > 1 ? ['a', 'b'] : [],
      none: undefined,
    }));
    const values: unknown[] = [
      { title: 't', count: 3, events: list, nested: { inner: list, empty: {} }, skipped: undefined, at: new Date(0) },
      { events: new JsonList([], (n: number) => n) },
      new JsonList(['x'], (s) => s),
      [1, { a: [] }],
      'plain',
      null,
    ];
    for (const value of values) expect(whole(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('make each item only when the writer reaches it', () => {
    let made = 0;
    const chunks = jsonChunks({ events: new JsonList([1, 2, 3], (n) => ((made += 1), n)) });
    chunks.next(); // the file's opening, up to the list
    expect(made).toBe(0);
    chunks.next();
    expect(made).toBe(1);
    chunks.next();
    expect(made).toBe(2);
  });

  it('send the whole text as UTF-8, and count its bytes without joining it', async () => {
    const pieces = ['{"a": "ә', 'ғ"}', '\n'];
    const response = piecesResponse(() => pieces, 'application/json; charset=utf-8');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(text).toBe(pieces.join(''));
    expect(utf8Bytes(pieces)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('hand Astro the one buffer they were encoded into, not a copy gathered from a stream', async () => {
    const pieces = () => ['қала', ' ', 'city'];
    const response = piecesResponse(pieces, 'text/plain; charset=utf-8');
    const first = await response.arrayBuffer();
    expect(Buffer.from(first).toString('utf8')).toBe('қала city');
    expect(first.byteLength).toBe(utf8Bytes(pieces()));
    // the same memory each time: nothing was gathered or copied
    expect(await response.arrayBuffer()).toBe(first);
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe('қала city');
  });

  it('refuse text that does not come out at the size measured before it', () => {
    expect(() => utf8Into(['ә'], 1)).toThrow('longer than the 1 bytes measured before it');
    expect(() => utf8Into(['a'], 3)).toThrow('came out at 1 bytes, not the 3 measured before it');
    expect(Buffer.from(utf8Into(['ә', 'b'], 3)).toString('utf8')).toBe('әb');
  });
});
