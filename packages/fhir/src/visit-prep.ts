import {
  emptyVisitPrepInput,
  type Medicine,
  parseVisitPrepInput,
  SEVERITY_LEVELS,
  TAKING_ANSWERS,
  type VisitPrepInput,
  type VisitPrepSection,
  type VisitPrepSectionType,
  type VisitPrepTemplate,
} from '@sdmkit/core';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from 'fhir/r4';
import {
  type FhirParseResult,
  type FhirQuestionnaireOptions,
  type FhirReadOptions,
  type FhirResponseOptions,
  questionnaireHeader,
  responseHeader,
} from './common.js';
import {
  type AnswerNode,
  answer,
  booleanItem,
  childrenOf,
  choiceItem,
  findAll,
  finish,
  groupItem,
  hiddenItem,
  IssueList,
  openChoiceItem,
  type ReadNode,
  read,
  readResponse,
  requireText,
  responseItems,
  textItem,
} from './engine.js';
import { type LabelOptions, type VisitPrepFhirLabels, visitPrepLabels } from './labels.js';

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
  symptom: (field: string) => `symptoms.${field}`,
  timeline: 'symptoms.timeline',
  medicines: (field: string) => `medicines.${field}`,
  whatMatters: (field: string) => `what-matters.${field}`,
  question: 'questions.question',
  practical: (field: string) => `practical.${field}`,
  after: (field: string) => `after-visit.${field}`,
} as const;
const L = VISIT_PREP_LINK_IDS;

const row = (base: string, field: string) => `${base}.${field}`;

function medicineRow(base: string, text: string, t: VisitPrepFhirLabels): QuestionnaireItem {
  return groupItem(
    base,
    text,
    [
      hiddenItem(row(base, 'id')),
      textItem(row(base, 'name'), t.medicines.name, 'string'),
      textItem(row(base, 'dose'), t.medicines.dose, 'string'),
      textItem(row(base, 'frequency'), t.medicines.frequency, 'string'),
      textItem(row(base, 'reason'), t.medicines.reason, 'string'),
      choiceItem(
        row(base, 'taking'),
        t.medicines.taking,
        TAKING_ANSWERS.map((a) => ({ code: a, display: t.taking[a] })),
      ),
    ],
    true,
  );
}

