import { message, type Message } from './messages.ts';

/**
 * What must never be published about a person: contact details and addresses finer than a city.
 * Patterns err on the side of refusing: a false alarm costs an editor a rewording, a miss can cost
 * a family its safety.
 */

/** A phone number: +7 or 8, then ten digits in any grouping; or any run of 10+ digits with separators. */
const PHONE =
  /(?:\+\s?\d[\d\s().-]{8,}\d|\b8[\s(-]*7\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}\b|\b\d{3}[\s-]\d{2}[\s-]\d{2}\b)/;
const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/;
/** Messenger handles and links that reach a person directly. */
const MESSENGER =
  /(?:\b(?:t\.me|wa\.me|telegram\.me|vk\.com|instagram\.com|facebook\.com)\/\S+|(?:^|\s)@[A-Za-z0-9_]{4,})/i;
/** Street addresses in kk, ru and en: a street word followed by a name or number, or a flat/house number. */
const L = '(?<![\\p{L}\\p{N}])'; // a word start: \b knows only ASCII letters
const R = '(?![\\p{L}])';
const ADDRESS = new RegExp(
  [
    `${L}(?i:ул\\.|улиц(?:а|е|у|ы|ей)|проспект(?:а|е|у|ом)?|пр-т|переул(?:ок|ка|ке|ком)|пер\\.|мкр\\.?|микрорайон(?:а|е)?|бульвар(?:а|е)?|шоссе)${R}\\s*[\\p{Lu}\\d№]\\S*`, // a named street, not «вышли на улицы»
    `\\S+\\s(?:көшесі|даңғылы|шағынауданы)${R}`,
    `${L}(?:д\\.|дом|кв\\.|квартира|үй|пәтер)\\s*№?\\s*\\d+`,
    `${L}\\d+[a-z]?,?\\s+[A-Z][\\w-]+\\s(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Lane|Boulevard)${R}`,
    `${L}(?:apartment|apt\\.|flat|house)\\s+(?:no\\.?\\s*)?\\d+`,
  ]
    .map((alt, i) => (i === 0 ? alt : `(?i:${alt})`))
    .join('|'),
  'u', // case matters only after a street word: «улице Абая» is an address, «на улицы города» is not
);

export type PrivacyRule = 'phone' | 'email' | 'messenger' | 'address';

/** The first thing in `text` that must not be published, or undefined. */
export function privacyProblem(text: string): { rule: PrivacyRule; found: string } | undefined {
  for (const [rule, re] of [
    ['email', EMAIL],
    ['messenger', MESSENGER],
    ['phone', PHONE],
    ['address', ADDRESS],
  ] as const) {
    const m = re.exec(text);
    if (m) return { rule, found: m[0].trim() };
  }
  return undefined;
}

/** The message of each rule, with what was found. */
export function privacyMessage(problem: { rule: PrivacyRule; found: string }): Message {
  const id = (
    { phone: 'privacyPhone', email: 'privacyEmail', messenger: 'privacyMessenger', address: 'privacyAddress' } as const
  )[problem.rule];
  return message(id, { found: problem.found });
}
