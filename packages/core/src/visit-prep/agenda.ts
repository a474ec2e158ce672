import type { Translate } from '../i18n/widget-i18n.js';
import type { AgendaAddition } from './additions.js';
import type { SeverityLevel, TakingAnswer, VisitPrepInput } from './input.js';
import type { VisitPrepSectionType, VisitPrepTemplate, VisitType } from './schema.js';
import { countWords, isValidDate, sectionHasAnswer, selectAgendaWords, selectTimeline } from './selectors.js';

/** How many concerns and questions the clinician sees first. */
export const AGENDA_TOP_COUNT = 3;

/**
 * Most words of one entry the clinician reads at first, by kind of entry; longer text is clipped at a word
 * boundary with an ellipsis and the whole text stays one click (on screen) or one section (in plain text) away.
 * The reason gets the most room (it frames the visit); a concern, question, hope or worry is one line of
 * thought; symptom details, timeline notes, practical needs and a medicine line are short facts. These are
 * settings chosen for a 30-second read, not published figures: override them with `limits`.
 */
export const AGENDA_WORD_LIMITS = {
  reason: 20,
  concern: 15,
  question: 15,
  whatMatters: 15,
  symptom: 12,
  timeline: 12,
  medicine: 12,
  allergy: 10,
  condition: 10,
  practical: 12,
  after: 15,
  addition: 15,
} as const;

/** A word limit for each kind of agenda entry, with the keys of `AGENDA_WORD_LIMITS`. */
export type AgendaWordLimits = { readonly [K in keyof typeof AGENDA_WORD_LIMITS]: number };

/**
 * Characters allowed per word of a limit (an English word averages under 5 letters, plus a space). The
 * character cap bounds an entry's height even when its words are long, or when it is written without spaces
 * (Chinese, Japanese, Thai, or a pasted link), where a word count alone would not clip anything.
 */
export const AGENDA_CHARS_PER_WORD = 6;

/** The ellipsis that ends clipped text. */
export const AGENDA_ELLIPSIS = '\u2026';

/** User-perceived characters (grapheme clusters), so a cut never splits an emoji or a letter from its marks. */
function graphemes(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  return Segmenter
    ? Array.from(new Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (x) => x.segment)
    : Array.from(text);
}

/**
 * The first `limit` words of `text` (words split on white space, as `countWords` counts them) and at most
 * `maxChars` characters (default `limit * AGENDA_CHARS_PER_WORD`), cut at a word boundary and ended with an
 * ellipsis; trailing commas, stops and dashes before the ellipsis are dropped. Only a first word longer than
 * `maxChars` is cut inside the word (between characters, never inside one). Text within both limits comes back
 * trimmed and unclipped. A word limit that is not a positive number clips nothing.
 */
export function clipWords(
  text: string,
  limit: number,
  maxChars: number = limit * AGENDA_CHARS_PER_WORD,
): { readonly text: string; readonly clipped: boolean } {
  const trimmed = text.trim();
  if (!(limit > 0) || !Number.isFinite(limit)) return { text: trimmed, clipped: false };
  const word = /\S+/gu;
  let count = 0;
  let end = 0;
  for (let m = word.exec(trimmed); m !== null; m = word.exec(trimmed)) {
    count += 1;
    const wordEnd = m.index + m[0].length;
    // Only count characters when the code units could be over the cap (a grapheme is at least one code unit).
    const tooLong = wordEnd > maxChars && graphemes(trimmed.slice(0, wordEnd)).length > maxChars;
    if (count > limit || tooLong) {
      // A first word over the character cap: cut it between characters.
      const head =
        end > 0
          ? trimmed.slice(0, end)
          : graphemes(trimmed.slice(0, wordEnd))
              .slice(0, Math.max(1, Math.floor(maxChars)))
              .join('');
      const bare = head.replace(/[\s\p{Po}\p{Pd}]+$/u, '');
      return { text: `${bare === '' ? head : bare}${AGENDA_ELLIPSIS}`, clipped: true };
    }
    end = wordEnd;
  }
  return { text: trimmed, clipped: false };
}