function sectionItems(
  type: VisitPrepSectionType,
  template: VisitPrepTemplate,
  t: VisitPrepFhirLabels,
): QuestionnaireItem[] {
  switch (type) {
    case 'concerns':
      return [
        textItem(L.reason, t.reason),
        groupItem(L.concern, t.concern, [hiddenItem(L.concernId), textItem(L.concernText, t.concernText)], true),
      ];
    case 'symptoms': {
      const s = t.symptoms;
      return [
        textItem(L.symptom('what'), s.what),
        textItem(L.symptom('where'), s.where),
        openChoiceItem(L.symptom('body-areas'), s.bodyAreas, template.lists?.bodyAreas ?? [], true),
        // Patients may leave a date half typed; it is kept as typed, so dates travel as text (YYYY-MM-DD).
        textItem(L.symptom('onset'), s.onset, 'string'),
        groupItem(
          L.timeline,
          s.timeline,
          [
            hiddenItem(row(L.timeline, 'id')),
            textItem(row(L.timeline, 'date'), s.timelineDate, 'string'),
            textItem(row(L.timeline, 'note'), s.timelineNote),
          ],
          true,
        ),
        textItem(L.symptom('better'), s.better),
        textItem(L.symptom('worse'), s.worse),
        choiceItem(
          L.symptom('severity'),
          s.severity,
          SEVERITY_LEVELS.map((level) => ({ code: level, display: t.severity[level] })),
        ),
        textItem(L.symptom('tried'), s.tried),
      ];
    }
    case 'medicines': {
      const m = t.medicines;
      return [
        booleanItem(L.medicines('none'), m.none),
        medicineRow(L.medicines('medicine'), m.medicine, t),
        medicineRow(L.medicines('supplement'), m.supplement, t),
        booleanItem(L.medicines('no-allergies'), m.noAllergies),
        groupItem(
          L.medicines('allergy'),
          m.allergy,
          [
            hiddenItem(row(L.medicines('allergy'), 'id')),
            textItem(row(L.medicines('allergy'), 'substance'), m.substance, 'string'),
            textItem(row(L.medicines('allergy'), 'reaction'), m.reaction, 'string'),
          ],
          true,
        ),
      ];
    }
    case 'what-matters':
      return [
        textItem(L.whatMatters('goals'), t.whatMatters.goals),
        textItem(L.whatMatters('worries'), t.whatMatters.worries),
      ];
    case 'questions':
      return [
        groupItem(
          L.question,
          t.question,
          [
            hiddenItem(row(L.question, 'id')),
            textItem(row(L.question, 'text'), t.questionText),
            hiddenItem(row(L.question, 'suggestion-id')),
          ],
          true,
        ),
      ];
    case 'practical': {
      const p = t.practical;
      return [
        booleanItem(L.practical('interpreter'), p.interpreter),
        textItem(L.practical('interpreter-language'), p.interpreterLanguage, 'string'),
        textItem(L.practical('accessibility'), p.accessibility),
        textItem(L.practical('companion'), p.companion),
        textItem(L.practical('time'), p.time),
        booleanItem(L.practical('none'), p.none),
      ];
    }
    case 'after-visit': {
      const a = t.after;
      return [
        textItem(L.after('next-steps'), a.nextSteps),
        textItem(L.after('tests'), a.tests),
        textItem(L.after('results'), a.results),
        textItem(L.after('follow-up-date'), a.followUpDate, 'string'),
        textItem(L.after('watch-for'), a.watchFor),
      ];
    }
  }
}

function sectionGroup(
  section: VisitPrepSection,
  template: VisitPrepTemplate,
  t: VisitPrepFhirLabels,
): QuestionnaireItem {
  const intro = section.prompt ?? section.help;
  return {
    ...groupItem(section.type, section.title, [
      ...(intro ? [{ linkId: `${section.type}.intro`, text: intro, type: 'display' as const }] : []),
      ...sectionItems(section.type, template, t),
    ]),
    ...(section.required ? { required: true } : {}),
  };
}

/** A visit-prep template as a FHIR R4 Questionnaire: one group per template section, in the template's order. */
export function visitPrepQuestionnaire(
  template: VisitPrepTemplate,
  options: VisitPrepQuestionnaireOptions,
): Questionnaire {
  const t = visitPrepLabels(template.locale, options.labels);
  return {
    ...questionnaireHeader('visit-prep', template, options, template.title, template.intro),
    item: [
      ...template.sections.map((s) => sectionGroup(s, template, t)),
      hiddenItem(L.step),
      hiddenItem(L.completedAt, 'dateTime'),
    ],
  };
}

function medicineNodes(base: string, rows: readonly Medicine[]): AnswerNode[] {
  return rows.map((m) => ({
    linkId: base,
    items: [
      answer.text(row(base, 'id'), m.id),
      answer.text(row(base, 'name'), m.name),
      answer.text(row(base, 'dose'), m.dose),
      answer.text(row(base, 'frequency'), m.frequency),
      answer.text(row(base, 'reason'), m.reason),
      answer.code(row(base, 'taking'), m.taking),
    ],
  }));
}

