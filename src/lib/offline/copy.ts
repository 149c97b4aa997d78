/**
 * The downloadable copy: the built site, its links made relative (relative.ts), packed in one zip
 * under a single folder so that unpacking it never scatters files. Streamed, so a site of tens of
 * thousands of pages is never held in memory whole.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { relativizeFile } from './relative.ts';

/** One file of the copy; `read` is called once, when the file's turn comes, unless the entry is cached. */
export interface CopySource {
  path: string;
  read: () => Uint8Array<ArrayBuffer>;
  /**
   * Names what `read` would give: the same key, the same bytes (e.g. the path, the base and a hash
   * of the built file). With ZipOptions.cache, an entry with a key is compressed once and taken
   * from the cache by later builds.
   */
  key?: string;
}

/**
 * Compressed entries kept between builds (in Astro's cacheDir), by key: a rebuild after one
 * entry changed compresses and rewrites only the files that changed. Entries no build used last
 * are removed by `prune`.
 */
export class EntryCache {
  readonly #dir: string;
  readonly #used = new Set<string>();
  #hits = 0;
  constructor(dir: string) {
    this.#dir = dir;
  }
  #file(name: string): string {
    return join(this.#dir, name.slice(0, 2), name);
  }
  /** The code that makes an entry is part of its name: a change to it empties the cache in effect. */
  static #code = createHash('sha256')
    .update(readFileSync(new URL('./relative.ts', import.meta.url)))
    .update(readFileSync(new URL(import.meta.url)))
    .digest('hex');
  #name(key: string, store: boolean): string {
    return createHash('sha256').update(`${EntryCache.#code}\0${store}\0${key}`).digest('hex');
  }
  get(key: string, store: boolean): { size: number; crc: number; body: Uint8Array<ArrayBuffer> } | undefined {
    const name = this.#name(key, store);
    try {
      const raw = readFileSync(this.#file(name));
      this.#used.add(name);
      this.#hits++;
      return {
        size: raw.readUInt32LE(0),
        crc: raw.readUInt32LE(4),
        body: new Uint8Array(raw.buffer, raw.byteOffset + 8, raw.byteLength - 8) as Uint8Array<ArrayBuffer>,
      };
    } catch {
      return undefined;
    }
  }
  set(key: string, store: boolean, entry: { size: number; crc: number; body: Uint8Array }): void {
    const name = this.#name(key, store);
    const head = Buffer.alloc(8);
    head.writeUInt32LE(entry.size, 0);
    head.writeUInt32LE(entry.crc, 4);
    mkdirSync(join(this.#dir, name.slice(0, 2)), { recursive: true });
    writeFileSync(this.#file(name), Buffer.concat([head, entry.body]));
    this.#used.add(name);
  }
  /** Entries taken from the cache in this build. */
  get hits(): number {
    return this.#hits;
  }
  /** Removes every entry this build did not use. */
  prune(): void {
    let dirs: string[];
    try {
      dirs = readdirSync(this.#dir);
    } catch {
      return;
    }
    for (const dir of dirs)
      for (const name of readdirSync(join(this.#dir, dir)))
        if (!this.#used.has(name)) rmSync(join(this.#dir, dir, name), { force: true });
  }
}

export interface ZipOptions {
  /** The folder everything is packed under: "qantar-chronicle". */
  folder: string;
  /** The time stamped on every entry: a fixed one makes the same site give the same zip. */
  mtime: Date;
  /** Compressed entries from earlier builds, for sources with a key. */
  cache?: EntryCache;
}

const deflate = promisify(deflateRaw);

// Already compressed: deflating them again costs time and saves nothing.
const STORED = /\.(woff2?|png|jpe?g|webp|avif|gif|zip|gz|pf_fragment|pf_index|pf_meta|pf_filter|pagefind)$/i;

/** Which of the built files go into the copy: all but the downloads themselves. */
export function inCopy(path: string): boolean {
  return !path.startsWith('download/');
}

/** A built file as it goes into the copy: text files with their links made relative to it. */
export function copyFile(path: string, read: () => Uint8Array<ArrayBuffer>, base: string): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array<ArrayBuffer> | undefined;
  const text = () => {
    bytes ??= read();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  };
  const rewritten = relativizeFile(path, text, base);
  return rewritten === null ? (bytes ?? read()) : Buffer.from(rewritten, 'utf8');
}

/** How many files may be compressing at once while the next ones are read. */
const AHEAD = 32;

/**
 * One zip entry, compressed by Node's zlib on its thread pool: fflate writes the archive (headers,
 * descriptors, central directory), but its JavaScript deflate is about ten times slower than
 * zlib's, which matters for a site of tens of thousands of pages. Compressing off the main thread
 * lets the next files be read and rewritten meanwhile.
 */
async function entry(
  filename: string,
  source: CopySource,
  store: boolean,
  { mtime, cache }: ZipOptions,
): Promise<{ file: ZipInputFile; body: Uint8Array<ArrayBuffer> }> {
  const compression = store ? 0 : 8;
  const cached = source.key === undefined ? undefined : cache?.get(source.key, store);
  if (cached) return { file: { filename, size: cached.size, crc: cached.crc, compression, mtime }, body: cached.body };
  const data = source.read();
  // zlib hands back a Buffer over a plain ArrayBuffer
  const body = store ? data : ((await deflate(data, { level: 6 })) as Uint8Array<ArrayBuffer>);
  const crc = crc32(data);
  if (source.key !== undefined) cache?.set(source.key, store, { size: data.length, crc, body });
  // fflate copies these attributes when the file is added, so they are all known beforehand.
  return { file: { filename, size: data.length, crc, compression, mtime }, body };
}

export interface ZipResult {
  bytes: number;
  sha256: string;
  /** How many files the zip holds. */
  files: number;
}

/**
 * Packs the files, in the order given, calling `write` with each piece of the zip as it is made.
 * Resolves with the zip's size, sha256 and number of files once the last piece is written.
 */
export async function zipFiles(
  files: Iterable<CopySource> | AsyncIterable<CopySource>,
  write: (chunk: Uint8Array) => void,
  options: ZipOptions,
): Promise<ZipResult> {
  const hash = createHash('sha256');
  let bytes = 0;
  let failed: Error | undefined;
  let count = 0;
  let done: ZipResult | undefined;
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      failed = err;
      return;
    }
    hash.update(chunk);
    bytes += chunk.length;
    write(chunk);
    if (final) done = { bytes, sha256: hash.digest('hex'), files: count };
  });
  // entries are compressed up to AHEAD at a time, and added to the archive strictly in order
  const pending: Promise<{ file: ZipInputFile; body: Uint8Array<ArrayBuffer> }>[] = [];
  const addNext = async () => {
    const { file, body } = await pending.shift()!;
    zip.add(file);
    file.ondata!(null, body, true);
    if (failed) throw failed;
  };
  for await (const source of files) {
    count++;
    pending.push(entry(`${options.folder}/${source.path}`, source, STORED.test(source.path), options));
    if (pending.length >= AHEAD) await addNext();
  }
  while (pending.length) await addNext();
  zip.end();
  if (failed) throw failed;
  if (!done) throw new Error('the zip was not completed');
  return done;
}

/** The line `sha256sum -c` reads: "<hex>  <file name>". */
export function sha256Line(sha256: string, fileName: string): string {
  return `${sha256}  ${fileName}\n`;
}