/**
 * A `YYYY-MM-DD` date in the reader's language ("Sep 14, 2026", "14 sept 2026", "14 سبتمبر 2026"), with
 * `Intl.DateTimeFormat`. The date is a calendar day, not an instant: it is formatted as a UTC date, so it never
 * moves a day whatever the time zone. Anything else (a half-typed or impossible date) is returned as written.
 */
export function formatAgendaDate(value: string, locale: string): string {
  const day = value.trim();
  if (!isValidDate(day)) return value;
  // A date-only ISO string is read as UTC midnight.
  const time = Date.parse(day);
  const format = (tag: string | undefined) =>
    new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(time);
  try {
    return format(locale);
  } catch {
    // An unknown locale tag: fall back to the runtime's default language rather than throw.
    return format(undefined);
  }
}

/** The reason or a concern on the agenda: the patient's text, trimmed, and its word count. */
export interface AgendaText {
  readonly text: string;
  readonly words: number;
  /** Over its word limit: kept in full and flagged. */
  readonly overLimit: boolean;
}

/** A medicine or supplement on the agenda, its fields trimmed; `taking` is null when the patient did not answer. */
export interface AgendaMedicine {
  readonly name: string;
  readonly dose: string;
  readonly frequency: string;
  readonly reason: string;
  readonly taking: TakingAnswer | null;
}

/** The clinician's 30-second agenda: plain, serialisable data in the order it is read. */
export interface VisitAgenda {
  readonly templateId: string;
  readonly templateVersion: string;
  readonly locale: string;
  readonly visitType: VisitType;
  readonly title: string;
  /** Sections the template shows, in order. */
  readonly sections: readonly VisitPrepSectionType[];
  readonly reason: AgendaText | null;
  /** The patient's first three concerns, in their order. */
  readonly topConcerns: readonly AgendaText[];
  readonly otherConcerns: readonly AgendaText[];
  /** Words in the reason and concerns together, against the template's agenda limit. */
  readonly words: { readonly count: number; readonly limit: number; readonly overLimit: boolean };
  readonly symptoms: {
    readonly what: string;
    readonly where: string;
    readonly bodyAreas: readonly string[];
    readonly onset: string;
    readonly severity: SeverityLevel | null;
    /** Oldest first; undated entries last. */
    readonly timeline: readonly { readonly date: string; readonly note: string }[];
    readonly better: string;
    readonly worse: string;
    readonly tried: string;
  } | null;
  readonly medicines: readonly AgendaMedicine[];
  /** Medicines the patient takes only sometimes or not at all: worth a word in the visit. */
  readonly medicineChanges: readonly AgendaMedicine[];
  readonly supplements: readonly AgendaMedicine[];
  readonly noMedicines: boolean;
  readonly allergies: readonly { readonly substance: string; readonly reaction: string }[];
  readonly noAllergies: boolean;
  /** Health conditions, by name. */
  readonly conditions: readonly string[];
  readonly whatMatters: { readonly goals: string; readonly worries: string } | null;
  readonly topQuestions: readonly string[];
  readonly otherQuestions: readonly string[];
  /** What the host added from other tools (a decision aid, a question list), in the host's order. */
  readonly additions: readonly AgendaAddition[];
  readonly practical: {
    readonly interpreter: boolean;
    readonly interpreterLanguage: string;
    readonly accessibility: string;
    readonly companion: string;
    readonly time: string;
  } | null;
  readonly after: VisitPrepInput['after'] | null;
}

const clean = (s: string) => s.trim();
const has = (s: string) => s.trim().length > 0;

/**
 * Builds the clinician agenda from the template and the patient's input, plus any additions the host checked
 * with `parseAgendaAdditions`. Pure; empty parts are left out.
 */
