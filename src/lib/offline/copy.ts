/**
 * The downloadable copy: the built site, its links made relative (relative.ts), packed in one zip
 * under a single folder so that unpacking it never scatters files. Streamed, so a site of tens of
 * thousands of pages is never held in memory whole.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
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

/**
 * One zip entry, compressed by Node's zlib: fflate writes the archive (headers, descriptors,
 * central directory), but its JavaScript deflate is about ten times slower than zlib's, which
 * matters for a site of tens of thousands of pages.
 */
function entry(filename: string, data: Uint8Array<ArrayBuffer>, store: boolean, mtime: Date): { file: ZipInputFile; body: Uint8Array<ArrayBuffer> } {
  const body = store ? data : deflateRawSync(data, { level: 6 });
  // fflate copies these attributes when the file is added, so they are all known beforehand.
  return { file: { filename, size: data.length, crc: crc32(data), compression: store ? 0 : 8, mtime }, body };
}

/**
 * Packs the files, in the order given, calling `write` with each piece of the zip as it is made.
 * Resolves with the zip's size and sha256 once the last piece is written.
 */
export function zipFiles(files: Iterable<CopySource>, write: (chunk: Uint8Array) => void, options: ZipOptions): Promise<{ bytes: number; sha256: string }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      hash.update(chunk);
      bytes += chunk.length;
      write(chunk);
      if (final) resolve({ bytes, sha256: hash.digest('hex') });
    });
    try {
      for (const source of files) {
        const { file, body } = entry(`${options.folder}/${source.path}`, source.read(), STORED.test(source.path), options.mtime);
        zip.add(file);
        file.ondata!(null, body, true);
      }
      zip.end();
    } catch (err) {
      reject(err);
    }
  });
}

/** The line `sha256sum -c` reads: "<hex>  <file name>". */
export function sha256Line(sha256: string, fileName: string): string {
  return `${sha256}  ${fileName}\n`;
}