function sectionNodes(type: VisitPrepSectionType, input: VisitPrepInput): AnswerNode[] {
  switch (type) {
    case 'concerns':
      return [
        answer.text(L.reason, input.reason),
        ...input.concerns.map((c) => ({
          linkId: L.concern,
          items: [answer.text(L.concernId, c.id), answer.text(L.concernText, c.text)],
        })),
      ];
    case 'symptoms': {
      const s = input.symptoms;
      return [
        answer.text(L.symptom('what'), s.what),
        answer.text(L.symptom('where'), s.where),
        { linkId: L.symptom('body-areas'), answers: s.bodyAreas.filter((b) => b !== '').map((b) => ({ string: b })) },
        answer.text(L.symptom('onset'), s.onset),
        ...s.timeline.map((e) => ({
          linkId: L.timeline,
          items: [
            answer.text(row(L.timeline, 'id'), e.id),
            answer.text(row(L.timeline, 'date'), e.date),
            answer.text(row(L.timeline, 'note'), e.note),
          ],
        })),
        answer.text(L.symptom('better'), s.better),
        answer.text(L.symptom('worse'), s.worse),
        answer.code(L.symptom('severity'), s.severity),
        answer.text(L.symptom('tried'), s.tried),
      ];
    }
    case 'medicines':
      return [
        answer.flag(L.medicines('none'), input.noMedicines),
        ...medicineNodes(L.medicines('medicine'), input.medicines),
        ...medicineNodes(L.medicines('supplement'), input.supplements),
        answer.flag(L.medicines('no-allergies'), input.noAllergies),
        ...input.allergies.map((a) => ({
          linkId: L.medicines('allergy'),
          items: [
            answer.text(row(L.medicines('allergy'), 'id'), a.id),
            answer.text(row(L.medicines('allergy'), 'substance'), a.substance),
            answer.text(row(L.medicines('allergy'), 'reaction'), a.reaction),
          ],
        })),
      ];
    case 'what-matters':
      return [
        answer.text(L.whatMatters('goals'), input.whatMatters.goals),
        answer.text(L.whatMatters('worries'), input.whatMatters.worries),
      ];
    case 'questions':
      return input.questions.map((q) => ({
        linkId: L.question,
        items: [
          answer.text(row(L.question, 'id'), q.id),
          answer.text(row(L.question, 'text'), q.text),
          answer.text(row(L.question, 'suggestion-id'), q.suggestionId ?? ''),
        ],
      }));
    case 'practical': {
      const p = input.practical;
      return [
        answer.flag(L.practical('interpreter'), p.interpreter),
        answer.text(L.practical('interpreter-language'), p.interpreterLanguage),
        answer.text(L.practical('accessibility'), p.accessibility),
        answer.text(L.practical('companion'), p.companion),
        answer.text(L.practical('time'), p.time),
        answer.flag(L.practical('none'), p.none),
      ];
    }
    case 'after-visit': {
      const a = input.after;
      return [
        answer.text(L.after('next-steps'), a.nextSteps),
        answer.text(L.after('tests'), a.tests),
        answer.text(L.after('results'), a.results),
        answer.text(L.after('follow-up-date'), a.followUpDate),
        answer.text(L.after('watch-for'), a.watchFor),
      ];
    }
  }
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
  const nodes: AnswerNode[] = [
    ...template.sections.map((s) => ({ linkId: s.type, items: sectionNodes(s.type, input) })),
    answer.text(L.step, input.step ?? ''),
    { linkId: L.completedAt, answers: input.completedAt ? [{ dateTime: input.completedAt }] : [] },
  ];
  return {
    ...responseHeader(q, input.completedAt ? 'completed' : 'in-progress', options, input.completedAt),
    item: responseItems(q.item ?? [], nodes),
  };
}

