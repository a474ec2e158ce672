import type { Translate } from '../i18n/widget-i18n.js';
import type { AgendaAddition } from './additions.js';
import type { SeverityLevel, TakingAnswer, VisitPrepInput } from './input.js';
import { countWords, selectAgendaWords, selectTimeline } from './selectors.js';
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
  const s = input.symptoms;
  const symptomsShown =
    shown.has('symptoms') &&
    ([s.what, s.where, s.onset, s.better, s.worse, s.tried].some(has) ||
      s.bodyAreas.length > 0 ||
      s.severity !== null ||
      s.timeline.some((e) => has(e.note) || has(e.date)));
  const med = (m: VisitPrepInput['medicines'][number]): AgendaMedicine => ({
    name: clean(m.name),
    dose: clean(m.dose),
    frequency: clean(m.frequency),
    reason: clean(m.reason),
    taking: m.taking,
  });
  const medicines = shown.has('medicines') ? input.medicines.filter((m) => has(m.name)).map(med) : [];
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
    symptoms: symptomsShown
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
    supplements: shown.has('medicines') ? input.supplements.filter((m) => has(m.name)).map(med) : [],
    noMedicines: shown.has('medicines') && input.noMedicines && medicines.length === 0,
    allergies: shown.has('medicines')
      ? input.allergies
          .filter((x) => has(x.substance))
          .map((x) => ({ substance: clean(x.substance), reaction: clean(x.reaction) }))
      : [],
    noAllergies: shown.has('medicines') && input.noAllergies && !input.allergies.some((x) => has(x.substance)),
    whatMatters:
      shown.has('what-matters') && (has(input.whatMatters.goals) || has(input.whatMatters.worries))
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
    after:
      shown.has('after-visit') && Object.values(a).some(has)
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

/**
 * The agenda as plain text, for copying into a portal message or a note. Labels come from `t` (the widget's
 * `sdm-visit-prep` namespace), so core ships no user-facing strings.
 */
export function formatVisitAgendaText(agenda: VisitAgenda, t: Translate): string {
  const lines: string[] = [];
  const heading = (key: string) => {
    if (lines.length > 0) lines.push('');
    lines.push(t(key).toUpperCase());
  };
  const field = (key: string, value: string) => {
    if (value) lines.push(`${t(key)}: ${value}`);
  };
  const flag = (x: AgendaText) => (x.overLimit ? ` [${t('agendaText.overLimit')}]` : '');

  lines.push(`${t('agenda.title')}: ${agenda.title}`);
  if (isAgendaEmpty(agenda)) {
    lines.push(t('agenda.empty'));
    return lines.join('\n');
  }
  if (agenda.reason || agenda.topConcerns.length > 0) {
    heading('agenda.concerns');
    if (agenda.reason) lines.push(`${t('agenda.reason')}: ${agenda.reason.text}${flag(agenda.reason)}`);
    agenda.topConcerns.forEach((c, i) => {
      lines.push(`${i + 1}. ${c.text}${flag(c)}`);
    });
    if (agenda.otherConcerns.length > 0) {
      lines.push(`${t('agenda.otherConcerns', { count: agenda.otherConcerns.length })}:`);
      for (const c of agenda.otherConcerns) lines.push(`- ${c.text}${flag(c)}`);
    }
    if (agenda.words.overLimit)
      lines.push(`[${t('agendaText.agendaOverLimit', { count: agenda.words.count, limit: agenda.words.limit })}]`);
  }
  const s = agenda.symptoms;
  if (s) {
    heading('agenda.symptoms');
    field('agenda.what', s.what);
    field('agenda.where', [s.where, ...s.bodyAreas].filter(Boolean).join(', '));
    field('agenda.onset', s.onset);
    if (s.severity) field('agenda.severity', t(`severity.${s.severity}`));
    if (s.timeline.length > 0) {
      lines.push(`${t('agenda.timeline')}:`);
      for (const e of s.timeline) lines.push(`- ${e.date || t('agendaText.noDate')}: ${e.note}`);
    }
    field('agenda.better', s.better);
    field('agenda.worse', s.worse);
    field('agenda.tried', s.tried);
  }
  if (
    agenda.medicines.length > 0 ||
    agenda.supplements.length > 0 ||
    agenda.allergies.length > 0 ||
    agenda.noMedicines ||
    agenda.noAllergies
  ) {
    heading('agenda.medicines');
    if (agenda.medicineChanges.length > 0) {
      lines.push(`${t('agenda.medicineChanges')}:`);
      for (const m of agenda.medicineChanges) lines.push(`! ${formatAgendaMedicine(m, t)}`);
    }
    if (agenda.noMedicines) lines.push(t('agenda.noMedicines'));
    for (const m of agenda.medicines) lines.push(`- ${formatAgendaMedicine(m, t)}`);
    if (agenda.supplements.length > 0) {
      lines.push(`${t('agenda.supplements')}:`);
      for (const m of agenda.supplements) lines.push(`- ${formatAgendaMedicine(m, t)}`);
    }
    if (agenda.noAllergies) lines.push(t('agenda.noAllergies'));
    if (agenda.allergies.length > 0) {
      lines.push(`${t('agenda.allergies')}:`);
      for (const a of agenda.allergies) lines.push(`- ${a.substance}${a.reaction ? ` (${a.reaction})` : ''}`);
    }
  }
  if (agenda.whatMatters) {
    heading('agenda.whatMatters');
    field('agenda.goals', agenda.whatMatters.goals);
    field('agenda.worries', agenda.whatMatters.worries);
  }
  if (agenda.topQuestions.length > 0) {
    heading('agenda.questions');
    agenda.topQuestions.forEach((q, i) => {
      lines.push(`${i + 1}. ${q}`);
    });
    if (agenda.otherQuestions.length > 0)
      lines.push(t('agenda.otherQuestions', { count: agenda.otherQuestions.length }));
  }
  for (const x of agenda.additions) {
    if (lines.length > 0) lines.push('');
    lines.push(x.heading.toUpperCase());
    for (const item of x.items) lines.push(`- ${item}`);
  }
  const p = agenda.practical;
  if (p) {
    heading('agenda.practical');
    if (p.interpreter)
      lines.push(
        p.interpreterLanguage
          ? t('agenda.interpreterIn', { language: p.interpreterLanguage })
          : t('agenda.interpreter'),
      );
    field('agenda.accessibility', p.accessibility);
    field('agenda.companion', p.companion);
    field('agenda.time', p.time);
  }
  const a = agenda.after;
  if (a) {
    heading('agenda.after');
    field('agenda.nextSteps', a.nextSteps);
    field('agenda.tests', a.tests);
    field('agenda.results', a.results);
    field('agenda.followUpDate', a.followUpDate);
    field('agenda.watchFor', a.watchFor);
  }
  return lines.join('\n');
}
