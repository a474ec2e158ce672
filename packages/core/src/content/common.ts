import * as v from 'valibot';
import { checkWithCode, regexWithCode, strictObject } from './validate.js';

/** The content schema generation this library reads. */
export const SCHEMA_VERSION = 1 as const;

/** Most characters (UTF-16 units) a `Text` field may hold. */
export const MAX_TEXT = 5000;
/** Most characters (UTF-16 units) a `ShortText` field may hold. */
export const MAX_SHORT_TEXT = 300;

/** Matches text with at least one character that is not a space (also the pattern in the JSON Schema). */
const NOT_BLANK = /\S/;

/**
 * Matches a character that shows: not a space, control or format character (zero-width space, joiners, word
 * joiner, BOM, soft hyphen, U+180E, bidi and tag characters are all format characters, Cf), combining mark on its
 * own, variation selector, Hangul filler or blank Braille pattern.
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** A UTF-16 surrogate without its partner: ill-formed Unicode (`String.prototype.isWellFormed` needs Node 20+). */
const LONE_SURROGATE = /\p{Cs}/u;

export const isWellFormed = (s: string) => !LONE_SURROGATE.test(s);

/**
 * `text` stopped at `max` UTF-16 units (what a schema's `maxLength` and an input's `maxlength` count), never
 * between the two halves of one character. Text within the limit comes back as the same string.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

const EMPTY_MESSAGE = 'Text must not be empty, only spaces or only invisible characters.';

/** Patient-facing text rules: shows something, is well-formed Unicode, has at most `max` characters. */
const textOf = (max: number) =>
  v.pipe(
    v.string(),
    regexWithCode('empty_text', NOT_BLANK, EMPTY_MESSAGE),
    // Only spaces was reported just above; this adds text made only of invisible characters.
    checkWithCode('empty_text', (s: string) => !NOT_BLANK.test(s) || VISIBLE.test(s), EMPTY_MESSAGE),
    checkWithCode(
      'invalid_unicode',
      isWellFormed,
      'Text contains a broken character (a lone UTF-16 surrogate); save the file as UTF-8 again.',
    ),
    v.maxLength(max, `Text must be at most ${max} characters.`),
  );

/** Patient-facing text: never empty or invisible, bounded length, rendered as text (never HTML). */
export const Text = textOf(MAX_TEXT);

/** Short patient-facing text (titles, labels, names): the rules of `Text`, at most `MAX_SHORT_TEXT` characters. */
export const ShortText = textOf(MAX_SHORT_TEXT);

/**
 * Names every plain object already has (`constructor`, `toString`, …; `__proto__` fails the id pattern): as ids
 * they would collide with them in records keyed by id, and valibot drops `constructor` and `prototype` keys.
 */
const isReservedId = (s: string) => s === 'prototype' || (s[0] !== '_' && Object.hasOwn(Object.prototype, s));

/**
 * An id inside a document: 1 to 80 ASCII letters, digits, `.`, `_` or `-`, starting with a letter or digit. Names
 * every plain object already has (`constructor`, `toString`, …) are refused.
 */
export const Id = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9][a-z0-9._-]{0,79}$/i,
    'Ids use letters, digits, ".", "_" or "-" (at most 80), starting with a letter or digit.',
  ),
  checkWithCode(
    'invalid_value',
    (s: string) => !isReservedId(s),
    (i) => `"${i.input}" cannot be an id: every JavaScript object already has a property of that name.`,
  ),
);

/** BCP 47 language tag, e.g. `en`, `es-MX`, `ar`. */
export const Locale = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Locale must be a BCP 47 tag such as "en" or "es-MX".'),
);

const realDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = v.pipe(
  v.string(),
  v.isoDate('Dates use the form YYYY-MM-DD.'),
  checkWithCode('invalid_date', realDate, 'This date does not exist in the calendar.'),
);

/**
 * Links start with `https://`: a plain `http://` link can be changed on its way to the patient. Also the pattern in the JSON
 * Schema; `javascript:`, `data:`, relative and protocol-relative links fail it.
 */
const WEB_URL = /^[Hh][Tt][Tt][Pp][Ss]:\/\/[^\s/\\]/;

