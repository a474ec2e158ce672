import {
  VISIT_PREP_ROW_ID_NAMES as ID,
  parseVisitPrepInput,
  SEVERITY_LEVELS,
  type SeverityLevel,
  TAKING_ANSWERS,
  type TakingAnswer,
  type VisitPrepInput,
  type VisitPrepSectionType,
  type VisitPrepTemplate,
} from '@sdmkit/core';
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import {
  type FhirParseResult,
  type FhirQuestionnaireOptions,
  type FhirReadOptions,
  type FhirResponseOptions,
  questionnaireHeader,
  responseHeader,
} from './common.js';
import {
  booleanItem,
  choiceItem,
  codec,
  type Field,
  field,
  fields,
  group,
  groupItem,
  hiddenItem,
  many,
  one,
  openChoiceItem,
  readInput,
  responseItems,
  rows,
  textItem,
  withRowIds,
} from './engine.js';
import { type DeepPartial, type LabelOptions, type VisitPrepFhirLabels, visitPrepLabels } from './labels.js';

export interface VisitPrepQuestionnaireOptions extends FhirQuestionnaireOptions, LabelOptions<VisitPrepFhirLabels> {}
export interface VisitPrepResponseOptions extends FhirResponseOptions, LabelOptions<VisitPrepFhirLabels> {}

/**
 * linkIds of the visit-prep questionnaire: `<section type>.<field>`, rows as repeating groups with a hidden row
 * id. Only the template's sections appear, in the template's order.
 */
export const VISIT_PREP_LINK_IDS = {
  step: 'step',
  completedAt: 'completed-at',
  reason: 'concerns.reason',
  concern: 'concerns.concern',
  concernId: 'concerns.concern.id',
  concernText: 'concerns.concern.text',
  /** An item of the symptom story, e.g. `symptoms.onset`. */
  symptom: (field: string) => `symptoms.${field}`,
  timeline: 'symptoms.timeline',
  /** An item of the medicines and allergies section, e.g. `medicines.allergy`. */
  medicines: (field: string) => `medicines.${field}`,
  /** An item of the what-matters section, e.g. `what-matters.goals`. */
  whatMatters: (field: string) => `what-matters.${field}`,
  question: 'questions.question',
  /** An item of the practical needs section, e.g. `practical.interpreter`. */
  practical: (field: string) => `practical.${field}`,
  /** An item of the after-visit section, e.g. `after-visit.next-steps`. */
  after: (field: string) => `after-visit.${field}`,
} as const;
const L = VISIT_PREP_LINK_IDS;

const row = (base: string, field: string) => `${base}.${field}`;

/**
 * The field table of the visit-prep questionnaire: each section's items, keyed by the input property each holds.
 * The questionnaire, the response and the reader are all made from it. Sections are read in this order.
 */