export function buildVisitAgenda(
  template: VisitPrepTemplate,
  input: VisitPrepInput,
  additions: readonly AgendaAddition[] = [],
): VisitAgenda {
  const shown = new Set(template.sections.map((s) => s.type));
  const words = selectAgendaWords(template, input);
  const overById = new Map(words.concerns.map((c) => [c.id, c.over]));
  const concerns = shown.has('concerns')
    ? input.concerns
        .filter((c) => has(c.text))
        .map((c) => ({ text: clean(c.text), words: countWords(c.text), overLimit: overById.get(c.id) ?? false }))
    : [];
  // A section of the template with an answer in it.
  const answered = (type: VisitPrepSectionType) => shown.has(type) && sectionHasAnswer(type, input);
  const s = input.symptoms;
  const med = (m: VisitPrepInput['medicines'][number]): AgendaMedicine => ({
    name: clean(m.name),
    dose: clean(m.dose),
    frequency: clean(m.frequency),
    reason: clean(m.reason),
    taking: m.taking,
  });
  const medicinesShown = shown.has('medicines');
  const medicines = medicinesShown ? input.medicines.filter((m) => has(m.name)).map(med) : [];
  const questions = shown.has('questions') ? input.questions.filter((q) => has(q.text)).map((q) => clean(q.text)) : [];
  const p = input.practical;
  const practicalShown =
    shown.has('practical') &&
    (p.interpreter || [p.interpreterLanguage, p.accessibility, p.companion, p.time].some(has));
  const a = input.after;
  return {
    templateId: template.id,
    templateVersion: template.meta.version,
    locale: template.locale,
    visitType: template.visitType,
    title: template.title,
    sections: template.sections.map((x) => x.type),
    reason:
      shown.has('concerns') && has(input.reason)
        ? { text: clean(input.reason), words: words.reason.words, overLimit: words.reason.over }
        : null,
    topConcerns: concerns.slice(0, AGENDA_TOP_COUNT),
    otherConcerns: concerns.slice(AGENDA_TOP_COUNT),
    words: { count: words.words, limit: words.limit, overLimit: words.over },
    symptoms: answered('symptoms')
      ? {
          what: clean(s.what),
          where: clean(s.where),
          bodyAreas: [...s.bodyAreas],
          onset: clean(s.onset),
          severity: s.severity,
          timeline: selectTimeline(input)
            .filter((e) => has(e.note) || has(e.date))
            .map((e) => ({ date: clean(e.date), note: clean(e.note) })),
          better: clean(s.better),
          worse: clean(s.worse),
          tried: clean(s.tried),
        }
      : null,
    medicines,
    medicineChanges: medicines.filter((m) => m.taking === 'no' || m.taking === 'sometimes'),
    supplements: medicinesShown ? input.supplements.filter((m) => has(m.name)).map(med) : [],
    noMedicines: medicinesShown && input.noMedicines && medicines.length === 0,
    allergies: medicinesShown
      ? input.allergies
          .filter((x) => has(x.substance))
          .map((x) => ({ substance: clean(x.substance), reaction: clean(x.reaction) }))
      : [],
    noAllergies: medicinesShown && input.noAllergies && !input.allergies.some((x) => has(x.substance)),
    conditions: medicinesShown ? input.conditions.filter((c) => has(c.name)).map((c) => clean(c.name)) : [],
    whatMatters: answered('what-matters')
      ? { goals: clean(input.whatMatters.goals), worries: clean(input.whatMatters.worries) }
      : null,
    topQuestions: questions.slice(0, AGENDA_TOP_COUNT),
    otherQuestions: questions.slice(AGENDA_TOP_COUNT),
    additions: additions.map((x) => ({ id: x.id, heading: clean(x.heading), items: x.items.map(clean) })),
    practical: practicalShown
      ? {
          interpreter: p.interpreter,
          interpreterLanguage: clean(p.interpreterLanguage),
          accessibility: clean(p.accessibility),
          companion: clean(p.companion),
          time: clean(p.time),
        }
      : null,
    after: answered('after-visit')
      ? {
          nextSteps: clean(a.nextSteps),
          tests: clean(a.tests),
          results: clean(a.results),
          followUpDate: clean(a.followUpDate),
          watchFor: clean(a.watchFor),
        }
      : null,
  };
}

