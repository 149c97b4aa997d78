/**
 * `npm run validate --lang kk|ru|en`: the same problems, in the contributor's language, in the
 * same `path:line: field: message` lines; English unchanged; the machine's locale as the default;
 * and no message of the checks left without its Kazakh and Russian text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as validateMain } from '../../scripts/validate.ts';
import { runMain } from '../support/command.ts';
import type { z } from 'astro/zod';
import { CATALOGUES, resolveLang } from '../../src/lib/content/messages.ts';
import { KK } from '../../src/lib/content/messages.kk.ts';
import { RU } from '../../src/lib/content/messages.ru.ts';
import { EN, message, messageOf, write, type MessageId } from '../../src/schema/messages.ts';
import { translationSchema } from '../../src/schema/translation.ts';
import { countSchema, eventSchema, figureSchema, locationSchema } from '../../src/schema/event.ts';
import { sourceSchema } from '../../src/schema/source.ts';
import { localDate } from '../../src/schema/dates.ts';
import type { Lang } from '../../src/schema/enums.ts';
import { describeIssue } from '../../src/lib/content/issues.ts';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/import');
// a clean locale, so that the machine running the tests does not choose the language
const CLEAN = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', GITHUB_ACTIONS: '' };
const validate = (args: string[], env: Record<string, string> = {}) =>
  runMain(validateMain, args, { env: { ...process.env, ...CLEAN, ...env } });

/** The message part of `path:line: field: message`. */
const messages = (out: string) =>
  out
    .split('\n')
    .map((l) => /^content\/\S+:\d+: [^:]+: (.*)$/.exec(l)?.[1])
    .filter((m): m is string => Boolean(m));

