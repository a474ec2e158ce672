import * as v from 'valibot';
import { duplicateIds, parseWith } from '../content/validate.js';
import type { ParseResult } from '../errors.js';
import { VISIT_PREP_SECTIONS, type VisitPrepTemplate } from './schema.js';

/*
 * The limits of the input schema, and of every store action (one source): the store never holds input that this
 * schema would refuse on the next load.
 */

/**
 * Most characters in one text answer. The template's word limits only flag long text; this bound is a safety
 * limit far beyond anything a patient types (the store stops text here, the text boxes have it as `maxlength`).
 */
export const MAX_VISIT_PREP_TEXT = 50_000;
/** Most rows in each list (concerns, timeline, medicines, supplements, allergies, conditions, questions). */
export const MAX_VISIT_PREP_ROWS = 200;
/** Most body areas ticked. */
export const MAX_VISIT_PREP_BODY_AREAS = 100;
/** Longest id of a suggested question the patient picked. */
export const MAX_VISIT_PREP_SUGGESTION_ID = 200;
/** Longest `completedAt` time. */
export const MAX_VISIT_PREP_TIME = 40;

const Str = v.pipe(v.string(), v.maxLength(MAX_VISIT_PREP_TEXT));
const RowId = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const rows = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_VISIT_PREP_ROWS));

/** Words on the severity scale, mildest first. Shown with words and numbers 1-5. */
export const SEVERITY_LEVELS = ['very-mild', 'mild', 'moderate', 'severe', 'very-severe'] as const;
/** One step of the severity scale (`SEVERITY_LEVELS`). */
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** Answers to "Are you taking it?" for a medicine or supplement. */
export const TAKING_ANSWERS = ['yes', 'sometimes', 'no'] as const;
/** One answer of `TAKING_ANSWERS`. */
export type TakingAnswer = (typeof TAKING_ANSWERS)[number];

/** The steps of the full flow: the template's sections, then the agenda. */
export type VisitPrepStep = (typeof VISIT_PREP_SECTIONS)[number] | 'agenda';
const STEPS = [...VISIT_PREP_SECTIONS, 'agenda'] as const;

const ConcernSchema = v.object({ id: RowId, text: Str });
const TimelineEntrySchema = v.object({ id: RowId, date: Str, note: Str });
const MedicineSchema = v.object({
  id: RowId,
  name: Str,
  dose: Str,
  frequency: Str,
  reason: Str,
  taking: v.nullable(v.picklist(TAKING_ANSWERS)),
  /** Added from the patient's record (`addFromRecord`): shown for the patient to check and correct. */
  fromRecord: v.optional(v.literal(true)),
});
const AllergySchema = v.object({
  id: RowId,
  substance: Str,
  reaction: Str,
  /** Added from the patient's record (`addFromRecord`): shown for the patient to check and correct. */
  fromRecord: v.optional(v.literal(true)),
});
const ConditionSchema = v.object({
  id: RowId,
  /** The condition in the patient's words (or the record's, until the patient corrects it). */
  name: Str,
  /** Added from the patient's record (`addFromRecord`): shown for the patient to check and correct. */
  fromRecord: v.optional(v.literal(true)),
});
const QuestionSchema = v.object({
  id: RowId,
  text: Str,
  /** Id of the suggested question it came from (template or question list), if picked. */
  suggestionId: v.optional(v.pipe(v.string(), v.maxLength(MAX_VISIT_PREP_SUGGESTION_ID))),
});

/**
 * Valibot schema of everything the patient enters: plain JSON, texts of at most `MAX_VISIT_PREP_TEXT` characters
 * and lists of at most `MAX_VISIT_PREP_ROWS` rows. Repeated row ids are found by `parseVisitPrepInput`.
 */
