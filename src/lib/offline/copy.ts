/**
 * The downloadable copy: the built site, its links made relative (relative.ts), packed in one zip
 * under a single folder so that unpacking it never scatters files. Streamed, so a site of tens of
 * thousands of pages is never held in memory whole.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { relativizeFile } from './relative.ts';

/** One file of the copy; `read` is called once, when the file's turn comes. */
export interface CopySource {
  path: string;
  read: () => Uint8Array<ArrayBuffer>;
}

export interface ZipOptions {
  /** The folder everything is packed under: "qantar-chronicle". */
  folder: string;
  /** The time stamped on every entry: a fixed one makes the same site give the same zip. */
  mtime: Date;
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
  data: Uint8Array<ArrayBuffer>,
  store: boolean,
  mtime: Date,
): Promise<{ file: ZipInputFile; body: Uint8Array<ArrayBuffer> }> {
  // zlib hands back a Buffer over a plain ArrayBuffer
  const body = store ? data : ((await deflate(data, { level: 6 })) as Uint8Array<ArrayBuffer>);
  // fflate copies these attributes when the file is added, so they are all known beforehand.
  return { file: { filename, size: data.length, crc: crc32(data), compression: store ? 0 : 8, mtime }, body };
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
    pending.push(entry(`${options.folder}/${source.path}`, source.read(), STORED.test(source.path), options.mtime));
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
