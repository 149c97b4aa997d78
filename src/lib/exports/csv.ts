/**
 * /data/events.csv, written by csv-stringify: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte
 * order mark so that spreadsheet programs (Excel in particular) read Cyrillic and the Kazakh
 * letters ә ғ қ ң ө ұ ү һ і instead of guessing a legacy code page.
 */
import { stringify } from 'csv-stringify/sync';
import { FLAT_COLUMNS, flatRecord } from './flat.ts';
import type { ExportContext } from './context.ts';

/** Rows are made and written this many at a time, so that the whole table is never in memory. */
const BATCH = 1000;

/** The file in pieces: the byte order mark and the header, then the rows. */
export function* eventsCsvChunks(ctx: ExportContext): Generator<string> {
  const { events } = ctx.chronicle;
  for (let i = 0; i === 0 || i < events.length; i += BATCH) {
    yield stringify(
      events.slice(i, i + BATCH).map((e) => flatRecord(ctx, e)),
      { header: i === 0, bom: i === 0, columns: [...FLAT_COLUMNS], record_delimiter: 'windows' },
    );
  }
}

export function eventsCsv(ctx: ExportContext): string {
  return [...eventsCsvChunks(ctx)].join('');
}
