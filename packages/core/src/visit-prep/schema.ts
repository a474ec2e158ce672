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
export type VisitPrepSectionType = (typeof VISIT_PREP_SECTIONS)[number];

export const VISIT_TYPES = ['check-up', 'new-symptom', 'follow-up', 'other'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

/** A question the template (or the host) suggests; the patient may pick it. */
export const SuggestedQuestionSchema = strictObject({
  id: Id,
  text: ShortText,
  /** Why it can help to ask (shown as help text). */
  why: v.optional(Text),
});
export type SuggestedQuestion = v.InferOutput<typeof SuggestedQuestionSchema>;

export const VisitPrepSectionSchema = strictObject({
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
});
export type VisitPrepSection = v.InferOutput<typeof VisitPrepSectionSchema>;

const wordLimit = (max: number) =>
  v.pipe(v.number(), v.integer('Word limits are whole numbers.'), v.minValue(1), v.maxValue(max));

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
export type VisitPrepLimits = v.InferOutput<typeof VisitPrepLimitsSchema>;

export const VisitPrepTemplateSchema = strictObject({
  ...documentHeader,
  visitType: choice(VISIT_TYPES),
  /** Patient-facing title, e.g. "Get ready for your check-up". */
  title: ShortText,
  intro: v.optional(Text),
  sections: v.pipe(v.array(VisitPrepSectionSchema), v.minLength(1, 'A template needs at least one section.')),
  limits: VisitPrepLimitsSchema,
  lists: v.optional(
    strictObject({
      /** Offered as suggestions when the patient names a symptom. */
      commonSymptoms: v.optional(v.pipe(v.array(ShortText), v.maxLength(100))),
      /** Offered as check boxes for "where". */
      bodyAreas: v.optional(v.pipe(v.array(ShortText), v.maxLength(100))),
    }),
  ),
});
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
