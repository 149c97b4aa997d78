/**
 * `npm run validate --lang kk|ru|en`: the same problems, in the contributor's language, in the
 * same `path:line: field: message` lines; English unchanged; the machine's locale as the default;
 * and no message of the checks left without its Kazakh and Russian text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate, resolveLang, recognise } from '../../src/lib/content/messages.ts';
import { translationSchema } from '../../src/schema/translation.ts';
import { describeIssue } from '../../src/lib/content/issues.ts';
import { main } from '../../scripts/validate.ts';
import { ROOT as root, runMain } from '../support/command.ts';

const fixture = join(root, 'tests/fixtures/import');
// a clean locale, so that the machine running the tests does not choose the language
const CLEAN = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', GITHUB_ACTIONS: '' };
const validate = (args: string[], env: Record<string, string> = {}) => runMain(main, args, { env: { ...process.env, ...CLEAN, ...env } });

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
  writeFileSync(join(tmp, EVENT, 'ru.md'), '---\ntitle: ""\nsummary: Кратко.\ntranslatedFrom: ru\nreviewed: false\n---\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run validate --lang', () => {
  it('gives Russian messages with --lang ru, in the same line format', async () => {
    const r = await validate(['--root', tmp, '--lang', 'ru']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`${EVENT}/index\\.md:\\d+: type: "riot" — недопустимое значение \\(допустимые: protest, use-of-force`));
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
    expect(en.stdout).toMatch(/✗ \d+ problems found \(\d+ events, \d+ translations, 2 sources, 5 places read in \d+ ms\)/);
  });

  it('follows the machine locale without --lang (LC_ALL before LANG)', async () => {
    expect((await validate(['--root', tmp], { LANG: 'ru_RU.UTF-8' })).stdout).toMatch(/неизвестное место "atlantis"/);
    expect((await validate(['--root', tmp], { LANG: 'ru_RU.UTF-8', LC_ALL: 'kk_KZ.UTF-8' })).stdout).toMatch(/белгісіз орын "atlantis"/);
    expect((await validate(['--root', tmp, '--lang', 'en'], { LANG: 'ru_RU.UTF-8' })).stdout).toMatch(/unknown place "atlantis"/);
  });

  it('says which languages exist when --lang is wrong', async () => {
    const r = await validate(['--root', tmp, '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--lang must be one of kk, ru, en/);
  });

  it('annotates in the chosen language on GitHub Actions', async () => {
    const r = await validate(['--root', tmp, '--lang', 'ru'], { GITHUB_ACTIONS: 'true' });
    expect(r.stdout).toMatch(new RegExp(`::error file=${EVENT}/index\\.md,line=\\d+,title=place::неизвестное место "atlantis"`));
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
  /** String and template literals given as `message:`/`error:` or as add(file, path, <message>). */
  function messagesInSource(src: string): string[] {
    const out: string[] = [];
    const starts: number[] = [];
    for (const m of src.matchAll(/\b(?:message|error)\s*:\s*(?:\(\w*\)\s*=>\s*)?(?=['"`])/g)) starts.push(m.index + m[0].length);
    for (const m of src.matchAll(/\badd\(/g)) {
      // skip two arguments at depth 0
      let i = m.index + 4;
      let depth = 0;
      let commas = 0;
      for (; i < src.length && commas < 2; i++) {
        const c = src[i];
        if ('([{'.includes(c!)) depth++;
        else if (')]}'.includes(c!)) depth--;
        else if (c === ',' && depth === 0) commas++;
      }
      while (/\s/.test(src[i]!)) i++;
      if (`'"\``.includes(src[i]!)) starts.push(i);
    }
    for (const start of starts) {
      const quote = src[start]!;
      let text = '';
      let n = 0;
      for (let i = start + 1; i < src.length; i++) {
        const c = src[i]!;
        if (c === '\\') {
          text += src[++i];
          continue;
        }
        if (c === quote) break;
        if (quote === '`' && c === '$' && src[i + 1] === '{') {
          // a placeholder: skip to its closing brace, nested braces and strings included
          let depth = 1;
          i += 2;
          for (; i < src.length && depth; i++) {
            if (src[i] === '{') depth++;
            else if (src[i] === '}') depth--;
            else if (src[i] === '`') i = src.indexOf('`', i + 1);
          }
          i--;
          text += `X${++n}`;
          continue;
        }
        text += c;
      }
      // a literal that is only placeholders (`${a}${b}`) composes other messages
      if (/[a-z]{3}/i.test(text.replace(/X\d+/g, ''))) out.push(text);
    }
    return out;
  }

  const dirs = ['src/schema', 'src/lib/content'];
  const own = new Set(['messages.ts', 'messages-catalogue.ts', 'cli-text.ts']);
  const files = dirs.flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.ts') && !own.has(f)).map((f) => join(d, f)));
  const all = files.flatMap((f) => messagesInSource(readFileSync(join(root, f), 'utf8')).map((m) => ({ file: f, message: m })));

  it('finds the messages of the checks in their source', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.map((m) => m.message)).toContain('an entry cannot be related to itself');
    expect(all.map((m) => m.message)).toContain('unknown source "X1" (add content/sources/X2.md)');
  });

  it('has Kazakh and Russian for every message in src/schema and src/lib/content', () => {
    const missing = all.filter(({ message }) => !recognise(message)).map(({ file, message }) => `${file}: ${message}`);
    expect(missing).toEqual([]);
    for (const { message } of all) {
      expect(translate(message, 'ru'), message).toMatch(/[а-яё]/i);
      expect(translate(message, 'kk'), message).not.toBe(message);
    }
  });

  it('translates zod defaults, nested messages and their values', () => {
    const r = translationSchema.safeParse({ title: '', summary: 'x', translatedFrom: 'kk', reviewed: false });
    const message = describeIssue(r.error!.issues[0]!, { title: '' })[0]!.message;
    expect(message).toMatch(/^Too small/);
    expect(translate(message, 'ru')).toBe('слишком мало: нужно не меньше 1 (символов) (найдено "")');
    expect(translate('latitude must be within Kazakhstan (40.5–55.5) (found 10.5)', 'kk')).toBe('ендік Қазақстан аумағында болуы керек (40.5–55.5) (табылғаны: 10.5)');
    expect(translate('required field is missing (expected string)', 'ru')).toBe('нет обязательного поля (ожидается текст)');
    expect(translate('"x" is not among this entry\'s sources (add it to sources, or use one of: none)', 'kk')).toMatch(/: жоқ\)$/);
    expect(translate('unknown place "a" (add it to content/places.yaml)', 'en')).toBe('unknown place "a" (add it to content/places.yaml)');
  });

  it('reads the language from --lang, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(resolveLang(['--lang', 'kk'], { LANG: 'ru_RU.UTF-8' })).toEqual({ lang: 'kk' });
    expect(resolveLang(['--lang=ru'], {})).toEqual({ lang: 'ru' });
    expect(resolveLang([], { LC_ALL: '', LC_MESSAGES: 'kk_KZ', LANG: 'ru_RU' })).toEqual({ lang: 'kk' });
    expect(resolveLang([], { LANG: 'de_DE.UTF-8' })).toEqual({ lang: 'en' });
    expect(resolveLang(['--lang', 'de'], {}).error).toMatch(/kk, ru, en/);
  });
});
