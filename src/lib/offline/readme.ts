/**
 * README.txt at the top of the downloadable copy, in Kazakh, Russian and English: how to read the
 * copy, how to check it, how to host it as a mirror, and the mirrors known when it was built.
 */
import { LANGS, strings } from '../../i18n/index.ts';
import type { Mirror } from '../../schema/mirror.ts';

export interface ReadmeOptions {
  mirrors: readonly Mirror[];
  /** The official download page (its SHA256SUMS), when the build knows the public address. */
  downloadPage?: string;
  folder: string;
}

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);

export function copyReadme({ mirrors, downloadPage, folder }: ReadmeOptions): string {
  const sections = LANGS.map((l) => {
    const s = strings[l];
    const list = mirrors.length
      ? mirrors.map((m) => `  ${m.url} (${fill(s['offline.mirror.runBy'], { operator: m.operator })})`)
      : [`  ${s['offline.mirror.none']}`];
    return [
      s['offline.download.title'],
      '',
      s['offline.download.text'],
      '',
      s['offline.download.howto'],
      '',
      '    python3 -m http.server 8000',
      '',
      fill(s['offline.download.open'], { address: 'http://localhost:8000/' }),
      '',
      s['offline.verify.title'],
      '',
      s['offline.verify.sums'],
      ...(downloadPage ? ['', `  ${downloadPage}`] : []),
      '',
      s['offline.mirror.title'],
      '',
      fill(s['offline.mirror.host'], { folder }),
      '',
      ...list,
    ].join('\n');
  });
  return `${sections.join('\n\n----\n\n')}\n`;
}
