import type { Translate } from '../i18n/widget-i18n.js';
import type { AgendaAddition } from './additions.js';
import type { SeverityLevel, TakingAnswer, VisitPrepInput } from './input.js';
import { countWords, sectionHasAnswer, selectAgendaWords, selectTimeline } from './selectors.js';
import type { VisitPrepSectionType, VisitPrepTemplate, VisitType } from './template.js';

/** How many concerns and questions the clinician sees first. */
export const AGENDA_TOP_COUNT = 3;

export interface AgendaText {
  readonly text: string;
  readonly words: number;
  /** Over its word limit: kept in full and flagged. */
  readonly overLimit: boolean;
}

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
  readonly text: string;
  /** Shown before the text: "Reason: …", a timeline entry's date. */
  readonly label?: string | undefined;
  /** The translated over-limit note, when the text is over its word limit (the text is kept in full). */
  readonly flag?: string | undefined;
}

export interface AgendaPair {
  readonly label: string;
  readonly value: string;
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

export interface AgendaLayoutOptions {
  /** The 30-second view: only the number of other concerns; no symptom detail, medicine list or after-visit. */
  readonly compact?: boolean | undefined;
  /** For plain text: the word count when over the agenda limit, and the timeline among the symptom fields. */
  readonly plain?: boolean | undefined;
}

/**
 * The agenda laid out as translated sections of simple blocks, in reading order: the one description of what
 * the clinician reads, rendered both on screen and as plain text. Pure and serialisable; empty parts are left out.
 */
export function layoutVisitAgenda(
  agenda: VisitAgenda,
  t: Translate,
  { compact = false, plain = false }: AgendaLayoutOptions = {},
): AgendaSection[] {
  const sections: AgendaSection[] = [];
  const add = (part: string, heading: string, blocks: (AgendaBlock | false)[], id?: string) => {
    sections.push({ part, id, heading, blocks: blocks.filter((b) => b !== false) });
  };
  const flagged = (x: AgendaText): AgendaItem => ({
    text: x.text,
    flag: x.overLimit ? t(plain ? 'agendaText.overLimit' : 'agenda.overLimit') : undefined,
  });
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
  const minorList = (key: string, items: readonly string[]): AgendaBlock[] =>
    items.length > 0 ? [minor(key), list(items)] : [];
  /** Label–value pairs with a value, labelled `agenda.<key>`, in the order given. */
  const pairs = (fields: Record<string, string>): AgendaPair[] =>
    Object.entries(fields)
      .filter(([, value]) => value)
      .map(([key, value]) => ({ label: t(`agenda.${key}`), value }));
  const pairsBlock = (fields: Record<string, string>): AgendaBlock => ({ kind: 'pairs', pairs: pairs(fields) });
  const medicines = (list: readonly AgendaMedicine[]) => list.map((m) => formatAgendaMedicine(m, t));

  if (agenda.reason || agenda.topConcerns.length > 0) {
    const others = agenda.otherConcerns;
    const othersText = t('agenda.otherConcerns', { count: others.length });
    const { count, limit, overLimit } = agenda.words;
    add('concerns', t('agenda.concerns'), [
      !!agenda.reason && { kind: 'paragraph', name: 'reason', label: t('agenda.reason'), ...flagged(agenda.reason) },
      agenda.topConcerns.length > 0 && list(agenda.topConcerns.map(flagged), { ordered: true, name: 'concerns' }),
      ...(others.length === 0
        ? []
        : compact
          ? [paragraph(othersText)]
          : [paragraph(`${othersText}:`), list(others.map(flagged))]),
      plain && overLimit && paragraph(`[${t('agendaText.agendaOverLimit', { count, limit })}]`),
    ]);
  }
  const s = agenda.symptoms;
  if (s) {
    const main = pairs({
      what: s.what,
      where: [s.where, ...s.bodyAreas].filter(Boolean).join(', '),
      onset: s.onset,
      severity: s.severity ? t(`severity.${s.severity}`) : '',
    });
    const detail = compact ? [] : pairs({ better: s.better, worse: s.worse, tried: s.tried });
    const timeline: AgendaBlock[] =
      s.timeline.length > 0
        ? [
            minor('agenda.timeline'),
            list(
              s.timeline.map((e) => ({
                label: e.date || t(plain ? 'agendaText.noDate' : 'symptoms.noDate'),
                text: e.note,
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
    agenda.noMedicines ||
    agenda.noAllergies
  ) {
    add('medicines', t('agenda.medicines'), [
      agenda.medicineChanges.length > 0 && {
        kind: 'group',
        name: 'changes',
        blocks: [minor('agenda.medicineChanges'), list(medicines(agenda.medicineChanges), { marker: '!' })],
      },
      agenda.noMedicines && paragraph(t('agenda.noMedicines')),
      !compact && agenda.medicines.length > 0 && list(medicines(agenda.medicines), { name: 'medicines' }),
      ...minorList('agenda.supplements', compact ? [] : medicines(agenda.supplements)),
      agenda.noAllergies && paragraph(t('agenda.noAllergies')),
      ...minorList(
        'agenda.allergies',
        agenda.allergies.map((a) => `${a.substance}${a.reaction ? ` (${a.reaction})` : ''}`),
      ),
    ]);
  }
  const w = agenda.whatMatters;
  if (w) {
    add('what-matters', t('agenda.whatMatters'), [pairsBlock({ goals: w.goals, worries: w.worries })]);
  }
  if (agenda.topQuestions.length > 0) {
    const more = agenda.otherQuestions.length;
    add('questions', t('agenda.questions'), [
      list(agenda.topQuestions, { ordered: true }),
      more > 0 && paragraph(t('agenda.otherQuestions', { count: more })),
    ]);
  }
  for (const x of agenda.additions) add('addition', x.heading, [list(x.items)], x.id);
  const p = agenda.practical;
  if (p) {
    add('practical', t('agenda.practical'), [
      p.interpreter &&
        paragraph(
          p.interpreterLanguage
            ? t('agenda.interpreterIn', { language: p.interpreterLanguage })
            : t('agenda.interpreter'),
        ),
      pairsBlock({ accessibility: p.accessibility, companion: p.companion, time: p.time }),
    ]);
  }
  const a = agenda.after;
  if (a && !compact) {
    add('after-visit', t('agenda.after'), [
      pairsBlock({
        nextSteps: a.nextSteps,
        tests: a.tests,
        results: a.results,
        followUpDate: a.followUpDate,
        watchFor: a.watchFor,
      }),
    ]);
  }
  return sections;
}

/**
 * The agenda as plain text, for copying into a portal message or a note. Labels come from `t` (the widget's
 * `sdm-visit-prep` namespace), so core ships no user-facing strings.
 */
export function formatVisitAgendaText(agenda: VisitAgenda, t: Translate): string {
  const lines = [`${t('agenda.title')}: ${agenda.title}`];
  if (isAgendaEmpty(agenda)) lines.push(t('agenda.empty'));
  const line = (x: AgendaItem) =>
    `${x.label === undefined ? '' : `${x.label}: `}${x.text}${x.flag === undefined ? '' : ` [${x.flag}]`}`;
  const blockLines = (b: AgendaBlock): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [line(b)];
      case 'minor':
        return [`${b.text}:`];
      case 'pairs':
        return b.pairs.map((x) => `${x.label}: ${x.value}`);
      case 'group':
        return b.blocks.flatMap(blockLines);
      case 'list':
        return b.items.map((x, i) => `${b.marker ?? (b.ordered ? `${i + 1}.` : '-')} ${line(x)}`);
    }
  };
  for (const section of layoutVisitAgenda(agenda, t, { plain: true })) {
    lines.push('', section.heading.toUpperCase(), ...section.blocks.flatMap(blockLines));
  }
  return lines.join('\n');
}
