/**
 * /data/events.csv, written by csv-stringify: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte
 * order mark so that spreadsheet programs (Excel in particular) read Cyrillic and the Kazakh
 * letters ә ғ қ ң ө ұ ү һ і instead of guessing a legacy code page.
 */
import { stringify } from 'csv-stringify/sync';
import { FLAT_COLUMNS, flatRecord } from './flat.ts';
import type { ExportContext } from './context.ts';

export function eventsCsv(ctx: ExportContext): string {
  return stringify(
    ctx.chronicle.events.map((e) => flatRecord(ctx, e)),
    { header: true, columns: [...FLAT_COLUMNS], bom: true, record_delimiter: 'windows' },
  );
}
