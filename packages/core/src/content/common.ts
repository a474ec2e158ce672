import * as v from 'valibot';
import { checkWithCode, regexWithCode } from './validate.js';

/** The content schema generation this library reads. */
export const SCHEMA_VERSION = 1 as const;

export const MAX_TEXT = 5000;
export const MAX_SHORT_TEXT = 300;

/** Matches text with at least one visible character. */
const NOT_BLANK = /\S/;

/** Patient-facing text: never empty or only spaces, bounded length, rendered as text (never HTML). */
export const Text = v.pipe(
  v.string(),
  regexWithCode('empty_text', NOT_BLANK, 'Text must not be empty or only spaces.'),
  v.maxLength(MAX_TEXT, `Text must be at most ${MAX_TEXT} characters.`),
);

export const ShortText = v.pipe(
  v.string(),
  regexWithCode('empty_text', NOT_BLANK, 'Text must not be empty or only spaces.'),
  v.maxLength(MAX_SHORT_TEXT, `Text must be at most ${MAX_SHORT_TEXT} characters.`),
);

export const Id = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9][a-z0-9._-]{0,79}$/i,
    'Ids use letters, digits, ".", "_" or "-" (at most 80), starting with a letter or digit.',
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

/** Only web links: `javascript:`, `data:`, `vbscript:`, relative and protocol-relative URLs fail. */
const WEB_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/]/;

/** Only http(s) links are accepted: `javascript:`, `data:` and relative URLs are refused. */
export const SafeUrl = v.pipe(
  v.string(),
  v.maxLength(2000),
  regexWithCode('unsafe_url', WEB_URL, 'Links must start with https:// (or http://).'),
  v.url('Links must be complete URLs.'),
);

export const Source = v.object({
  id: Id,
  /** Full citation as it should be shown. */
  citation: Text,
  url: v.optional(SafeUrl),
  doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'DOIs look like 10.1234/abcd.'))),
  /** Year of publication. */
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
});

export const Author = v.object({
  name: ShortText,
  role: v.optional(ShortText),
  organisation: v.optional(ShortText),
});

/** Who made the content, when, from what evidence, and with whose money. Required on every document. */
export const Meta = v.object({
  title: ShortText,
  /** Edition of this content, e.g. "1.2.0". */
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'Versions look like 1.0.0.')),
  authors: v.pipe(v.array(Author), v.minLength(1, 'Name at least one author.')),
  published: IsoDate,
  nextReview: IsoDate,
  updatePolicy: v.optional(Text),
  funding: Text,
  conflictsOfInterest: Text,
  sources: v.array(Source),
  /** Example content for demonstrations: the UI marks it as such. */
  demonstration: v.boolean(),
  license: v.optional(ShortText),
});

export type Source = v.InferOutput<typeof Source>;
export type Author = v.InferOutput<typeof Author>;
export type Meta = v.InferOutput<typeof Meta>;

/** Fields every content document starts with. */
export const documentHeader = {
  schemaVersion: v.literal(SCHEMA_VERSION, `Only schemaVersion ${SCHEMA_VERSION} is supported.`),
  id: Id,
  locale: Locale,
  meta: Meta,
} as const;
