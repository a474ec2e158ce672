import * as v from 'valibot';
import { documentHeader, Id, ShortText, Text } from '../content/common.js';
import { choice, duplicateIds, parseWith, strictObject } from '../content/validate.js';
import { type ContentIssue, issue, type ParseResult, SdmContentError } from '../errors.js';

/** The sections a visit-prep template can show, in the order the template gives. */
export const VISIT_PREP_SECTIONS = [
  'concerns',
  'symptoms',
  'medicines',
  'what-matters',
  'questions',
  'practical',
  'after-visit',
] as const;
/** One of `VISIT_PREP_SECTIONS`. */
export type VisitPrepSectionType = (typeof VISIT_PREP_SECTIONS)[number];

/** The kinds of visit a template can prepare for. */
export const VISIT_TYPES = ['check-up', 'new-symptom', 'follow-up', 'other'] as const;
/** One of `VISIT_TYPES`. */
export type VisitType = (typeof VISIT_TYPES)[number];

/** A question the template (or the host) suggests; the patient may pick it. */
export const SuggestedQuestionSchema = strictObject({
  id: Id,
  text: ShortText,
  /** Why it can help to ask (shown as help text). */
  why: v.optional(Text),
});
/** A question the template (or the host) suggests (see `SuggestedQuestionSchema`). */
export type SuggestedQuestion = v.InferOutput<typeof SuggestedQuestionSchema>;

/** Valibot schema of one section of a visit-prep template. */
export const VisitPrepSectionSchema = strictObject({
  /** Which section this is; a template shows each type at most once. */
  type: choice(VISIT_PREP_SECTIONS),
  /** Heading shown to the patient. */
  title: ShortText,
  /** The main question or instruction for the section. */
  prompt: v.optional(Text),
  /** Extra help, in plain language. */
  help: v.optional(Text),
  /** A required section must have an answer before the agenda can be finished. */
  required: v.optional(v.boolean()),
  /** Questions suggested in the `questions` section. */
  suggestedQuestions: v.optional(v.pipe(v.array(SuggestedQuestionSchema), v.maxLength(50))),
  /**
   * In the `medicines` section: also ask for the patient's health conditions. The list shows anyway while it has
   * entries (e.g. added from the patient's record), so that the patient can check them.
   */
  conditions: v.optional(v.boolean()),
});
/** One section of a visit-prep template. */
export type VisitPrepSection = v.InferOutput<typeof VisitPrepSectionSchema>;

const wordLimit = (max: number) =>
  v.pipe(v.number(), v.integer('Word limits are whole numbers.'), v.minValue(1), v.maxValue(max));

/** Valibot schema of a template's limits: word limits (whole numbers from 1) and the most concerns. */
export const VisitPrepLimitsSchema = strictObject({
  /** Words for the reason for the visit and all concerns together: what the clinician reads first. */
  agendaWords: wordLimit(2000),
  /** Words for each concern. */
  concernWords: wordLimit(500),
  /** Words for each other free-text answer. */
  answerWords: wordLimit(2000),
  /** How many concerns the patient can add (the agenda shows the top 3 first). */
  maxConcerns: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
});
/** A template's word limits, and the most concerns the patient can add. */
export type VisitPrepLimits = v.InferOutput<typeof VisitPrepLimitsSchema>;

/**
 * Valibot schema of a visit-prep template, the content document of the visit-prep widget. `parseVisitPrepTemplate`
 * also checks what the schema cannot, e.g. that no section type is repeated.
 */
export const VisitPrepTemplateSchema = strictObject({
  ...documentHeader,
  /** The kind of visit the template prepares for. */
  visitType: choice(VISIT_TYPES),
  /** Patient-facing title, e.g. "Get ready for your check-up". */
  title: ShortText,
  intro: v.optional(Text),
  /** The sections the patient goes through, in order; at least one, each type once. */
  sections: v.pipe(v.array(VisitPrepSectionSchema), v.minLength(1, 'A template needs at least one section.')),
  /** Word limits for the patient's answers, and the most concerns. */
  limits: VisitPrepLimitsSchema,
  /** Choices offered in the symptoms section. */
  lists: v.optional(
    strictObject({
      /** Offered as suggestions when the patient names a symptom. */
      commonSymptoms: v.optional(v.pipe(v.array(ShortText), v.maxLength(100))),
      /** Offered as check boxes for "where". */
      bodyAreas: v.optional(v.pipe(v.array(ShortText), v.maxLength(100))),
    }),
  ),
});
/** A visit-prep template (see `VisitPrepTemplateSchema`). */
export type VisitPrepTemplate = v.InferOutput<typeof VisitPrepTemplateSchema>;

function refineTemplate(t: VisitPrepTemplate): ContentIssue[] {
  const out: ContentIssue[] = [...duplicateIds(t.meta.sources, ['meta', 'sources'])];
  const seen = new Map<string, number>();
  t.sections.forEach((s, index) => {
    const first = seen.get(s.type);
    if (first === undefined) seen.set(s.type, index);
    else
      out.push(
        issue(
          'duplicate_id',
          ['sections', index, 'type'],
          `Section "${s.type}" already appears at sections[${first}].`,
        ),
      );
    if (s.conditions !== undefined && s.type !== 'medicines')
      out.push(
        issue(
          'invalid_value',
          ['sections', index, 'conditions'],
          'Only the "medicines" section can ask for conditions.',
        ),
      );
    if (s.suggestedQuestions) {
      if (s.type !== 'questions')
        out.push(
          issue(
            'invalid_value',
            ['sections', index, 'suggestedQuestions'],
            'Only the "questions" section can suggest questions.',
          ),
        );
      out.push(...duplicateIds(s.suggestedQuestions, ['sections', index, 'suggestedQuestions']));
    }
  });
  if (t.limits.concernWords > t.limits.agendaWords)
    out.push(issue('invalid_value', ['limits', 'concernWords'], 'concernWords cannot be larger than agendaWords.'));
  return out;
}

const validator = { kind: 'visit-prep template', schema: VisitPrepTemplateSchema, refine: refineTemplate };

/** Checks a visit-prep template. Never throws: problems come back as issues with paths. */
export function parseVisitPrepTemplate(input: unknown): ParseResult<VisitPrepTemplate> {
  return parseWith(validator, input);
}

/** Like `parseVisitPrepTemplate`, but throws `SdmContentError` listing every problem. */
export function assertVisitPrepTemplate(input: unknown): VisitPrepTemplate {
  const result = parseVisitPrepTemplate(input);
  if (!result.ok) throw new SdmContentError('visit-prep template', result.issues);
  return result.value;
}