/** True when the agenda has nothing from the patient yet. */
export function isAgendaEmpty(agenda: VisitAgenda): boolean {
  return (
    !agenda.reason &&
    agenda.topConcerns.length === 0 &&
    !agenda.symptoms &&
    agenda.medicines.length === 0 &&
    agenda.supplements.length === 0 &&
    agenda.allergies.length === 0 &&
    !agenda.noMedicines &&
    !agenda.noAllergies &&
    agenda.conditions.length === 0 &&
    !agenda.whatMatters &&
    agenda.topQuestions.length === 0 &&
    !agenda.practical &&
    !agenda.after &&
    agenda.additions.length === 0
  );
}

/** One medicine as a line: "Metformin, 500 mg, twice a day, for diabetes (taking: sometimes)". */
export function formatAgendaMedicine(m: AgendaMedicine, t: Translate): string {
  const parts = [m.name, m.dose, m.frequency, m.reason ? t('agendaText.forReason', { reason: m.reason }) : '']
    .filter((x) => x !== '')
    .join(', ');
  return m.taking ? `${parts} (${t('agendaText.takingLabel')}: ${t(`taking.${m.taking}`)})` : parts;
}

/** One line of the agenda: a paragraph or a list item. */
export interface AgendaItem {
  /** What the clinician reads first: clipped to its word limit when `full` is set. */
  readonly text: string;
  /** The whole text, only when `text` was clipped (shown one click away on screen, at the end in plain text). */
  readonly full?: string | undefined;
  /** Shown before the text: "Reason: …", a timeline entry's date. */
  readonly label?: string | undefined;
  /**
   * The translated over-limit note, when the text is over the template's word limit and not clipped (a clipped
   * entry's ellipsis already says it is long).
   */
  readonly flag?: string | undefined;
}

/** A label and its value on one line of the agenda, e.g. a symptom field. */
export interface AgendaPair {
  readonly label: string;
  /** Clipped to its word limit when `full` is set. */
  readonly value: string;
  /** The whole value, only when `value` was clipped. */
  readonly full?: string | undefined;
}

/** What an agenda section holds, in reading order. `name` says what a block is, for styling. */
export type AgendaBlock =
  | (AgendaItem & { readonly kind: 'paragraph'; readonly name?: string | undefined })
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly items: readonly AgendaItem[];
      readonly name?: string | undefined;
      /** The mark before each line in plain text; numbers for ordered lists and "-" otherwise. */
      readonly marker?: string | undefined;
    }
  | { readonly kind: 'pairs'; readonly pairs: readonly AgendaPair[] }
  /**
   * A count ("2 more concerns") whose items are one click away on screen and follow at the end in plain text,
   * so a long list does not stretch the 30-second read.
   */
  | {
      readonly kind: 'more';
      readonly text: string;
      readonly items: readonly AgendaItem[];
      readonly name?: string | undefined;
    }
  /** A heading inside a section ("Allergies"). */
  | { readonly kind: 'minor'; readonly text: string }
  | { readonly kind: 'group'; readonly name: string; readonly blocks: readonly AgendaBlock[] };

/** One part of the laid-out agenda, under its heading. */
export interface AgendaSection {
  /** `concerns`, `symptoms`, `medicines`, `what-matters`, `questions`, `addition`, `practical` or `after-visit`. */
  readonly part: string;
  /** The host's id, for an addition. */
  readonly id?: string | undefined;
  readonly heading: string;
  readonly blocks: readonly AgendaBlock[];
}

/**
 * Options of `layoutVisitAgenda`. By default: the full view for the screen, dates in the agenda's language and
 * the word limits of `AGENDA_WORD_LIMITS`.
 */
export interface AgendaLayoutOptions {
  /** The shortest view: no symptom detail, medicine list, supplements or after-visit. */
  readonly compact?: boolean | undefined;
  /** For plain text: the word count when over the agenda limit, and the timeline among the symptom fields. */
  readonly plain?: boolean | undefined;
  /** The reader's language, for dates (default: the agenda's language). */
  readonly locale?: string | undefined;
  /** Word limits per kind of entry, over `AGENDA_WORD_LIMITS`. */
  readonly limits?: Partial<AgendaWordLimits> | undefined;
}

