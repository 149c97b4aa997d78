/**
 * The contribute pages in a real browser: the public warning comes before anything can be typed;
 * the propose form shows an error beside a bad field, in the page's language; a corrected form
 * gives a file that `npm run validate` accepts and a GitHub link that carries it; and the page
 * asks nothing of any other host.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chronicle, LANGS } from './site.ts';

const root = join(import.meta.dirname, '../..');

/** Every request the page makes, and every CSP violation it reports. */
async function watch(page: Page) {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.exposeFunction('__csp', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp(v: string): void }).__csp(`${e.effectiveDirective} ${e.blockedURI}`),
    ),
  );
  return { requests, violations };
}

/** A source and a place that exist in the content the site was built from. */
function realRefs() {
  const c = chronicle();
  const event = c.events.find((e) => e.place.kind === 'city')!;
  return { place: event.place.id, source: event.sources[0]!.id };
}

async function fillValid(page: Page, title: string) {
  const { place, source } = realRefs();
  await page.fill('#f-title', title);
  await page.fill('#f-summary', 'People gathered on the square in the afternoon, according to the source.');
  await page.fill('#f-date', '2022-01-05');
  await page.fill('#f-time', '16:37');
  await page.selectOption('#f-place', place);
  await page.selectOption('#f-type', 'protest');
  await page.check('input[name="actors[]"][value="protesters"]');
  await page.locator('ol[data-rows="source"] select[name="source"]').first().selectOption(source);
  await page.click('button[data-add="figure"]');
  const figure = page.locator('ol[data-rows="figure"] > li').first();
  await figure.locator('select[name="measure"]').selectOption('detained');
  await figure.locator('input[name="count"]').fill('10-12');
  await figure.locator('select[name="figsource"]').selectOption(source);
  await page.fill('#f-body', 'What the source says, in a sentence.');
}

