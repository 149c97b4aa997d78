import { describe, expect, it } from 'vitest';
import { JsonList, jsonChunks, streamedResponse, utf8Bytes } from '../../src/lib/exports/json-stream.ts';

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
    const response = streamedResponse(pieces, 'application/json; charset=utf-8');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(text).toBe(pieces.join(''));
    expect(utf8Bytes(pieces)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