let tmp: string;
const EVENT = 'content/events/2022-01-04-fixture-existing';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'qantar-validate-lang-'));
  cpSync(join(fixture, 'content'), join(tmp, 'content'), { recursive: true });
  const index = join(tmp, EVENT, 'index.md');
  const text = readFileSync(index, 'utf8')
    .replace(/^type: .*$/m, 'type: riot')
    .replace(/^start: .*$/m, 'start: "2022-02-30"')
    .replace(/^place: .*$/m, 'place: atlantis')
    .replace(/^verification: .*$/m, 'verification: reported\nweather: cold');
  writeFileSync(index, `${text}\n<script>alert(1)</script>\n`);
  writeFileSync(join(tmp, EVENT, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    join(tmp, EVENT, 'ru.md'),
    '---\ntitle: ""\nsummary: Кратко.\ntranslatedFrom: ru\nreviewed: false\n---\n',
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run validate --lang', () => {
  it('gives Russian messages with --lang ru, in the same line format', async () => {
    const r = await validate(['--root', tmp, '--lang', 'ru']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`${EVENT}/index\\.md:\\d+: type: "riot" — недопустимое значение \\(допустимые: protest, use-of-force`),
    );
    expect(r.stdout).toMatch(new RegExp(`${EVENT}/index\\.md:\\d+: weather: неизвестное поле "weather"`));
    expect(r.stdout).toMatch(new RegExp(`${EVENT}/index\\.md:\\d+: start: "2022-02-30" — такого дня не существует`));
    expect(r.stdout).toMatch(new RegExp(`${EVENT}/index\\.md:\\d+: place: неизвестное место "atlantis"`));
    expect(r.stdout).toMatch(/index\.md:\d+: body \(no-script\): <script> в записи запрещён/);
    expect(r.stdout).toMatch(/logo\.svg:1: \(file\): SVG-файлы могут содержать скрипты/);
    expect(r.stdout).toMatch(/✗ найдено: \d+ проблем/);
    // every message is Russian: no line is left in English
    const found = messages(r.stdout);
    expect(found.length).toBeGreaterThanOrEqual(7);
    for (const m of found) expect(m, m).toMatch(/[а-яё]/i);
  });

  it('gives Kazakh messages with --lang kk', async () => {
    const r = await validate(['--root', tmp, '--lang', 'kk']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/type: "riot" мәніне рұқсат жоқ/);
    expect(r.stdout).toMatch(/place: белгісіз орын "atlantis"/);
    expect(r.stdout).toMatch(/✗ \d+ қате табылды/);
    for (const m of messages(r.stdout)) expect(m, m).toMatch(/[әғқңөұүһі]|[а-я]/i);
  });

  it('keeps English output unchanged: --lang en is the default under a C locale', async () => {
    const en = await validate(['--root', tmp, '--lang', 'en']);
    const plain = await validate(['--root', tmp]);
    expect(en.stdout.replace(/\d+ ms/, 'ms')).toBe(plain.stdout.replace(/\d+ ms/, 'ms'));
    expect(en.stdout).toMatch(new RegExp(`${EVENT}/index\\.md:\\d+: type: "riot" is not allowed \\(allowed: protest`));
    expect(en.stdout).toMatch(
      /✗ \d+ problems found \(\d+ events, \d+ translations, 2 sources, 5 places, 0 people records read in \d+ ms\)/,
    );
  });

  it('follows the machine locale without --lang (LC_ALL before LANG)', async () => {
    expect((await validate(['--root', tmp], { LANG: 'ru_RU.UTF-8' })).stdout).toMatch(/неизвестное место "atlantis"/);
    expect((await validate(['--root', tmp], { LANG: 'ru_RU.UTF-8', LC_ALL: 'kk_KZ.UTF-8' })).stdout).toMatch(
      /белгісіз орын "atlantis"/,
    );
    expect((await validate(['--root', tmp, '--lang', 'en'], { LANG: 'ru_RU.UTF-8' })).stdout).toMatch(
      /unknown place "atlantis"/,
    );
  });

  it('says which languages exist when --lang is wrong', async () => {
    const r = await validate(['--root', tmp, '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--lang must be one of kk, ru, en/);
  });

  it('annotates in the chosen language on GitHub Actions', async () => {
    const r = await validate(['--root', tmp, '--lang', 'ru'], { GITHUB_ACTIONS: 'true' });
    expect(r.stdout).toMatch(
      new RegExp(`::error file=${EVENT}/index\\.md,line=\\d+,title=place::неизвестное место "atlantis"`),
    );
  });

  it('counts in Russian with the right word forms', async () => {
    const clean = mkdtempSync(join(tmpdir(), 'qantar-validate-lang-ok-'));
    cpSync(join(fixture, 'content'), join(clean, 'content'), { recursive: true });
    const r = await validate(['--root', clean, '--lang', 'ru']);
    rmSync(clean, { recursive: true, force: true });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ содержимое без ошибок: 1 событие, 0 переводов, 2 источника, 5 мест/);
  });
});

