/**
 * A chronology of N made-up events for the benchmark, written to a folder outside content/
 * (never into it): the real places, about one source per ten events from several publishers,
 * entries in kk, ru or en with translations into the other languages for most of them, dates
 * and times in both of the country's zones, figures, actors and rights, with the spread of the
 * real chronology (most events in the first three weeks of January 2022, trials later).
 * Deterministic: the same N and seed give the same files.
 *
 *   node scripts/bench/generate.ts --events 1000 --out /tmp/qantar-bench/content
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { ACTORS, EVENT_TYPES, RIGHTS, type EventType, type Lang } from '../../src/schema/enums.ts';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Place {
  id: string;
  kind: string;
  name: Record<Lang, string>;
  region?: string;
  timezone: string;
}

const TYPE_WORDS: Record<EventType, Record<Lang, string>> = {
  protest: { en: 'Rally', ru: 'Митинг', kk: 'Митинг' },
  'use-of-force': {
    en: 'Use of force against a crowd',
    ru: 'Применение силы против толпы',
    kk: 'Жиынға қарсы күш қолдану',
  },
  violence: { en: 'Arson of buildings', ru: 'Поджог зданий', kk: 'Ғимараттарды өртеу' },
  detention: { en: 'Detentions', ru: 'Задержания', kk: 'Ұстаулар' },
  casualty: { en: 'People killed and injured', ru: 'Погибшие и раненые', kk: 'Қаза тапқандар мен жараланғандар' },
  torture: {
    en: 'Reports of torture in custody',
    ru: 'Сообщения о пытках под стражей',
    kk: 'Қамауда азаптау туралы хабарлар',
  },
  'internet-shutdown': { en: 'Internet cut off', ru: 'Отключение интернета', kk: 'Интернеттің өшірілуі' },
  'media-freedom': { en: 'Journalist detained', ru: 'Задержан журналист', kk: 'Журналист ұсталды' },
  'state-measure': { en: 'Curfew imposed', ru: 'Введён комендантский час', kk: 'Коменданттық сағат енгізілді' },
  statement: {
    en: 'Statement by rights groups',
    ru: 'Заявление правозащитников',
    kk: 'Құқық қорғаушылардың мәлімдемесі',
  },
  trial: { en: 'Court hearing', ru: 'Судебное заседание', kk: 'Сот отырысы' },
};

const SENTENCES: Record<Lang, string[]> = {
  en: [
    'Witnesses described a large crowd gathering on the central square in the morning.',
    'Police blocked the roads leading to the administration building.',
    'Relatives said they were not told where the detained were taken.',
    'Mobile internet and messaging services stopped working in the afternoon.',
    'The regional akimat announced new restrictions on gatherings.',
    'Lawyers were not allowed to meet their clients for several days.',
    'Hospitals reported admitting people with gunshot wounds.',
    'Protesters demanded lower fuel prices and political reforms.',
    'The hearing was closed to the public and to journalists.',
    'Human rights defenders called for an independent investigation.',
  ],
  ru: [
    'Очевидцы рассказали, что утром на центральной площади собралась большая толпа.',
    'Полиция перекрыла дороги, ведущие к зданию администрации.',
    'Родственники сообщили, что им не сказали, куда увезли задержанных.',
    'Во второй половине дня перестали работать мобильный интернет и мессенджеры.',
    'Областной акимат объявил о новых ограничениях на собрания.',
    'Адвокатов несколько дней не допускали к подзащитным.',
    'Больницы сообщили о поступлении людей с огнестрельными ранениями.',
    'Протестующие требовали снизить цены на топливо и провести политические реформы.',
    'Заседание прошло в закрытом режиме, без публики и журналистов.',
    'Правозащитники призвали провести независимое расследование.',
  ],
  kk: [
    'Куәгерлердің айтуынша, таңертең орталық алаңға көп адам жиналды.',
    'Полиция әкімшілік ғимаратына апаратын жолдарды жауып тастады.',
    'Туыстары ұсталғандардың қайда әкетілгенін оларға айтпағанын хабарлады.',
    'Түстен кейін мобильді интернет пен мессенджерлер жұмысын тоқтатты.',
    'Облыс әкімдігі жиындарға жаңа шектеулер енгізілгенін жариялады.',
    'Адвокаттар бірнеше күн бойы қорғауындағы адамдармен кездесе алмады.',
    'Ауруханалар оқ тиіп жараланған адамдар түскенін хабарлады.',
    'Наразылық білдірушілер жанармай бағасын төмендетуді және саяси реформаларды талап етті.',
    'Сот отырысы жабық өтті, оған жұртшылық пен журналистер жіберілмеді.',
    'Құқық қорғаушылар тәуелсіз тергеу жүргізуге шақырды.',
  ],
};

const PUBLISHERS = [
  'Adil Soz',
  'KIBHR',
  'Vlast.kz',
  'Radio Azattyq',
  'Kazinform',
  'Human Rights Watch',
  'Amnesty International',
  'OSCE ODIHR',
  'Prosecutor General’s Office',
  'Ministry of Internal Affairs',
  'Reuters',
  'Eurasianet',
];
const KINDS = [
  'ngo',
  'ngo',
  'media',
  'media',
  'official',
  'international',
  'media',
  'international',
  'official',
  'official',
  'media',
  'media',
];
const OTHER: Record<Lang, Lang[]> = { kk: ['ru', 'en'], ru: ['kk', 'en'], en: ['kk', 'ru'] };

const q = (s: string) => JSON.stringify(s);

export function generate(out: string, n: number, placesFile: string, seed = 2022) {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [
    ...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, () => pick(list))),
  ];
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'events'), { recursive: true });
  mkdirSync(join(out, 'sources'), { recursive: true });
  cpSync(placesFile, join(out, 'places.yaml'));
  const places = parse(readFileSync(placesFile, 'utf8')) as Place[];
  // Cities carry most events, then regions; Almaty the most, as in the real chronology.
  const weighted = places.flatMap(
    (p) =>
      Array(p.id === 'almaty' ? 12 : p.kind === 'city' || p.kind === 'town' ? 3 : p.kind === 'region' ? 1 : 1).fill(
        p,
      ) as Place[],
  );

  const sourceCount = Math.max(6, Math.ceil(n / 10));
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const p = i % PUBLISHERS.length;
    const id = `bench-source-${String(i + 1).padStart(5, '0')}`;
    const day = 3 + (i % 25);
    writeFileSync(
      join(out, 'sources', `${id}.md`),
      `---\ntitle: ${q(`Report ${i + 1} on the January events`)}\npublisher: ${q(PUBLISHERS[p]!)}\npublished: 2022-01-${String(Math.min(day, 28)).padStart(2, '0')}\nkind: ${KINDS[p]}\nurl: https://example.org/reports/${i + 1}\naccessed: 2024-06-01\nlang: ${pick(['ru', 'en', 'kk'])}\n---\nA report used by the benchmark.\n`,
    );
    return { id, publisher: p };
  });

  const written: { id: string; day: string; place: string }[] = [];
  for (let i = 0; i < n; i++) {
    const late = rand() < 0.15;
    const dayOfYear = late ? Math.floor(rand() * 900) : Math.floor(rand() * rand() * 19);
    const date = new Date(Date.UTC(2022, 0, 2 + dayOfYear));
    const day = date.toISOString().slice(0, 10);
    const timed = !late && rand() < 0.6;
    const start = timed
      ? `${day}T${String(Math.floor(rand() * 24)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`
      : day;
    const type = late ? pick(['trial', 'trial', 'statement', 'torture'] as const) : pick(EVENT_TYPES);
    const place = rand() < 0.05 ? places.find((p) => p.kind === 'country')! : pick(weighted);
    const lang = pick(['ru', 'ru', 'kk', 'en'] as const);
    const cited = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(sources)))];
    const publishers = new Set(cited.map((s) => s.publisher));
    const verification =
      publishers.size >= 2
        ? pick(['corroborated', 'corroborated', 'disputed', 'verified'] as const)
        : pick(['reported', 'reported', 'verified'] as const);
    const id = `${day}-bench-${String(i + 1).padStart(5, '0')}`;
    const text = (l: Lang) => {
      const title = `${TYPE_WORDS[type][l]}: ${place.name[l]} (${i + 1})`;
      const body = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(SENTENCES[l]));
      return {
        title,
        summary: body.slice(0, 2).join(' ').slice(0, 290),
        body: `${body.slice(0, 3).join(' ')}\n\n${body.slice(3).join(' ')}\n`,
      };
    };
    const own = text(lang);
    const figures =
      (type === 'detention' || type === 'casualty') && rand() < 0.7
        ? `figures:\n  - measure: ${type === 'detention' ? 'detained' : 'killed'}\n    count: ${1 + Math.floor(rand() * 200)}\n    source: ${cited[0]!.id}\n    scope: incident\n    statedBy: { kind: ${rand() < 0.5 ? 'state' : 'independent'} }\n`
        : '';
    const folder = join(out, 'events', id);
    mkdirSync(folder);
    written.push({ id, day, place: place.id });
    writeFileSync(
      join(folder, 'index.md'),
      `---\ntitle: ${q(own.title)}\nsummary: ${q(own.summary)}\nlang: ${lang}\ntype: ${type}\nstart: ${q(start)}\ntimePrecision: ${timed ? 'minute' : 'day'}\nplace: ${place.id}\n` +
        `actors: [${some(ACTORS, 3).join(', ')}]\nrights: [${some(RIGHTS, 3).join(', ')}]\n${figures}sources:\n${cited.map((s) => `  - id: ${s.id}\n`).join('')}verification: ${verification}\n---\n${own.body}`,
    );
    for (const other of OTHER[lang]) {
      if (rand() < 0.3) continue;
      const t = text(other);
      writeFileSync(
        join(folder, `${other}.md`),
        `---\ntitle: ${q(t.title)}\nsummary: ${q(t.summary)}\ntranslatedFrom: ${lang}\nreviewed: ${rand() < 0.5}\n---\n${t.body}`,
      );
    }
  }
  writeStory(out, written);
}

/**
 * One story over the first events in time (at most eight steps), as an editor writes one: a step
 * per event with a link to it, so the story page is measured with the chronicle's size around it.
 */