export const VisitPrepInputSchema = v.object({
  /** Where the patient was, to resume there. */
  step: v.nullable(v.picklist(STEPS)),
  reason: Str,
  /** In the patient's order: the first three are the top concerns. */
  concerns: rows(ConcernSchema),
  symptoms: v.object({
    what: Str,
    where: Str,
    bodyAreas: v.pipe(v.array(Str), v.maxLength(MAX_VISIT_PREP_BODY_AREAS)),
    /** `YYYY-MM-DD` or empty. */
    onset: Str,
    timeline: rows(TimelineEntrySchema),
    better: Str,
    worse: Str,
    severity: v.nullable(v.picklist(SEVERITY_LEVELS)),
    tried: Str,
  }),
  medicines: rows(MedicineSchema),
  supplements: rows(MedicineSchema),
  noMedicines: v.boolean(),
  allergies: rows(AllergySchema),
  noAllergies: v.boolean(),
  /**
   * Health conditions (a problem list), shown in the medicines section. Optional in saved input: input saved before
   * the list existed reads back with none.
   */
  conditions: v.optional(rows(ConditionSchema), () => []),
  whatMatters: v.object({ goals: Str, worries: Str }),
  questions: rows(QuestionSchema),
  practical: v.object({
    interpreter: v.boolean(),
    interpreterLanguage: Str,
    accessibility: Str,
    companion: Str,
    time: Str,
    none: v.boolean(),
  }),
  after: v.object({ nextSteps: Str, tests: Str, results: Str, followUpDate: Str, watchFor: Str }),
  /** ISO time the patient finished, or null. */
  completedAt: v.nullable(v.pipe(v.string(), v.maxLength(MAX_VISIT_PREP_TIME))),
});

/** Everything the patient enters in the visit prep (see `VisitPrepInputSchema`). */
export type VisitPrepInput = v.InferOutput<typeof VisitPrepInputSchema>;
/** One of the patient's concerns, in their own words. */
export type Concern = VisitPrepInput['concerns'][number];
/** One change in the symptom timeline: a date (`YYYY-MM-DD` or empty; a half-typed date is kept) and a note. */
export type TimelineEntry = VisitPrepInput['symptoms']['timeline'][number];
/** A medicine or supplement the patient takes; `taking` is null until they answer whether they take it. */
export type Medicine = VisitPrepInput['medicines'][number];
/** An allergy: the substance and the reaction. */
export type Allergy = VisitPrepInput['allergies'][number];
/** A health condition the patient has, e.g. from the problem list of their record. */
export type HealthCondition = VisitPrepInput['conditions'][number];
/** A question the patient wants to ask; `suggestionId` is set when it was picked from a suggestion. */
export type PatientQuestion = VisitPrepInput['questions'][number];
/**
 * The symptoms section: what and where, body areas, onset (`YYYY-MM-DD` or empty), the timeline, what makes it
 * better or worse, severity (null until picked) and what was tried.
 */
export type SymptomStory = VisitPrepInput['symptoms'];
/** Practical needs for the visit: an interpreter (and language), accessibility, a companion, time; or `none`. */
export type PracticalNeeds = VisitPrepInput['practical'];
/** Notes for after the visit: next steps, tests, results, follow-up date (`YYYY-MM-DD` or empty), what to watch for. */
export type AfterVisit = VisitPrepInput['after'];
/** What matters to the patient: their goals and their worries. */
export type WhatMatters = VisitPrepInput['whatMatters'];

/** A blank input for a template. */
export function emptyVisitPrepInput(_template?: VisitPrepTemplate): VisitPrepInput {
  return {
    step: null,
    reason: '',
    concerns: [],
    symptoms: {
      what: '',
      where: '',
      bodyAreas: [],
      onset: '',
      timeline: [],
      better: '',
      worse: '',
      severity: null,
      tried: '',
    },
    medicines: [],
    supplements: [],
    noMedicines: false,
    allergies: [],
    noAllergies: false,
    conditions: [],
    whatMatters: { goals: '', worries: '' },
    questions: [],
    practical: { interpreter: false, interpreterLanguage: '', accessibility: '', companion: '', time: '', none: false },
    after: { nextSteps: '', tests: '', results: '', followUpDate: '', watchFor: '' },
    completedAt: null,
  };
}

const inputValidator = {
  kind: 'visit-prep input',
  schema: VisitPrepInputSchema,
  // Row ids are keys for the screen and for edits: a repeat would make rows edit each other.
  refine: (i: VisitPrepInput) => [
    ...duplicateIds(i.concerns, ['concerns']),
    ...duplicateIds(i.symptoms.timeline, ['symptoms', 'timeline']),
    ...duplicateIds(i.medicines, ['medicines']),
    ...duplicateIds(i.supplements, ['supplements']),
    ...duplicateIds(i.allergies, ['allergies']),
    ...duplicateIds(i.conditions, ['conditions']),
    ...duplicateIds(i.questions, ['questions']),
  ],
};

/**
 * Checks input read back from storage or handed in by a host. Dates are not checked here (a half-typed date
 * is kept, never lost); `selectDateProblems` reports them.
 */
export function parseVisitPrepInput(raw: unknown, _template?: VisitPrepTemplate): ParseResult<VisitPrepInput> {
  return parseWith(inputValidator, raw);
}