/**
 * The agenda laid out as translated sections of simple blocks, in reading order: the one description of what
 * the clinician reads, rendered both on screen and as plain text. Pure and serialisable; empty parts are left out.
 * Every entry is clipped to its word limit (`AGENDA_WORD_LIMITS`; the whole text is kept in `full`), nothing is
 * shown twice (a medicine not taken as prescribed is listed only under that heading) and dates are written in
 * the reader's language.
 */
export function layoutVisitAgenda(
  agenda: VisitAgenda,
  t: Translate,
  { compact = false, plain = false, locale = agenda.locale, limits: limitOverrides }: AgendaLayoutOptions = {},
): AgendaSection[] {
  const limits: AgendaWordLimits = { ...AGENDA_WORD_LIMITS, ...limitOverrides };
  const sections: AgendaSection[] = [];
  const add = (part: string, heading: string, blocks: (AgendaBlock | false)[], id?: string) => {
    sections.push({ part, id, heading, blocks: blocks.filter((b) => b !== false) });
  };
  /** Text clipped to the limit of its kind, with the whole text when it was clipped. */
  const clip = (text: string, kind: keyof AgendaWordLimits): AgendaItem => {
    const c = clipWords(text, limits[kind]);
    return c.clipped ? { text: c.text, full: text.trim() } : { text: c.text };
  };
  const flagged = (x: AgendaText, kind: keyof AgendaWordLimits): AgendaItem => {
    const item = clip(x.text, kind);
    return {
      ...item,
      flag: x.overLimit && item.full === undefined ? t(plain ? 'agendaText.overLimit' : 'agenda.overLimit') : undefined,
    };
  };
  const date = (value: string) => formatAgendaDate(value, locale);
  const paragraph = (text: string): AgendaBlock => ({ kind: 'paragraph', text });
  const list = (
    items: readonly (string | AgendaItem)[],
    { ordered = false, name, marker }: { ordered?: boolean; name?: string; marker?: string } = {},
  ): AgendaBlock => ({
    kind: 'list',
    ordered,
    items: items.map((x) => (typeof x === 'string' ? { text: x } : x)),
    name,
    marker,
  });
  const minor = (key: string): AgendaBlock => ({ kind: 'minor', text: t(key) });
  /** A small heading over a list; a single item runs on after its label instead ("Allergies: Penicillin"). */
  const minorList = (key: string, items: readonly AgendaItem[]): AgendaBlock[] =>
    items.length === 1 && items[0]
      ? [{ kind: 'paragraph', label: t(key), ...items[0] }]
      : items.length > 0
        ? [minor(key), list(items)]
        : [];
  /** Label–value pairs with a value, labelled `agenda.<key>`, in the order given, each clipped to `kind`. */
  const pairs = (fields: Record<string, string>, kind: keyof AgendaWordLimits): AgendaPair[] =>
    Object.entries(fields)
      .filter(([, value]) => value)
      .map(([key, value]) => {
        const c = clip(value, kind);
        return { label: t(`agenda.${key}`), value: c.text, ...(c.full === undefined ? {} : { full: c.full }) };
      });
  const pairsBlock = (fields: Record<string, string>, kind: keyof AgendaWordLimits): AgendaBlock => ({
    kind: 'pairs',
    pairs: pairs(fields, kind),
  });
  /**
   * Medicine lines: the name, dose, frequency and reason clipped together; the taking answer after it is kept
   * whole. `showTaking: false` leaves out "taking: yes", which says nothing the clinician needs to act on.
   */
  const medicines = (ms: readonly AgendaMedicine[], showYes = true): AgendaItem[] =>
    ms.map((m) => {
      const main = formatAgendaMedicine({ ...m, taking: null }, t);
      const taking = m.taking && (showYes || m.taking !== 'yes') ? m.taking : null;
      const suffix = taking ? ` (${t('agendaText.takingLabel')}: ${t(`taking.${taking}`)})` : '';
      const c = clip(main, 'medicine');
      return c.full === undefined
        ? { text: `${c.text}${suffix}` }
        : { text: `${c.text}${suffix}`, full: `${main}${suffix}` };
    });

  if (agenda.reason || agenda.topConcerns.length > 0) {
    const others = agenda.otherConcerns;
    const othersText = t('agenda.otherConcerns', { count: others.length });
    const { count, limit, overLimit } = agenda.words;
    const concern = (x: AgendaText) => flagged(x, 'concern');
    add('concerns', t('agenda.concerns'), [
      !!agenda.reason && {
        kind: 'paragraph',
        name: 'reason',
        label: t('agenda.reason'),
        ...flagged(agenda.reason, 'reason'),
      },
      agenda.topConcerns.length > 0 && list(agenda.topConcerns.map(concern), { ordered: true, name: 'concerns' }),
      others.length > 0 && { kind: 'more', name: 'otherConcerns', text: othersText, items: others.map(concern) },
      plain && overLimit && paragraph(`[${t('agendaText.agendaOverLimit', { count, limit })}]`),
    ]);
  }
  const s = agenda.symptoms;
  if (s) {
    // A body area already named in "where" is not repeated ("Middle of the chest", not "…, Chest").
    const whereWords = new Set(s.where.toLocaleLowerCase(locale).split(/[\s\p{P}]+/u));
    const areas = s.bodyAreas.filter((a) => !whereWords.has(a.trim().toLocaleLowerCase(locale)));
    const main = pairs(
      {
        what: s.what,
        where: [s.where, ...areas].filter(Boolean).join(', '),
        // The start date once: not again when the timeline's first entry is that day.
        onset: s.onset && s.timeline[0]?.date !== s.onset ? date(s.onset) : '',
        severity: s.severity ? t(`severity.${s.severity}`) : '',
      },
      'symptom',
    );
    const detail = compact ? [] : pairs({ better: s.better, worse: s.worse, tried: s.tried }, 'symptom');
    const timeline: AgendaBlock[] =
      s.timeline.length > 0
        ? [
            minor('agenda.timeline'),
            list(
              s.timeline.map((e) => ({
                label: e.date ? date(e.date) : t(plain ? 'agendaText.noDate' : 'symptoms.noDate'),
                ...clip(e.note, 'timeline'),
              })),
              { ordered: true, name: 'timeline', marker: '-' },
            ),
          ]
        : [];
    // On screen the fields form one list with the timeline below; plain text tells it in order.
    add(
      'symptoms',
      t('agenda.symptoms'),
      plain
        ? [{ kind: 'pairs', pairs: main }, ...timeline, { kind: 'pairs', pairs: detail }]
        : [{ kind: 'pairs', pairs: [...main, ...detail] }, ...timeline],
    );
  }
  if (
    agenda.medicines.length > 0 ||
    agenda.supplements.length > 0 ||
    agenda.allergies.length > 0 ||
    agenda.conditions.length > 0 ||
    agenda.noMedicines ||
    agenda.noAllergies
  ) {
    // Each medicine once: one not taken as prescribed is listed under that heading only.
    const changes = new Set(agenda.medicineChanges);
    const rest = agenda.medicines.filter((m) => !changes.has(m));
    add('medicines', t('agenda.medicines'), [
      agenda.medicineChanges.length > 0 && {
        kind: 'group',
        name: 'changes',
        blocks: [minor('agenda.medicineChanges'), list(medicines(agenda.medicineChanges), { marker: '!' })],
      },
      agenda.noMedicines && paragraph(t('agenda.noMedicines')),
      !compact && rest.length > 0 && list(medicines(rest, false), { name: 'medicines' }),
      ...minorList('agenda.supplements', compact ? [] : medicines(agenda.supplements, false)),
      agenda.noAllergies && paragraph(t('agenda.noAllergies')),
      ...minorList(
        'agenda.allergies',
        agenda.allergies.map((a) => clip(`${a.substance}${a.reaction ? ` (${a.reaction})` : ''}`, 'allergy')),
      ),
      ...minorList(
        'agenda.conditions',
        agenda.conditions.map((c) => clip(c, 'condition')),
      ),
    ]);
  }
  const w = agenda.whatMatters;
  if (w) {
    add('what-matters', t('agenda.whatMatters'), [pairsBlock({ goals: w.goals, worries: w.worries }, 'whatMatters')]);
  }
  if (agenda.topQuestions.length > 0) {
    const more = agenda.otherQuestions.length;
    add('questions', t('agenda.questions'), [
      list(
        agenda.topQuestions.map((q) => clip(q, 'question')),
        { ordered: true },
      ),
      more > 0 && paragraph(t('agenda.otherQuestions', { count: more })),
    ]);
  }
  for (const x of agenda.additions) {
    add('addition', x.heading, [list(x.items.map((item) => clip(item, 'addition')))], x.id);
  }
  const p = agenda.practical;
  if (p) {
    add('practical', t('agenda.practical'), [
      p.interpreter &&
        paragraph(
          p.interpreterLanguage
            ? t('agenda.interpreterIn', { language: p.interpreterLanguage })
            : t('agenda.interpreter'),
        ),
      pairsBlock({ accessibility: p.accessibility, companion: p.companion, time: p.time }, 'practical'),
    ]);
  }
  const a = agenda.after;
  if (a && !compact) {
    add('after-visit', t('agenda.after'), [
      pairsBlock(
        {
          nextSteps: a.nextSteps,
          tests: a.tests,
          results: a.results,
          followUpDate: a.followUpDate ? date(a.followUpDate) : '',
          watchFor: a.watchFor,
        },
        'after',
      ),
    ]);
  }
  return sections;
}

