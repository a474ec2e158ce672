import { MAX_VISIT_PREP_ROWS, type TimelineEntry, type VisitPrepInput } from './input.js';
import type { VisitPrepSectionType, VisitPrepTemplate } from './schema.js';

/** The lists the patient adds rows to. */
export type VisitPrepRowList =
  | 'concerns'
  | 'timeline'
  | 'medicines'
  | 'supplements'
  | 'allergies'
  | 'conditions'
  | 'questions';

/** Most rows a list takes: `MAX_VISIT_PREP_ROWS`, or for concerns the template's `maxConcerns` when it is lower. */
export function selectRowLimit(template: VisitPrepTemplate, list: VisitPrepRowList): number {
  const max = list === 'concerns' ? template.limits.maxConcerns : undefined;
  return max === undefined ? MAX_VISIT_PREP_ROWS : Math.min(max, MAX_VISIT_PREP_ROWS);
}

/** Whether one more row fits in a list. When it does not, the store's add action refuses (returns `''` or null). */
export function selectCanAddRow(template: VisitPrepTemplate, input: VisitPrepInput, list: VisitPrepRowList): boolean {
  const rows = list === 'timeline' ? input.symptoms.timeline : input[list];
  return rows.length < selectRowLimit(template, list);
}

/** Words in a text: runs of non-space characters. Works for English, Spanish and Arabic. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** A text's word count against a limit (see `checkWords`). */
export interface WordCheck {
  readonly words: number;
  readonly limit: number;
  /** True when the text is longer than the limit. The text itself is always kept as typed. */
  readonly over: boolean;
}

/** Counts the words in a text (`countWords`) and compares them with `limit`: `over` when there are more. */
export function checkWords(text: string, limit: number): WordCheck {
  const words = countWords(text);
  return { words, limit, over: words > limit };
}

/** Word counts for the part the clinician reads first: the reason and the concerns. */
export interface AgendaWordCheck extends WordCheck {
  readonly reason: WordCheck;
  readonly concerns: readonly (WordCheck & { readonly id: string })[];
}

/**
 * Word counts of the reason (against the lower of `answerWords` and `agendaWords`), each concern (against
 * `concernWords`) and both together (against `agendaWords`), from the template's limits.
 */
export function selectAgendaWords(template: VisitPrepTemplate, input: VisitPrepInput): AgendaWordCheck {
  return createAgendaWords()(template, input);
}

/**
 * A calculator of `selectAgendaWords` that counts a concern's words once while the concern is unchanged (input is
 * never mutated, so an untouched concern keeps its object) and gives back the same object while the reason, the
 * concerns and the template are the same: a keystroke in one of 200 concerns counts one concern's words, not 200
 * (issue 17). Make one per reader.
 */