function visitPrepTable(template: VisitPrepTemplate, labels?: DeepPartial<VisitPrepFhirLabels>) {
  const t = visitPrepLabels(template.locale, labels);
  const { symptoms: s, medicines: m, practical: p, after: a } = t;
  const text = (linkId: string, label: string, type?: 'string') => field(textItem(linkId, label, type), codec.text);
  const id = (linkId: string) => field(hiddenItem(linkId), codec.id);
  const flag = (linkId: string, label: string) => field(booleanItem(linkId, label), codec.flag);
  /** Hidden: the row came from the patient's record (`fromRecord`), for the patient to check. */
  const fromRecord = (linkId: string) => field(hiddenItem(linkId, 'boolean'), codec.mark);
  const medicineRows = (base: string, label: string, list: 'medicines' | 'supplements') =>
    rows(
      base,
      label,
      fields({
        id: id(row(base, 'id')),
        name: text(row(base, 'name'), m.name, 'string'),
        dose: text(row(base, 'dose'), m.dose, 'string'),
        frequency: text(row(base, 'frequency'), m.frequency, 'string'),
        reason: text(row(base, 'reason'), m.reason, 'string'),
        taking: field(
          choiceItem(
            row(base, 'taking'),
            m.taking,
            TAKING_ANSWERS.map((c) => ({ code: c, display: t.taking[c] })),
          ),
          one<TakingAnswer | null>('coding', null),
        ),
        fromRecord: fromRecord(row(base, 'from-record')),
      }),
      withRowIds(ID[list]),
    );
  const areas = many('string');
  const allergy = L.medicines('allergy');
  const condition = L.medicines('condition');
  const sections = {
    concerns: fields({
      reason: text(L.reason, t.reason),
      concerns: rows(
        L.concern,
        t.concern,
        fields({ id: id(L.concernId), text: text(L.concernText, t.concernText) }),
        withRowIds(ID.concerns),
      ),
    }),
    symptoms: fields({
      symptoms: fields({
        what: text(L.symptom('what'), s.what),
        where: text(L.symptom('where'), s.where),
        bodyAreas: field(openChoiceItem(L.symptom('body-areas'), s.bodyAreas, template.lists?.bodyAreas ?? [], true), {
          ...areas,
          write: (v) => areas.write(v?.filter((b) => b !== '')),
        }),
        // Patients may leave a date half typed; it is kept as typed, so dates travel as text (YYYY-MM-DD).
        onset: text(L.symptom('onset'), s.onset, 'string'),
        timeline: rows(
          L.timeline,
          s.timeline,
          fields({
            id: id(row(L.timeline, 'id')),
            date: text(row(L.timeline, 'date'), s.timelineDate, 'string'),
            note: text(row(L.timeline, 'note'), s.timelineNote),
          }),
          withRowIds(ID.timeline),
        ),
        better: text(L.symptom('better'), s.better),
        worse: text(L.symptom('worse'), s.worse),
        severity: field(
          choiceItem(
            L.symptom('severity'),
            s.severity,
            SEVERITY_LEVELS.map((c) => ({ code: c, display: t.severity[c] })),
          ),
          one<SeverityLevel | null>('coding', null),
        ),
        tried: text(L.symptom('tried'), s.tried),
      }),
    }),
    medicines: fields({
      noMedicines: flag(L.medicines('none'), m.none),
      medicines: medicineRows(L.medicines('medicine'), m.medicine, 'medicines'),
      supplements: medicineRows(L.medicines('supplement'), m.supplement, 'supplements'),
      noAllergies: flag(L.medicines('no-allergies'), m.noAllergies),
      allergies: rows(
        allergy,
        m.allergy,
        fields({
          id: id(row(allergy, 'id')),
          substance: text(row(allergy, 'substance'), m.substance, 'string'),
          reaction: text(row(allergy, 'reaction'), m.reaction, 'string'),
          fromRecord: fromRecord(row(allergy, 'from-record')),
        }),
        withRowIds(ID.allergies),
      ),
      conditions: rows(
        condition,
        m.condition,
        fields({
          id: id(row(condition, 'id')),
          name: text(row(condition, 'name'), m.conditionName, 'string'),
          fromRecord: fromRecord(row(condition, 'from-record')),
        }),
        withRowIds(ID.conditions),
      ),
    }),
    'what-matters': fields({
      whatMatters: fields({
        goals: text(L.whatMatters('goals'), t.whatMatters.goals),
        worries: text(L.whatMatters('worries'), t.whatMatters.worries),
      }),
    }),
    questions: fields({
      questions: rows(
        L.question,
        t.question,
        fields({
          id: id(row(L.question, 'id')),
          text: text(row(L.question, 'text'), t.questionText),
          suggestionId: field(
            hiddenItem(row(L.question, 'suggestion-id')),
            one<string | undefined>('string', undefined),
          ),
        }),
        withRowIds(ID.questions),
      ),
    }),
    practical: fields({
      practical: fields({
        interpreter: flag(L.practical('interpreter'), p.interpreter),
        interpreterLanguage: text(L.practical('interpreter-language'), p.interpreterLanguage, 'string'),
        accessibility: text(L.practical('accessibility'), p.accessibility),
        companion: text(L.practical('companion'), p.companion),
        time: text(L.practical('time'), p.time),
        none: flag(L.practical('none'), p.none),
      }),
    }),
    'after-visit': fields({
      after: fields({
        nextSteps: text(L.after('next-steps'), a.nextSteps),
        tests: text(L.after('tests'), a.tests),
        results: text(L.after('results'), a.results),
        followUpDate: text(L.after('follow-up-date'), a.followUpDate, 'string'),
        watchFor: text(L.after('watch-for'), a.watchFor),
      }),
    }),
  } satisfies Record<VisitPrepSectionType, unknown>;
  const rest = fields({
    step: field(hiddenItem(L.step), one<VisitPrepInput['step']>('string', null)),
    completedAt: field(hiddenItem(L.completedAt, 'dateTime'), one<string | null>('dateTime', null)),
  });
  return { sections, rest };
}

/** A visit-prep template as a FHIR R4 Questionnaire: one group per template section, in the template's order. */
export function visitPrepQuestionnaire(
  template: VisitPrepTemplate,
  options: VisitPrepQuestionnaireOptions,
): Questionnaire {
  const { sections, rest } = visitPrepTable(template, options.labels);
  return {
    ...questionnaireHeader('visit-prep', template, options, template.title, template.intro),
    item: [
      ...template.sections.map((section) => {
        const intro = section.prompt ?? section.help;
        return {
          ...groupItem(section.type, section.title, [
            ...(intro ? [{ linkId: `${section.type}.intro`, text: intro, type: 'display' as const }] : []),
            ...sections[section.type].items,
          ]),
          ...(section.required ? { required: true } : {}),
        };
      }),
      ...rest.items,
    ],
  };
}

/**
 * The patient's answers as a QuestionnaireResponse: `completed` once the patient finished (`completedAt`, which
 * the widget only sets when nothing required is missing), `in-progress` before. Answers to sections the template
 * does not show are not part of the questionnaire and are left out.
 */
export function visitPrepQuestionnaireResponse(
  template: VisitPrepTemplate,
  input: VisitPrepInput,
  options: VisitPrepResponseOptions,
): QuestionnaireResponse {
  const q = visitPrepQuestionnaire(template, options);
  const { sections, rest } = visitPrepTable(template);
  const nodes = [
    ...template.sections.map((s) => ({ linkId: s.type, items: sections[s.type].write(input) })),
    ...rest.write(input),
  ];
  return {
    ...responseHeader(q, input.completedAt ? 'completed' : 'in-progress', options, input.completedAt),
    item: responseItems(q.item ?? [], nodes),
  };
}

/**
 * Reads a QuestionnaireResponse to this template's questionnaire back into visit-prep input, checked with
 * `parseVisitPrepInput`. Sections the template does not show come back empty. Never throws.
 */
export function visitPrepInputFromQuestionnaireResponse(
  template: VisitPrepTemplate,
  response: unknown,
  options: FhirReadOptions = {},
): FhirParseResult<VisitPrepInput> {
  return readInput(
    'visit-prep',
    template.id,
    (canonicalBase) => visitPrepQuestionnaire(template, { canonicalBase }),
    (nodes, at, issues) => {
      const { sections, rest } = visitPrepTable(template);
      const all: Field<object>[] = [
        ...Object.entries(sections).map(([type, f]) => group<object>(type, undefined, f)),
        rest,
      ];
      return Object.assign({}, ...all.map((f) => f.read(nodes, at, issues)));
    },
    response,
    options,
    (raw) => parseVisitPrepInput(raw, template),
  );
}
