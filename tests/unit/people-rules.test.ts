/**
 * The rules that protect people: one hostile fixture per rule, each rejected by validation with a
 * message naming the rule, the file, the line and the field; and clean records that pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { privacyProblem } from '../../src/schema/privacy.ts';
import { write } from '../../src/schema/messages.ts';

const dir = join(import.meta.dirname, '../fixtures/people-hostile');
/** fixture → [field, words of the message] */
const EXPECTED: Record<string, [string, RegExp]> = {
  'name-without-basis.md': ['name', /a name needs a publication basis/],
  'child-named.md': [
    'name',
    /a child is never named unless a cited source already published the name with the family's consent/,
  ],
  'phone-number.md': ['statements.0.detail', /a phone number is never published.*\+7 701 555 12 34/],
  'email-address.md': ['body \\(privacy\\)', /an e-mail address is never published/],
  'street-address.md': ['statements.0.detail', /an address finer than a city is never published.*ул\. Абая/],
  'place-finer-than-city.md': [
    'statements.0.place',
    /"republic-square" is a site: a person's place is never finer than a city/,
  ],
  'named-on-testimony.md': ['statements.0.sources.0.id', /a testimony never names anyone/],
};

const PLACES = `- id: almaty
  kind: region
  name: { kk: Алматы, ru: Алматы, en: Almaty }
  lat: 43.24
  lon: 76.95
  timezone: Asia/Almaty
- id: republic-square
  kind: site
  name: { kk: Республика алаңы, ru: Площадь Республики, en: Republic Square }
  region: almaty
  lat: 43.238
  lon: 76.945
  timezone: Asia/Almaty
`;
const SOURCE =
  '---\ntitle: A\npublisher: P\npublished: 2022-01-02\nkind: media\nurl: https://p.example/a\nlang: en\n---\n';
const WITNESS =
  '---\ntitle: Account\npublisher: Alliance\npublished: 2022-01-10\nkind: testimony\ncode: T-2022-001\ndescription: A detainee describes a night in custody.\nlang: ru\n---\n';

let root: string;
function project(files: Record<string, string>): string {
  const r = mkdtempSync(join(root, 'p-'));
  mkdirSync(join(r, 'content/sources'), { recursive: true });
  writeFileSync(join(r, 'content/places.yaml'), PLACES);
  writeFileSync(join(r, 'content/sources/src-a.md'), SOURCE);
  writeFileSync(join(r, 'content/sources/witness.md'), WITNESS);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(r, 'content', path, '..'), { recursive: true });
    writeFileSync(join(r, 'content', path), text);
  }
  return r;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'qantar-people-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('people: records that must be refused', () => {
  it('covers every fixture file', () => expect(readdirSync(dir).sort()).toEqual(Object.keys(EXPECTED).sort()));

  it('an anonymous record and a named record with a basis pass', () => {
    const { problems, people } = loadContent(
      project({
        'people/a-man-almaty.md':
          '---\nlang: en\nage: 19\nsex: male\nstatements:\n  - { what: killed, date: 2022-01-06, place: almaty, sources: [{ id: src-a }], status: reported }\n---\n',
        'people/lukpan-akhmedyarov.md':
          '---\nlang: ru\nname: { kk: Лұқпан Ахмедьяров, ru: Лукпан Ахмедьяров, en: Lukpan Akhmedyarov, variants: [Lukpan Akhmediyarov] }\nbasis: { kind: public-figure, source: src-a, note: A journalist detained in his work. }\nrole: journalist\nstatements:\n  - { what: detained, date: 2022-01-07, place: almaty, sources: [{ id: src-a }], status: reported }\n---\n',
        'people/lukpan-akhmedyarov.en.md': '---\ntranslatedFrom: ru\nreviewed: false\n---\n',
      }),
    );
    expect(problems).toEqual([]);
    expect(people.map((p) => p.id).sort()).toEqual(['a-man-almaty', 'lukpan-akhmedyarov']);
  });

  for (const [file, [field, message]] of Object.entries(EXPECTED)) {
    it(`${file}: rejected (${field})`, () => {
      const { problems } = loadContent(project({ [`people/${file}`]: readFileSync(join(dir, file), 'utf8') }));
      const mine = problems.filter((p) => p.file === `content/people/${file}`);
      expect(mine.map((p) => `${p.field}: ${write(p.message)}`)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^${field.replace(/\./g, '\\.')}: ${message.source}`)),
        ]),
      );
      expect(mine.every((p) => p.line >= 2)).toBe(true);
    });
  }

  it('refuses a testimony that names a recorded person, in any spelling', () => {
    const { problems } = loadContent(
      project({
        'sources/witness.md': WITNESS.replace('A detainee describes', 'Lukpan Akhmediyarov describes'),
        'people/lukpan-akhmedyarov.md':
          '---\nlang: ru\nname: { kk: Лұқпан Ахмедьяров, ru: Лукпан Ахмедьяров, en: Lukpan Akhmedyarov, variants: [Lukpan Akhmediyarov] }\nbasis: { kind: public-figure, source: src-a, note: A journalist detained in his work. }\nstatements:\n  - { what: detained, date: 2022-01-07, place: almaty, sources: [{ id: src-a }], status: reported }\n---\n',
      }),
    );
    expect(problems.map((p) => `${p.file}: ${write(p.message)}`)).toContain(
      'content/sources/witness.md: a testimony never names anyone: remove "Lukpan Akhmediyarov"',
    );
  });

  it('an age under 18 must be marked as a minor; a translation must match the statements', () => {
    const { problems } = loadContent(
      project({
        'people/a-boy.md':
          '---\nlang: en\nage: 17\nstatements:\n  - { what: injured, date: 2022-01-06, place: almaty, sources: [{ id: src-a }], status: reported }\n---\n',
        'people/a-boy.ru.md': '---\ndetails: ["one", "two"]\ntranslatedFrom: en\nreviewed: false\n---\n',
      }),
    );
    const text = problems.map((p) => `${p.file}: ${p.field}: ${write(p.message)}`).join('\n');
    expect(text).toMatch(/a-boy\.md: minor: the age is under 18: set minor: true/);
    expect(text).toMatch(/a-boy\.ru\.md: details: 2 details for 1 statements/);
  });
});

describe('privacy patterns', () => {
  it.each([
    ['+7 (701) 555-12-34', 'phone'],
    ['8 701 555 12 34', 'phone'],
    ['pишите: name@mail.kz', 'email'],
    ['t.me/someone', 'messenger'],
    ['Абай даңғылы 10', 'address'],
    ['Сейфуллин көшесі, 5', 'address'],
    ['кв. 14', 'address'],
    ['жил на улице Абая', 'address'],
    ['12 Baker Street', 'address'],
  ])('%s is refused as %s', (text, rule) => expect(privacyProblem(text)?.rule).toBe(rule));

  it.each([
    '238 dead by 16 August 2022',
    'sentenced to 7 years on 24 April 2023',
    'Prosecutor General',
    'aged 22, Almaty',
    'Article 272 of the Criminal Code',
    'люди вышли на улицы города',
  ])('%s passes', (text) => expect(privacyProblem(text)).toBeUndefined());
});