export function createAgendaWords(): (template: VisitPrepTemplate, input: VisitPrepInput) => AgendaWordCheck {
  let counted = new WeakMap<VisitPrepInput['concerns'][number], WordCheck & { readonly id: string }>();
  let last: { template: VisitPrepTemplate; reason: string; concerns: unknown; result: AgendaWordCheck } | undefined;
  return (template, input) => {
    if (last?.template === template && last.reason === input.reason && last.concerns === input.concerns) {
      return last.result;
    }
    if (last?.template !== template) counted = new WeakMap();
    const { agendaWords, concernWords, answerWords } = template.limits;
    const reason = checkWords(input.reason, Math.min(answerWords, agendaWords));
    const concerns = input.concerns.map((c) => {
      let check = counted.get(c);
      if (!check) {
        check = { id: c.id, ...checkWords(c.text, concernWords) };
        counted.set(c, check);
      }
      return check;
    });
    const words = reason.words + concerns.reduce((sum, c) => sum + c.words, 0);
    const result = { words, limit: agendaWords, over: words > agendaWords, reason, concerns };
    last = { template, reason: input.reason, concerns: input.concerns, result };
    return result;
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isValidDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The patient's local calendar date as `YYYY-MM-DD`. */
export function localIsoDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** Codes only: the widget translates them into the patient's language. */
export type DateProblemCode = 'invalid' | 'future';
/** Which date a `DateProblem` is in: the symptom onset, a timeline entry or the follow-up date. */
export type DateField = 'onset' | 'timeline' | 'followUpDate';

/** A date in the input that is not a real `YYYY-MM-DD` date, or is in the future where it cannot be. */
export interface DateProblem {
  readonly field: DateField;
  /** Row id for timeline entries. */
  readonly id?: string;
  readonly code: DateProblemCode;
  readonly value: string;
}

/** Checks one date. Empty is fine (dates are optional). */
export function checkDate(
  value: string,
  options: { readonly today: string; readonly allowFuture: boolean },
): DateProblemCode | null {
  if (value.trim() === '') return null;
  if (!isValidDate(value)) return 'invalid';
  if (!options.allowFuture && value > options.today) return 'future';
  return null;
}

/** Checks a timeline entry's date against `day` (`YYYY-MM-DD`): symptom dates cannot be in the future. */
type EntryDateCheck = (entry: TimelineEntry, day: string) => DateProblemCode | null;

const checkEntryDate: EntryDateCheck = (entry, day) => checkDate(entry.date, { today: day, allowFuture: false });

/** Every date problem in the input. Symptom dates cannot be in the future; the follow-up date can. */
export function selectDateProblems(input: VisitPrepInput, today: Date): DateProblem[] {
  return dateProblemsOf(input, today, checkEntryDate);
}

function dateProblemsOf(input: VisitPrepInput, today: Date, checkEntry: EntryDateCheck): DateProblem[] {
  const day = localIsoDate(today);
  const out: DateProblem[] = [];
  const onset = checkDate(input.symptoms.onset, { today: day, allowFuture: false });
  if (onset) out.push({ field: 'onset', code: onset, value: input.symptoms.onset });
  for (const e of input.symptoms.timeline) {
    const code = checkEntry(e, day);
    if (code) out.push({ field: 'timeline', id: e.id, code, value: e.date });
  }
  const follow = checkDate(input.after.followUpDate, { today: day, allowFuture: true });
  if (follow) out.push({ field: 'followUpDate', code: follow, value: input.after.followUpDate });
  return out;
}

/**
 * Timeline entries oldest first. Entries without a valid date keep their typed order and come last, so
 * nothing is hidden.
 */
export function selectTimeline(input: VisitPrepInput): TimelineEntry[] {
  return sortTimeline(input.symptoms.timeline, (e) => isValidDate(e.date));
}

function sortTimeline(timeline: readonly TimelineEntry[], dated: (entry: TimelineEntry) => boolean): TimelineEntry[] {
  const withDate = timeline.filter(dated);
  const undated = timeline.filter((e) => !dated(e));
  // Array.prototype.sort is stable, so entries on the same day keep their order.
  return [...withDate.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), ...undated];
}

/**
 * A calculator of the timeline's entry ids in `selectTimeline`'s order (oldest first, then the entries without a
 * valid date as typed). It gives back the same array while the order is the same (a note typed, not a date), and
 * checks an entry's date once while the entry is unchanged (input is never mutated, so an untouched entry keeps its
 * object): a keystroke in one entry of a 200-entry timeline gives its readers no new order and checks one date, not
 * 200 (issue 17). Make one per reader (it remembers the last timeline it was given); pair it with a reader of each
 * entry by id.
 */
export function createTimelineOrder(): (timeline: readonly TimelineEntry[]) => readonly string[] {
  const checked = new WeakMap<TimelineEntry, boolean>();
  const dated = (entry: TimelineEntry) => {
    if (!checked.has(entry)) checked.set(entry, isValidDate(entry.date));
    return checked.get(entry) === true;
  };
  let last: readonly TimelineEntry[] | undefined;
  let ids: readonly string[] = [];
  return (timeline) => {
    if (timeline !== last) {
      const next = sortTimeline(timeline, dated).map((e) => e.id);
      if (!sameParts(ids, next)) ids = next;
      last = timeline;
    }
    return ids;
  };
}

const filled = (s: string) => s.trim().length > 0;

/** True when a section has any answer. */
export function sectionHasAnswer(type: VisitPrepSectionType, input: VisitPrepInput): boolean {
  switch (type) {
    case 'concerns':
      return filled(input.reason) || input.concerns.some((c) => filled(c.text));
    case 'symptoms': {
      const s = input.symptoms;
      return (
        [s.what, s.where, s.onset, s.better, s.worse, s.tried].some(filled) ||
        s.bodyAreas.length > 0 ||
        s.severity !== null ||
        s.timeline.some((e) => filled(e.note) || filled(e.date))
      );
    }
    case 'medicines':
      return (
        input.noMedicines ||
        input.noAllergies ||
        input.medicines.some((m) => filled(m.name)) ||
        input.supplements.some((m) => filled(m.name)) ||
        input.allergies.some((a) => filled(a.substance)) ||
        input.conditions.some((c) => filled(c.name))
      );
    case 'what-matters':
      return filled(input.whatMatters.goals) || filled(input.whatMatters.worries);
    case 'questions':
      return input.questions.some((q) => filled(q.text));
    case 'practical': {
      const p = input.practical;
      return p.none || p.interpreter || [p.interpreterLanguage, p.accessibility, p.companion, p.time].some(filled);
    }
    case 'after-visit':
      return Object.values(input.after).some(filled);
  }
}

function sectionOverLimit(type: VisitPrepSectionType, template: VisitPrepTemplate, input: VisitPrepInput): boolean {
  const limit = template.limits.answerWords;
  const over = (...texts: string[]) => texts.some((t) => countWords(t) > limit);
  switch (type) {
    case 'concerns': {
      const w = selectAgendaWords(template, input);
      return w.over || w.reason.over || w.concerns.some((c) => c.over);
    }
    case 'symptoms': {
      const s = input.symptoms;
      return over(s.what, s.where, s.better, s.worse, s.tried, ...s.timeline.map((e) => e.note));
    }
    case 'medicines':
      return false;
    case 'what-matters':
      return over(input.whatMatters.goals, input.whatMatters.worries);
    case 'questions':
      return over(...input.questions.map((q) => q.text));
    case 'practical':
      return over(input.practical.accessibility, input.practical.companion, input.practical.time);
    case 'after-visit':
      return over(input.after.nextSteps, input.after.tests, input.after.results, input.after.watchFor);
  }
}

/** Where one section of the template stands: its title, whether it is required and whether it has an answer. */
export interface SectionProgress {
  readonly type: VisitPrepSectionType;
  readonly title: string;
  readonly required: boolean;
  readonly answered: boolean;
  /** Text over a word limit or a date problem: shown, never blocking typing. */
  readonly needsAttention: boolean;
}

/** Where one section stands, with the input's date problems already worked out. */
function sectionProgressOf(
  s: VisitPrepTemplate['sections'][number],
  template: VisitPrepTemplate,
  input: VisitPrepInput,
  dates: readonly DateProblem[],
): SectionProgress {
  return {
    type: s.type,
    title: s.title,
    required: s.required === true,
    answered: sectionHasAnswer(s.type, input),
    needsAttention:
      sectionOverLimit(s.type, template, input) ||
      (s.type === 'symptoms' && dates.some((d) => d.field !== 'followUpDate')) ||
      (s.type === 'after-visit' && dates.some((d) => d.field === 'followUpDate')),
  };
}

/** The progress of each section, in the template's order; dates are checked against `today`. */
export function selectSectionProgress(
  template: VisitPrepTemplate,
  input: VisitPrepInput,
  today: Date,
): SectionProgress[] {
  const dates = selectDateProblems(input, today);
  return template.sections.map((s) => sectionProgressOf(s, template, input, dates));
}

/** How complete the input is: sections answered out of the total, what is missing, and whether it can be finished. */
export interface VisitPrepCompletion {
  readonly answered: number;
  readonly total: number;
  /** Required sections with no answer yet. */
  readonly missing: readonly VisitPrepSectionType[];
  readonly dateProblems: readonly DateProblem[];
  /** True when nothing required is missing and every date is valid. Over-long text does not block. */
  readonly canFinish: boolean;
}

function completionOf(sections: readonly SectionProgress[], dateProblems: readonly DateProblem[]): VisitPrepCompletion {
  const missing = sections.filter((s) => s.required && !s.answered).map((s) => s.type);
  return {
    answered: sections.filter((s) => s.answered).length,
    total: sections.length,
    missing,
    dateProblems,
    canFinish: missing.length === 0 && dateProblems.length === 0,
  };
}

/**
 * How complete the input is for this template: sections answered, required sections with no answer, date
 * problems (checked against `today`), and `canFinish` when there are neither.
 */
export function selectCompletion(template: VisitPrepTemplate, input: VisitPrepInput, today: Date): VisitPrepCompletion {
  const dateProblems = selectDateProblems(input, today);
  return completionOf(
    template.sections.map((s) => sectionProgressOf(s, template, input, dateProblems)),
    dateProblems,
  );
}

/** Section progress, completion and date problems of one input, as `createVisitPrepProgress` gives them together. */
export interface VisitPrepProgress {
  readonly sections: readonly SectionProgress[];
  readonly completion: VisitPrepCompletion;
  readonly dateProblems: readonly DateProblem[];
}

/** The parts of the input a section's progress reads (its answer and its word limits), by their keys. */
const SECTION_PARTS: { readonly [T in VisitPrepSectionType]: readonly (keyof VisitPrepInput)[] } = {
  concerns: ['reason', 'concerns'],
  symptoms: ['symptoms'],
  medicines: ['noMedicines', 'noAllergies', 'medicines', 'supplements', 'allergies', 'conditions'],
  'what-matters': ['whatMatters'],
  questions: ['questions'],
  practical: ['practical'],
  'after-visit': ['after'],
};

const sameDateProblems = (a: readonly DateProblem[], b: readonly DateProblem[]) =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i] as DateProblem;
    return x.field === y.field && x.id === y.id && x.code === y.code && x.value === y.value;
  });