function readMedicines(rows: readonly ReadNode[], base: string, issues: IssueList): Medicine[] {
  return rows.map((r) => ({
    id: requireText(r, row(base, 'id'), issues),
    name: read.text(r.items, row(base, 'name')),
    dose: read.text(r.items, row(base, 'dose')),
    frequency: read.text(r.items, row(base, 'frequency')),
    reason: read.text(r.items, row(base, 'reason')),
    taking: read.code(r.items, row(base, 'taking')) as Medicine['taking'],
  }));
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
  const issues = new IssueList();
  try {
    const q = visitPrepQuestionnaire(template, { canonicalBase: options.canonicalBase ?? 'urn:sdmkit:read' });
    const nodes = readResponse(q, 'visit-prep', template.id, response, options, issues);
    if (!nodes) return { ok: false, value: undefined, issues: issues.list };
    const empty = emptyVisitPrepInput(template);
    const c = childrenOf(nodes, 'concerns');
    const s = childrenOf(nodes, 'symptoms');
    const m = childrenOf(nodes, 'medicines');
    const w = childrenOf(nodes, 'what-matters');
    const qs = childrenOf(nodes, 'questions');
    const p = childrenOf(nodes, 'practical');
    const a = childrenOf(nodes, 'after-visit');
    const raw: VisitPrepInput = {
      ...empty,
      step: (read.optionalText(nodes, L.step) ?? null) as VisitPrepInput['step'],
      reason: read.text(c, L.reason),
      concerns: findAll(c, L.concern).map((r) => ({
        id: requireText(r, L.concernId, issues),
        text: read.text(r.items, L.concernText),
      })),
      symptoms: {
        what: read.text(s, L.symptom('what')),
        where: read.text(s, L.symptom('where')),
        bodyAreas: read.strings(s, L.symptom('body-areas')),
        onset: read.text(s, L.symptom('onset')),
        timeline: findAll(s, L.timeline).map((r) => ({
          id: requireText(r, row(L.timeline, 'id'), issues),
          date: read.text(r.items, row(L.timeline, 'date')),
          note: read.text(r.items, row(L.timeline, 'note')),
        })),
        better: read.text(s, L.symptom('better')),
        worse: read.text(s, L.symptom('worse')),
        severity: read.code(s, L.symptom('severity')) as VisitPrepInput['symptoms']['severity'],
        tried: read.text(s, L.symptom('tried')),
      },
      medicines: readMedicines(findAll(m, L.medicines('medicine')), L.medicines('medicine'), issues),
      supplements: readMedicines(findAll(m, L.medicines('supplement')), L.medicines('supplement'), issues),
      noMedicines: read.flag(m, L.medicines('none')),
      allergies: findAll(m, L.medicines('allergy')).map((r) => ({
        id: requireText(r, row(L.medicines('allergy'), 'id'), issues),
        substance: read.text(r.items, row(L.medicines('allergy'), 'substance')),
        reaction: read.text(r.items, row(L.medicines('allergy'), 'reaction')),
      })),
      noAllergies: read.flag(m, L.medicines('no-allergies')),
      whatMatters: { goals: read.text(w, L.whatMatters('goals')), worries: read.text(w, L.whatMatters('worries')) },
      questions: findAll(qs, L.question).map((r) => {
        const suggestionId = read.optionalText(r.items, row(L.question, 'suggestion-id'));
        return {
          id: requireText(r, row(L.question, 'id'), issues),
          text: read.text(r.items, row(L.question, 'text')),
          ...(suggestionId !== undefined ? { suggestionId } : {}),
        };
      }),
      practical: {
        interpreter: read.flag(p, L.practical('interpreter')),
        interpreterLanguage: read.text(p, L.practical('interpreter-language')),
        accessibility: read.text(p, L.practical('accessibility')),
        companion: read.text(p, L.practical('companion')),
        time: read.text(p, L.practical('time')),
        none: read.flag(p, L.practical('none')),
      },
      after: {
        nextSteps: read.text(a, L.after('next-steps')),
        tests: read.text(a, L.after('tests')),
        results: read.text(a, L.after('results')),
        followUpDate: read.text(a, L.after('follow-up-date')),
        watchFor: read.text(a, L.after('watch-for')),
      },
      completedAt: read.dateTime(nodes, L.completedAt),
    };
    return finish(issues, raw, (r) => parseVisitPrepInput(r, template));
  } catch (error) {
    issues.add('invalid_answer', 'QuestionnaireResponse', `The response could not be read: ${String(error)}`);
    return { ok: false, value: undefined, issues: issues.list };
  }
}
