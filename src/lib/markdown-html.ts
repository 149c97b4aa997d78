/**
 * An entry's Markdown rendered by the page that shows it, with the processor Astro uses
 * (src/markdown/processor.mjs). Entries and translations are stored without their HTML
 * (src/content.config.ts): at 100,000 entries the stored HTML was a third of a content store the
 * build holds several times over, and each body is rendered by the one page that shows it anyway.
 */
import { pathToFileURL } from 'node:url';
import { markdownConfig } from '../markdown/processor.mjs';

type Renderer = Awaited<ReturnType<typeof markdownConfig.processor.createRenderer>>;
let renderer: Promise<Renderer> | undefined;

export async function markdownHtml(body: string, filePath?: string): Promise<string> {
  renderer ??= markdownConfig.processor.createRenderer({ syntaxHighlight: markdownConfig.syntaxHighlight });
  const result = await (
    await renderer
  ).render(body, {
    frontmatter: {},
    ...(filePath ? { fileURL: pathToFileURL(filePath) } : {}),
  });
  return result.code;
}