const sameParts = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * A calculator of `VisitPrepProgress` that works out again only what an edit can change: a section's progress
 * when the parts of the input it reads change (input is never mutated, so an untouched list keeps its array), the
 * date problems when a date, the timeline or the day changes. With nothing changed it returns the same object, so
 * a store selector can return it. A keystroke in one of 200 medicines then checks neither the 200 timeline dates
 * nor the words of 200 questions (issue 17). Make one per reader (it remembers the last input it was given);
 * it gives the same values as `selectSectionProgress`, `selectCompletion` and `selectDateProblems`.
 */
export function createVisitPrepProgress(): (
  template: VisitPrepTemplate,
  input: VisitPrepInput,
  today: Date,
) => VisitPrepProgress {
  let lastTemplate: VisitPrepTemplate | undefined;
  // Each timeline entry's date check, by entry and day: an edit re-checks only the entries it changed.
  const entryChecks = new WeakMap<TimelineEntry, { readonly day: string; readonly code: DateProblemCode | null }>();
  const checkEntry: EntryDateCheck = (entry, day) => {
    const known = entryChecks.get(entry);
    if (known?.day === day) return known.code;
    const code = checkEntryDate(entry, day);
    entryChecks.set(entry, { day, code });
    return code;
  };
  let dateParts: readonly unknown[] = [];
  let dates: readonly DateProblem[] = [];
  const parts: (readonly unknown[])[] = [];
  let result: VisitPrepProgress | undefined;
  return (template, input, today) => {
    const fresh = template !== lastTemplate || result === undefined;
    lastTemplate = template;
    const nextDateParts = [
      localIsoDate(today),
      input.symptoms.onset,
      input.symptoms.timeline,
      input.after.followUpDate,
    ];
    let datesChanged = fresh;
    if (fresh || !sameParts(dateParts, nextDateParts)) {
      const next = dateProblemsOf(input, today, checkEntry);
      // The same problems (a timeline note typed, not a date): keep the old array.
      if (fresh || !sameDateProblems(dates, next)) {
        dates = next;
        datesChanged = true;
      }
    }
    dateParts = nextDateParts;
    let changed = datesChanged;
    const sections = template.sections.map((s, i) => {
      const nextParts = SECTION_PARTS[s.type].map((k) => input[k]);
      const known = result?.sections[i];
      const keep = !fresh && !datesChanged && known !== undefined && sameParts(parts[i] ?? [], nextParts);
      parts[i] = nextParts;
      if (keep) return known;
      const next = sectionProgressOf(s, template, input, dates);
      // Same values as before: keep the old object, so readers of one section see no change.
      if (
        known !== undefined &&
        !fresh &&
        known.answered === next.answered &&
        known.needsAttention === next.needsAttention
      )
        return known;
      changed = true;
      return next;
    });
    if (!changed && result) return result;
    result = { sections, completion: completionOf(sections, dates), dateProblems: dates };
    return result;
  };
}