for (const lang of LANGS) {
  test(`${lang}: the public warning comes before anything can be typed`, async ({ page }) => {
    for (const path of ['contribute/', 'contribute/new/']) {
      await page.goto(`/${lang}/${path}`);
      const notice = page.locator('main .public-notice');
      await expect(notice).toBeVisible();
      // above the fold, and before every field of the page's main content in document order
      const box = (await notice.boundingBox())!;
      expect(box.y).toBeLessThan(page.viewportSize()!.height);
      const before = await page.evaluate(() => {
        const n = document.querySelector('main .public-notice')!;
        return [...document.querySelectorAll('main input, main textarea, main select')].every(
          (f) => n.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      });
      expect(before).toBe(true);
    }
  });
}

test('the propose form shows an error beside a bad field, then gives a file that npm run validate accepts', async ({
  page,
}) => {
  const { requests, violations } = await watch(page);
  await page.goto('/en/contribute/new/');
  await expect(page.locator('entry-form')).toHaveAttribute('data-ready', '');
  await fillValid(page, 'Crowd on <b>the</b> square');
  await page.click('entry-form button[type="submit"]');

  // the error is beside the field, tied to it for screen readers, and in the summary
  const error = page.locator('[data-field="title"] > .field-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveText('plain text only: remove < and > (no HTML)');
  await expect(page.locator('#f-title')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.locator('#f-title').getAttribute('aria-describedby')).toContain('e-title');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary li')).toHaveCount(1);
  await expect(page.locator('entry-form .result')).toBeHidden();

  // fixing it clears the error as one types
  await page.fill('#f-title', 'Afternoon crowd on the square');
  await expect(error).toBeHidden();
  await page.click('entry-form button[type="submit"]');
  const result = page.locator('entry-form .result');
  await expect(result).toBeVisible();
  const id = '2022-01-05-afternoon-crowd-on-the-square';
  await expect(result.locator('[data-out="path"]')).toHaveText(`content/events/${id}/index.md`);

  // the download is the file, made in the page (a blob: URL)
  const link = result.locator('[data-out="download"]');
  expect(await link.getAttribute('href')).toMatch(/^blob:/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('index.md');
  const tmp = mkdtempSync(join(tmpdir(), 'qantar-propose-'));
  try {
    cpSync(join(root, 'content'), join(tmp, 'content'), { recursive: true });
    mkdirSync(join(tmp, 'content/events', id));
    const file = join(tmp, 'content/events', id, 'index.md');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('start: "2022-01-05T16:37"');
    expect(text).toContain('count: {min: 10, max: 12}');
    // the same text is what the preview shows and what the GitHub link carries
    expect(await result.locator('[data-out="markdown"]').textContent()).toBe(text);
    const github = new URL((await result.locator('[data-out="github"]').getAttribute('href'))!);
    expect(github.pathname.endsWith('/new/main')).toBe(true);
    expect(github.searchParams.get('filename')).toBe(`content/events/${id}/index.md`);
    expect(github.searchParams.get('value')).toBe(text);

    const v = spawnSync(
      process.execPath,
      [join(root, 'scripts/validate.ts'), '--root', tmp, '--lang', 'en', `content/events/${id}`],
      {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '' },
      },
    );
    expect(v.stdout).toContain('✓ content is valid');
    expect(v.status).toBe(0);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // nothing left the site's own origin, and the CSP held
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:'))).toEqual([]);
  expect(violations).toEqual([]);
});

test('the form speaks the page language, and keeps figures with their own source', async ({ page }) => {
  const messages: string[] = [];
  page.on('request', (r) => /\/_astro\/messages\./.test(r.url()) && messages.push(new URL(r.url()).pathname));
  await page.goto('/ru/contribute/new/');
  await expect(page.locator('entry-form')).toHaveAttribute('data-ready', '');
  await fillValid(page, 'Митинг на площади');
  await page.fill('#f-endDate', '2022-01-04');
  const figure = page.locator('ol[data-rows="figure"] > li').first();
  await figure.locator('input[name="count"]').fill('много');
  await page.click('entry-form button[type="submit"]');
  await expect(page.locator('[data-field="endDate"] > .field-error')).toHaveText(
    'конец (2022-01-04) раньше начала (2022-01-05T16:37)',
  );
  // the page's language only: a Russian reader does not download the Kazakh messages
  expect(messages.some((m) => m.includes('/messages.ru.'))).toBe(true);
  expect(messages.filter((m) => m.includes('/messages.kk.'))).toEqual([]);
  await expect(figure.locator('[data-field="count"] > .field-error')).toHaveText('ожидается число, найдено "много"');
  await expect(page.locator('.error-summary li').nth(1)).toContainText('Цифра 1 — Число');
  // removing the source empties the figure's list of sources: a figure cites only the entry's sources
  await page.locator('ol[data-rows="source"] select[name="source"]').first().selectOption('');
  await expect(figure.locator('select[name="figsource"] option')).toHaveCount(1);
});

test('the sources are read when the form opens, each offered once; if they cannot be read, the form says so', async ({
  page,
}) => {
  await page.goto('/en/contribute/new/');
  await expect(page.locator('entry-form')).toHaveAttribute('data-ready', '');
  const options = page.locator('ol[data-rows="source"] select[name="source"] option');
  await expect(options).toHaveCount(chronicle().sources.size + 1); // and "choose"
  // the page itself carries none of them: they grow with the chronicle
  const html = await (await page.request.get('/en/contribute/new/')).text();
  expect(html).not.toContain(`value="${realRefs().source}"`);

  await page.route('**/data/explore/sources.json', (route) => route.abort());
  await page.reload();
  await expect(page.locator('entry-form [data-sources-error]')).toBeVisible();
  await expect(page.locator('entry-form [data-sources-error]')).toHaveText(
    'The list of sources could not be loaded. Reload the page to try again.',
  );
  await expect(page.locator('entry-form button[type="submit"]')).toBeDisabled();
  await expect(page.locator('entry-form .needs-js')).toBeHidden();
});

test('without JavaScript the form says what to do instead', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/kk/contribute/new/');
  await expect(page.locator('entry-form .needs-js')).toBeVisible();
  await expect(page.locator('entry-form button[type="submit"]')).toBeDisabled();
  await context.close();
});

test('the contribute page links the form and the guides in every language', async ({ page }) => {
  await page.goto('/kk/contribute/');
  await page.getByRole('link', { name: 'Жазба ұсыну' }).click();
  await expect(page).toHaveURL(/\/kk\/contribute\/new\/$/);
  await page.goto('/kk/contribute/');
  const guides = await page
    .locator('main a[href*="CONTRIBUTING"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(guides.map((h) => h!.replace(/^.*\//, ''))).toEqual([
    'CONTRIBUTING.kk.md',
    'CONTRIBUTING.ru.md',
    'CONTRIBUTING.md',
  ]);
  expect(await page.locator('main a[href$="issues/new?template=entry-error.yml"]').count()).toBe(1);
});