describe('the message catalogue', () => {
  const ids = Object.keys(EN) as MessageId[];
  /** Values for any message: every field reads as "x", a list of one, and true. */
  const anyParams = new Proxy({}, { get: () => ['x'] }) as never;

  it('writes every message in Kazakh and Russian, not in English', () => {
    expect(ids.length).toBeGreaterThan(70);
    for (const id of ids) {
      const en = EN[id](anyParams);
      expect(RU[id](anyParams), id).toMatch(/[а-яё]/i);
      expect(KK[id](anyParams), id).not.toBe(en);
      expect(CATALOGUES.kk[id], id).toBe(KK[id]);
    }
  });

  it('leaves no English message text in the checks: they name ids', () => {
    const dirs = ['src/schema', 'src/lib/content'];
    const own = new Set(['messages.ts', 'messages.kk.ts', 'messages.ru.ts', 'cli-text.ts']);
    const files = dirs.flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith('.ts') && !own.has(f))
        .map((f) => join(d, f)),
    );
    const literal = files.flatMap((f) =>
      [
        ...readFileSync(join(root, f), 'utf8').matchAll(/\b(?:message|error)\s*:\s*(?:\(\w*\)\s*=>\s*)?['"`](?!\$\{)/g),
      ].map((m) => `${f}: ${m[0]}`),
    );
    // (a template that only puts messages together, `${write(m)} (${line})`, is not a message)
    expect(literal).toEqual([]);
  });

  it('carries the id of our message through zod for each kind of check', () => {
    const idOf = (schema: z.ZodType, value: unknown) => {
      const r = schema.safeParse(value);
      return r.error?.issues.map((i) => messageOf(i as { params?: Record<string, unknown> })?.id);
    };
    expect(idOf(eventSchema.shape.place, 'Almaty City')).toEqual(['idFormat']); // regex
    expect(idOf(localDate, '2022-02-30')).toEqual(['notARealDay']); // refine
    expect(idOf(localDate, 42)).toEqual(['dateExpected']); // type
    expect(idOf(countSchema, '42')).toEqual(['countShape']); // union
    expect(idOf(eventSchema.shape.sources, [])).toEqual(['atLeastOneSource']); // min
    expect(idOf(sourceSchema.shape.url, 'http://example.org/')).toEqual(['mustBeHttps']);
  });

  it('says what each union expects, with what was found', () => {
    const problem = (schema: z.ZodType, value: unknown, lang: Lang) =>
      describeIssue(schema.safeParse(value).error!.issues[0]!, value).map((d) => write(d.message, CATALOGUES[lang]))[0];
    expect(problem(countSchema, '42', 'en')).toBe('"42" is not valid here (expected a number, or { min, max })');
    expect(problem(figureSchema.shape.statedBy, 42, 'en')).toMatch(
      /^42 is not valid here \(expected \{ kind, name: \{ kk, ru, en \} \}/,
    );
    expect(problem(figureSchema.shape.statedBy, 42, 'ru')).toMatch(/^42 здесь недопустимо \(ожидается \{ kind/);
  });

  it("translates zod's own issues and their values", () => {
    const first = (schema: z.ZodType, value: unknown, lang: Lang) =>
      write(describeIssue(schema.safeParse(value).error!.issues[0]!, value)[0]!.message, CATALOGUES[lang]);
    expect(first(translationSchema, { title: '', summary: 'x', translatedFrom: 'kk', reviewed: false }, 'ru')).toBe(
      'не может быть пустым',
    );
    expect(
      first(translationSchema, { title: 'x'.repeat(161), summary: 'x', translatedFrom: 'kk', reviewed: false }, 'kk'),
    ).toMatch(/^ең көбі 160 таңба \(табылғаны: "x+"\)$/);
    expect(first(locationSchema, { lat: 10.5, lon: 70, precision: 'exact' }, 'kk')).toBe(
      'ендік Қазақстан аумағында болуы керек (40.5–55.5) (табылғаны: 10.5)',
    );
    expect(first(translationSchema, { summary: 'x', translatedFrom: 'kk', reviewed: false }, 'ru')).toBe(
      'нет обязательного поля (ожидается текст)',
    );
    expect(write(message('figureSourceNotCited', { source: 'x', cited: [] }), KK)).toMatch(/: жоқ\)$/);
    expect(write(message('endBeforeStart', { end: '2022-01-04', start: '2022-01-05' }), KK)).toBe(
      'аяқталуы (2022-01-04) басталуынан (2022-01-05) ерте',
    );
  });

  it('reads the language from --lang, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(resolveLang(['--lang', 'kk'], { LANG: 'ru_RU.UTF-8' })).toEqual({ lang: 'kk' });
    expect(resolveLang(['--lang=ru'], {})).toEqual({ lang: 'ru' });
    expect(resolveLang([], { LC_ALL: '', LC_MESSAGES: 'kk_KZ', LANG: 'ru_RU' })).toEqual({ lang: 'kk' });
    expect(resolveLang([], { LANG: 'de_DE.UTF-8' })).toEqual({ lang: 'en' });
    expect(resolveLang(['--lang', 'de'], {}).error).toMatch(/kk, ru, en/);
  });
});