function writeStory(out: string, events: { id: string; day: string; place: string }[]) {
  const steps = [...events].sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id)).slice(0, 8);
  if (!steps.length) return;
  const folder = join(out, 'stories', 'bench-story');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'index.mdx'),
    `---\ntitle: "The first days, step by step"\nsummary: "A story written for the benchmark over the first entries of the chronicle."\nlang: en\n` +
      `period: { from: ${steps[0]!.day}, to: ${steps.at(-1)!.day} }\npublished: 2024-06-01\nplaces: [${[...new Set(steps.map((e) => e.place))].join(', ')}]\n` +
      `authors: [Benchmark editors]\nevents:\n${steps.map((e) => `  - ${e.id}\n`).join('')}reviewed: false\n---\n\n` +
      `This story steps through the first entries of the chronicle, from <Ref event="${steps[0]!.id}">the first</Ref> on.\n\n` +
      steps
        .map(
          (e, i) =>
            `<Step event="${e.id}" title="Step ${i + 1}">\nThe chronicle records <Ref event="${e.id}">an event on ${e.day}</Ref>.\n</Step>\n`,
        )
        .join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1]! : fallback;
  };
  const root = resolve(import.meta.dirname, '../..');
  const out = resolve(arg('out', join(root, 'bench-out/content')));
  if (out === join(root, 'content') || out.startsWith(`${join(root, 'content')}/`))
    throw new Error('the benchmark never writes into content/');
  const n = Number(arg('events', '1000'));
  generate(out, n, resolve(arg('places', join(root, 'content/places.yaml'))), Number(arg('seed', '2022')));
  console.log(`${n} events written to ${out}`);
}
