/**
 * What a reader may download and check: the offline copy and every data export, listed with their
 * sha256 in one file, dist/download/SHA256SUMS, in the format `sha256sum -c` reads. The deploy
 * workflow attests the same list (actions/attest-build-provenance, subject-checksums), so one file
 * serves both a checksum check and `gh attestation verify`.
 */
import { LANGS } from '../../schema/enums.ts';

export const SUMS_NAME = 'SHA256SUMS';

const L = LANGS.join('|');
// The files the data page offers (src/pages/[lang]/data.astro), and the JSON Schemas they follow.
const RELEASE = [
  /^data\/(events\.json|events\.csv|events\.geojson|sources\.json|timelinejs\.json)$/,
  new RegExp(`^data/(${L})/timelinejs\\.json$`),
  new RegExp(`^(${L})/feed\\.xml$`),
  /^data\/schema\/[\w-]+\.json$/,
];

/** Whether a built file (a path relative to dist/) is one of the published downloads. */
export function isReleaseFile(path: string): boolean {
  return RELEASE.some((re) => re.test(path));
}

/**
 * The lines of SHA256SUMS: "<hex>  <path from the site's root>", sorted by path so that the same
 * files give the same text. Paths, not bare names: three feeds are all called feed.xml.
 */
export function sha256Sums(files: readonly { path: string; sha256: string }[]): string {
  for (const f of files)
    if (!/^[0-9a-f]{64}$/.test(f.sha256)) throw new Error(`${f.path}: "${f.sha256}" is not a sha256`);
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
}

/** Reads SHA256SUMS back: path → sha256. Throws on a line `sha256sum -c` would not read. */
export function parseSha256Sums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [i, line] of text.split('\n').entries()) {
    if (!line) continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new Error(`${SUMS_NAME} line ${i + 1}: not "<sha256>  <file>"`);
    out.set(m[2]!, m[1]!);
  }
  return out;
}