/** Options of `formatVisitAgendaText`: the reader's language for dates, and word limits per kind of entry. */
export type AgendaTextOptions = Pick<AgendaLayoutOptions, 'locale' | 'limits'>;

/**
 * The agenda as plain text, for copying into a portal message or a note. Labels come from `t` (the widget's
 * `sdm-visit-prep` namespace), so core ships no user-facing strings. Entries are clipped as on screen: a clipped
 * entry ends with an ellipsis and a numbered mark (`agendaText.clipMark`, "[1]"), and its whole text follows
 * under that number in a last section (`agendaText.fullText`), so nothing the patient wrote is lost.
 */
export function formatVisitAgendaText(agenda: VisitAgenda, t: Translate, options: AgendaTextOptions = {}): string {
  const lines = [`${t('agenda.title')}: ${agenda.title}`];
  if (isAgendaEmpty(agenda)) lines.push(t('agenda.empty'));
  const fullTexts: string[] = [];
  let marks = 0;
  /**
   * The mark after a clipped entry or a count of hidden items; the whole text (with its label) or the items
   * follow under the same mark in the last section.
   */
  const mark = (full: string | undefined, label: string | undefined, items: readonly string[] = []) => {
    if (full === undefined) return '';
    marks += 1;
    const m = t('agendaText.clipMark', { n: marks });
    fullTexts.push(`${m} ${label ? `${label}: ` : ''}${full}`, ...items.map((x) => `- ${x}`));
    return ` ${m}`;
  };
  const line = (x: AgendaItem, context?: string) =>
    `${x.label === undefined ? '' : `${x.label}: `}${x.text}${mark(x.full, x.label ?? context)}${
      x.flag === undefined ? '' : ` [${x.flag}]`
    }`;
  const blockLines = (b: AgendaBlock, heading: string): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [line(b)];
      case 'minor':
        return [`${b.text}:`];
      case 'pairs':
        return b.pairs.map((x) => `${x.label}: ${x.value}${mark(x.full, x.label)}`);
      case 'more':
        return [
          `${b.text}${mark(
            `${b.text}:`,
            undefined,
            b.items.map((x) => `${x.full ?? x.text}${x.flag === undefined ? '' : ` [${x.flag}]`}`),
          )}`,
        ];
      case 'group':
        return b.blocks.flatMap((x) => blockLines(x, heading));
      case 'list':
        return b.items.map((x, i) => `${b.marker ?? (b.ordered ? `${i + 1}.` : '-')} ${line(x, heading)}`);
    }
  };
  for (const section of layoutVisitAgenda(agenda, t, { ...options, plain: true })) {
    lines.push('', section.heading.toUpperCase(), ...section.blocks.flatMap((b) => blockLines(b, section.heading)));
  }
  if (fullTexts.length > 0) lines.push('', t('agendaText.fullText').toUpperCase(), ...fullTexts);
  return lines.join('\n');
}
