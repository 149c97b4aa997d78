/**
 * The exports of every entry (events.json, the GeoJSON, the TimelineJS files, the CSV) written in
 * pieces. At 100,000 entries events.json alone is about 400 MB: as one string, with every record
 * built beforehand, it takes several times that in memory, more than the whole build may use. A
 * `JsonList` makes each record only when the writer reaches it, and `jsonChunks` gives the text
 * JSON.stringify(value, null, 2) would give, a piece at a time. `piecesResponse` encodes the pieces
 * once, straight into the buffer Astro writes.
 */

/** A list whose items are made as they are read. JSON.stringify still reads it whole (`toJSON`). */
export class JsonList<T, U> implements Iterable<U> {
  readonly #items: readonly T[];
  readonly #make: (item: T) => U;

  constructor(items: readonly T[], make: (item: T) => U) {
    this.#items = items;
    this.#make = make;
  }

  get length(): number {
    return this.#items.length;
  }

  *[Symbol.iterator](): Iterator<U> {
    for (const item of this.#items) yield this.#make(item);
  }

  toJSON(): U[] {
    return [...this];
  }
}

/** What a reader parses from a value the writer wrote: its lists as arrays. */
export type Jsonified<T> = T extends { toJSON(): infer J }
  ? Jsonified<J>
  : T extends readonly (infer V)[]
    ? Jsonified<V>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('toJSON' in value);

/** Whether a value holds a JsonList: only then is it written member by member. */
function holdsList(value: unknown): boolean {
  if (value instanceof JsonList) return true;
  return isPlainObject(value) && Object.values(value).some(holdsList);
}

/** What JSON.stringify leaves out of an object. */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** One value as JSON.stringify(value, null, 2) writes it, at a depth given by its indent. */
function nested(value: unknown, indent: string): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
}

/**
 * The text of JSON.stringify(value, null, 2), in pieces: each item of a JsonList is made, written
 * and let go before the next. Everything else is written as JSON.stringify writes it.
 */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (value instanceof JsonList) {
    let first = true;
    for (const item of value as JsonList<unknown, unknown>) {
      yield `${first ? '[' : ','}\n${indent}  ${nested(item, `${indent}  `)}`;
      first = false;
    }
    yield first ? '[]' : `\n${indent}]`;
  } else if (holdsList(value)) {
    const members = Object.entries(value as Record<string, unknown>).filter(([, v]) => !omitted(v));
    let first = true;
    for (const [key, member] of members) {
      yield `${first ? '{' : ','}\n${indent}  ${JSON.stringify(key)}: `;
      yield* jsonChunks(member, `${indent}  `);
      first = false;
    }
    yield first ? '{}' : `\n${indent}}`;
  } else {
    yield nested(value, indent);
  }
}

/**
 * A response whose body is bytes made beforehand. Astro writes a route's file from
 * `response.arrayBuffer()`: for a streamed body, that gathers every piece and then copies them into
 * one buffer, twice the file in memory at once (about 780 MB for events.json at 100,000 entries,
 * the build's highest point). Here `arrayBuffer()` is the buffer itself; the body, if read as a
 * stream, is the same bytes. (With Astro's incremental record on, up to 30,000 entries, Astro
 * copies the bytes once more on its side; above that no record is kept.)
 */
class BytesResponse extends Response {
  readonly #bytes: Uint8Array<ArrayBuffer>;

  constructor(bytes: Uint8Array<ArrayBuffer>, contentType: string) {
    // not `super(bytes)`: the Response would copy them
    super(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      }),
      { headers: { 'content-type': contentType } },
    );
    this.#bytes = bytes;
  }

  /** The buffer itself: `utf8Into` makes one of exactly the text's size for each response. */
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes.buffer);
  }
}

/**
 * The pieces joined, as UTF-8, in one buffer of `size` bytes: their utf8Bytes, measured on the
 * same pieces beforehand (made anew, so never joined into one string).
 */
export function utf8Into(pieces: Iterable<string>, size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  const view = Buffer.from(bytes.buffer, 0, size);
  let at = 0;
  for (const piece of pieces) {
    const length = Buffer.byteLength(piece, 'utf8');
    if (at + length > size) throw new Error(`the text came out longer than the ${size} bytes measured before it`);
    at += view.write(piece, at, 'utf8');
  }
  if (at !== size) throw new Error(`the text came out at ${at} bytes, not the ${size} measured before it`);
  return bytes;
}

/** A response of the text the pieces make, encoded once, into a buffer of the size they measure. */
export function piecesResponse(
  pieces: () => Iterable<string>,
  contentType: string,
  size = utf8Bytes(pieces()),
): Response {
  return new BytesResponse(utf8Into(pieces(), size), contentType);
}

/** The size in UTF-8 of the pieces joined, without joining them. */
export function utf8Bytes(pieces: Iterable<string>): number {
  let bytes = 0;
  for (const piece of pieces) bytes += Buffer.byteLength(piece, 'utf8');
  return bytes;
}
