/**
 * Every source survives its publisher (issue 13, "Every source preserved"): each source with a
 * public address shows a recorded archived copy or, until one is recorded, a labelled search of
 * the Internet Archive; the methodology page gives the share of sources with a copy.
 */
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { archiveShare, isArchivable } from '../../src/lib/archive/links.ts';
import { chronicle, LANGS } from './site.ts';

const c = chronicle();
const sources = [...c.sources.values()];

test('every source page shows its archived copies or a labelled link to look for them', async ({ request }) => {
  for (const s of sources) {
    const html = parse(await (await request.get(`/en/sources/${s.id}/`)).text());
    const copies = html.querySelectorAll('a.archive-copy').map((a) => a.getAttribute('href'));
    const lookup = html.querySelector('a.archive-lookup');
    expect(copies).toEqual([...s.data.archived].sort((a, b) => b.at.localeCompare(a.at)).map((a) => a.url));
    if (!isArchivable(s.data) || s.data.archived.length) expect(lookup, s.id).toBeNull();
    else {
      expect(lookup?.getAttribute('href'), s.id).toBe(`https://web.archive.org/web/*/${s.data.url}`);
      expect(lookup!.text).toBe('look for archived copies');
    }
  }
});

test("an entry's citations carry the same archive links, in each language", async ({ page }) => {
  const event = c.events.find((e) => e.sources.some((s) => isArchivable(s.data) && !s.data.archived.length))!;
  const source = event.sources.find((s) => isArchivable(s.data) && !s.data.archived.length)!;
  for (const [lang, label] of [
    ['kk', 'мұрағаттағы көшірмелерді іздеу'],
    ['ru', 'искать архивные копии'],
    ['en', 'look for archived copies'],
  ] as const) {
    await page.goto(`/${lang}/events/${event.id}/`);
    const lookup = page.locator(
      `.source-list a.archive-lookup[href="https://web.archive.org/web/*/${source.data.url}"]`,
    );
    await expect(lookup).toHaveText(label);
    await expect(lookup).toBeVisible();
  }
});

test('the methodology page gives the share of sources with a recorded archived copy', async ({ page }) => {
  const share = archiveShare(sources.map((s) => s.data));
  for (const lang of LANGS) {
    await page.goto(`/${lang}/methodology/`);
    const line = page.locator('#archive-share + p');
    await expect(line).toContainText(String(share.archivable));
    await expect(line).toContainText(`${Math.floor((share.archived * 100) / share.archivable)}`);
  }
  await expect(page.locator('#archive-share + p')).toHaveText(
    `Sources with a public address: ${share.archivable}; with a recorded archived copy: ${share.archived} (${Math.floor((share.archived * 100) / share.archivable)}%). The others link to a search of the Internet Archive until a copy is made.`,
  );
});