/** A host as people read it: ASCII letters, digits, hyphens and dots. */
const PLAIN_HOST = /^[a-z0-9.-]+$/;

/**
 * Why a link (already starting like a web link and parsable by the WHATWG URL standard) is unsafe to show, if it
 * is: the host shown must be the host visited, so no user name or password (`https://google.com@evil.example`),
 * no invisible or non-ASCII characters in the host (IDNA would drop or translate them), no punycode (`xn--`, the
 * form homograph spoofs hide in), no spelling the browser rewrites (`%65xample.org`, `0x7f.1`).
 */
export function urlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined; // reported by v.url
  }
  if (!WEB_URL.test(text)) return undefined; // reported by the pattern
  if (/[\s\p{Cc}\p{Cf}]/u.test(text)) return 'Links must not contain spaces or invisible characters.';
  const authority = /^https?:\/\/([^/?#\\]*)/i.exec(text)?.[1] ?? '';
  if (authority.includes('@') || url.username || url.password)
    return 'Links must not contain a user name or password (user:pass@host).';
  const host = authority.replace(/:\d*$/, '').toLowerCase();
  if (!PLAIN_HOST.test(host) || host !== url.hostname)
    return 'The host of a link must be written in plain ASCII letters, digits, dots and hyphens, as it will be visited.';
  if (host.split('.').some((label) => label.startsWith('xn--')))
    return 'Links to punycode (xn--) hosts are refused: they can imitate another site.';
  return undefined;
}

/**
 * Only web links are accepted: `javascript:`, `data:` and relative URLs are refused, and so are links whose host
 * could be mistaken for another (code `unsafe_url`).
 */
export const SafeUrl = v.pipe(
  v.string(),
  v.maxLength(2000),
  regexWithCode('unsafe_url', WEB_URL, 'Links must start with https://.'),
  v.url('Links must be complete URLs.'),
  checkWithCode(
    'unsafe_url',
    (s: string) => urlProblem(s) === undefined,
    (i) => urlProblem(i.input) ?? '',
  ),
);

/**
 * One piece of evidence in `meta.sources`: an id that `sourceIds` elsewhere refer to, the citation, and optionally
 * an `https://` link, a DOI and the year.
 */
export const Source = strictObject({
  id: Id,
  /** Full citation as it should be shown. */
  citation: Text,
  url: v.optional(SafeUrl),
  doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'DOIs look like 10.1234/abcd.'))),
  /** Year of publication. */
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
});

/** One author in `meta.authors`: a name, and optionally a role and an organisation. */
export const Author = strictObject({
  name: ShortText,
  role: v.optional(ShortText),
  organisation: v.optional(ShortText),
});

/** Who made the content, when, from what evidence, and with whose money. Required on every document. */
export const Meta = strictObject({
  title: ShortText,
  /** Edition of this content, e.g. "1.2.0". */
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'Versions look like 1.0.0.')),
  /** Who wrote the content: at least one author. */
  authors: v.pipe(v.array(Author), v.minLength(1, 'Name at least one author.')),
  published: IsoDate,
  nextReview: IsoDate,
  updatePolicy: v.optional(Text),
  funding: Text,
  conflictsOfInterest: Text,
  /** The evidence the content rests on; `sourceIds` in the document refer to these by id. */
  sources: v.array(Source),
  /** Example content for demonstrations: the UI marks it as such. */
  demonstration: v.boolean(),
  license: v.optional(ShortText),
});

/** One entry of `meta.sources` (see the `Source` schema). */
export type Source = v.InferOutput<typeof Source>;
/** One entry of `meta.authors` (see the `Author` schema). */
export type Author = v.InferOutput<typeof Author>;
export type Meta = v.InferOutput<typeof Meta>;

/** Fields every content document starts with. */
export const documentHeader = {
  /** Where an editor finds the JSON Schema; the only key allowed that is not content. */
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  schemaVersion: v.literal(SCHEMA_VERSION, `Only schemaVersion ${SCHEMA_VERSION} is supported.`),
  id: Id,
  locale: Locale,
  /** Who made the content, its edition and review dates, funding and sources (see `Meta`). */
  meta: Meta,
} as const;
