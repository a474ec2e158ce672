import * as v from 'valibot';
import { documentHeader, Id, ShortText, Text } from '../content/common.js';
import {
  checkWithCode,
  choice,
  type DocumentValidator,
  duplicateIds,
  parseWith,
  strictObject,
} from '../content/validate.js';
import { type ContentIssue, issue, type JsonPathSegment, type ParseResult, SdmContentError } from '../errors.js';
import { MAX_ICONS, numbersFor, planIconArrays } from './icon-array.js';

/** Ids of entries in `meta.sources` that support a statement or a number. */
export const SourceIds = v.array(Id);

/**
 * How much a decision aid may hold: past these, parsing refuses the document with a path. Real aids stay well
 * below them (IPDAS-style aids rarely compare more than 6 to 8 options); `lintDecisionAid` warns from
 * `DECISION_AID_ADVISED`.
 */
export const DECISION_AID_LIMITS = Object.freeze({
  options: 12,
  faq: 30,
  outcomes: 30,
  riskProfiles: 12,
  values: 20,
  knowledgeCheck: 20,
  nextSteps: 20,
});

/** The parts of a decision aid with a limit. */
export type DecisionAidLimitedPart = keyof typeof DECISION_AID_LIMITS;

/** A list of at most the limit of `part` (`DECISION_AID_LIMITS`). */
const limited = <T extends v.GenericSchema>(item: T, part: DecisionAidLimitedPart) =>
  v.pipe(
    v.array(item),
    v.maxLength(
      DECISION_AID_LIMITS[part],
      `At most ${DECISION_AID_LIMITS[part]} ${part}: a patient cannot weigh more.`,
    ),
  );

/** A benefit or a harm: short patient-facing text, with the sources it rests on. */
export const OptionPoint = strictObject({
  text: Text,
  sourceIds: v.optional(SourceIds),
});

/** What an option is like to live with (IPDAS Q6). Each part is optional in the schema; the lint reports gaps. */
export const LivingWith = strictObject({
  physical: v.optional(Text),
  emotional: v.optional(Text),
  social: v.optional(Text),
  practical: v.optional(Text),
});

/**
 * One row of the option grid: a question patients ask, answered for every option. A missing answer is an
 * explicit `null` ("no data"), never an absent key, so equal detail is checked, not assumed.
 */
export const FaqRow = strictObject({
  id: Id,
  question: ShortText,
  answers: v.record(Id, v.nullable(Text)),
  sourceIds: v.optional(SourceIds),
});

/** How certain the evidence for a number is (GRADE): `high`, `moderate`, `low` or `very-low`, read in any case. */
export const CertaintyLevel = choice(['high', 'moderate', 'low', 'very-low']);

const Count = v.pipe(v.number(), v.minValue(0));
const Range = v.optional(strictObject({ low: Count, high: Count }));

/** Numbers for one risk profile (same denominator, time frame and source as the main numbers). */
export const ProfileNumbers = strictObject({
  numerator: Count,
  /** Uncertainty for this profile's numerator, as in `Probability.range` (same denominator). */
  range: Range,
});

/**
 * A chance, as published: `numerator` out of `denominator` people, over `timeFrame`, in `population`.
 * Uncertainty is a range (same units as the numerator), a certainty rating (GRADE) or a sentence.
 */
export const Probability = v.pipe(
  strictObject({
    numerator: Count,
    denominator: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1),
      v.maxValue(MAX_ICONS, `A denominator is at most ${MAX_ICONS}: the largest number of people a picture shows.`),
    ),
    timeFrame: ShortText,
    population: ShortText,
    /** Uncertainty as a low and a high number, in the numerator's units: low <= numerator <= high <= denominator. */
    range: Range,
    /** How certain the evidence for this number is (GRADE). */
    certainty: v.optional(CertaintyLevel),
    uncertaintyNote: v.optional(Text),
    sourceIds: SourceIds,
    /** Numbers tailored to a risk profile, keyed by `riskProfiles[].id`. */
    profiles: v.optional(v.record(Id, ProfileNumbers)),
  }),
  v.check((p) => p.numerator <= p.denominator, 'The numerator cannot be larger than the denominator.'),
);

/** Something that can happen to the patient (a benefit, a harm or other), with its chance under every option. */
export const Outcome = strictObject({
  id: Id,
  /** What is counted, as a heading: "Dying of prostate cancer". */
  label: ShortText,
  /** Said beside the array about the people it happens to: "die of prostate cancer". */
  eventText: ShortText,
  /** Said about the others: "do not die of prostate cancer". */
  nonEventText: ShortText,
  /** `benefit` when fewer events are better is not assumed: this only groups outcomes. */
  kind: v.optional(choice(['benefit', 'harm', 'other'])),
  description: v.optional(Text),
  /** The chance for every option; `null` = no data for that option. */
  byOption: v.record(Id, v.nullable(Probability)),
  /** A relative effect as published. Never shown without the absolute numbers (the lint checks). */
  relativeEffect: v.optional(strictObject({ text: ShortText, sourceIds: SourceIds })),
  /**
   * The option these figures are differences from ("deaths avoided compared with no screening"), when the
   * source gives them that way. That option's own entry in `byOption` is `null`: it is the reference.
   */
  comparedWith: v.optional(Id),
});

/**
 * A group of patients whose chances differ from the numbers for everyone in the studies; the patient may choose
 * one, and a `Probability` gives its numbers under `profiles`.
 */
const labelled = { id: Id, label: ShortText, description: v.optional(Text) };

/** A code as a FHIR `Coding` gives it: the terminology's `system` (a URI) and the `code` in it. */
const CodeText = v.pipe(v.string(), v.regex(/^\S{1,200}$/, '1 to 200 characters, no spaces.'));
export const RecordCode = strictObject({ system: CodeText, code: CodeText });

/**
 * What in the patient's record puts them in a risk profile; any one match is enough. A portal reads these from the
 * record (`@sdmkit/smart`) and the widget shows the profile as "from your record", for the patient to check.
 */
export const ProfileRecordMatch = v.pipe(
  strictObject({
    /** An active condition with one of these codes. */
    conditions: v.optional(v.pipe(v.array(RecordCode), v.minLength(1), v.maxLength(20))),
    /**
     * The latest final result of an observation with this code, in this unit (UCUM, as the record gives it), from
     * `low` (included) up to `high` (not included): one of the two at least, `low` below `high`.
     */
    observations: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            strictObject({
              ...RecordCode.entries,
              unit: CodeText,
              low: v.optional(v.number()),
              high: v.optional(v.number()),
            }),
            checkWithCode(
              'invalid_value',
              ({ low, high }) => (low === undefined ? high !== undefined : high === undefined || low < high),
              'Give a low or a high value, or a low below a high.',
            ),
          ),
        ),
        v.minLength(1),
        v.maxLength(10),
      ),
    ),
  }),
  checkWithCode('required', (r) => !!(r.conditions || r.observations), 'Give conditions or observations.'),
);

export const RiskProfile = strictObject({
  ...labelled,
  /** Where the record can tell that the patient belongs to this group. */
  record: v.optional(ProfileRecordMatch),
});

/** A consideration the patient rates; `supports` lists the options it speaks for. */
export const ValueConsideration = strictObject({ ...labelled, supports: v.array(Id) });

/** A multiple-choice question that checks what the patient understood, with the correct choice and an explanation. */
export const KnowledgeQuestion = strictObject({
  id: Id,
  question: ShortText,
  /** The answers to choose from, at least two, each with an id and a label. */
  choices: v.pipe(v.array(strictObject({ id: Id, label: ShortText })), v.minLength(2)),
  correctChoiceId: Id,
  explanation: Text,
});

/** The chances after one test, for screening and test decisions. */
export const ScreeningBlock = strictObject({
  /** What the test measures or looks for. */
  measures: Text,
  /** The chance of a true positive: the result is positive (abnormal) and the condition is there. */
  truePositive: Probability,
  /** The chance of a false positive: the result is positive (abnormal) but the condition is not there. */
  falsePositive: Probability,
  /** The chance of a false negative: the result is negative (normal) but the condition is there. */
  falseNegative: Probability,
  /** What happens next after a positive (abnormal) result. */
  afterPositive: Text,
  /** What happens next after a negative (normal) result. */
  afterNegative: Text,
  /** Labels for the three chances in this document's language. */
  truePositiveText: ShortText,
  falsePositiveText: ShortText,
  falseNegativeText: ShortText,
});

/** One option the patient can choose: what it is, its benefits and harms, and what it is like to live with. */
export const DecisionOption = strictObject({
  id: Id,
  title: ShortText,
  /** One or two sentences: what this option is. */
  summary: Text,
  /** True for waiting, watching, monitoring or no treatment (the status quo). */
  statusQuo: v.optional(v.boolean()),
  /** What the option can do for the patient (IPDAS Q4); an empty list is reported by the lint. */
  benefits: v.array(OptionPoint),
  /** The option's harms and downsides (IPDAS Q5); an empty list is reported by the lint. */
  harms: v.array(OptionPoint),
  /** What the option is like physically, emotionally, socially and practically (IPDAS Q6). */
  livingWith: LivingWith,
  /**
   * The chances after this option's test, for screening decisions whose options are different tests (FIT,
   * sigmoidoscopy, colonoscopy). A document whose options share one test gives `screening` once instead.
   */
  screening: v.optional(ScreeningBlock),
});

/**
 * A guideline's recommendation on this decision, as the guideline states it, with its strength (GRADE: strong, or
 * weak, also called conditional) and its source. Shown as the guideline's, never as the aid's own advice.
 */
export const Recommendation = strictObject({
  text: Text,
  /** The strength the guideline gives: `strong`, `weak` or `conditional` (GRADE's other name for weak), in any case. */
  strength: choice(['strong', 'weak', 'conditional']),
  sourceIds: v.pipe(SourceIds, v.minLength(1, 'Cite the guideline the recommendation comes from.')),
});

/** The schema of a decision aid document; `parseDecisionAid` also checks what it cannot say (`refineDecisionAid`). */
export const DecisionAidSchema = strictObject({
  ...documentHeader,
  /** What kind of decision this is; `screening` and `test` decisions need screening chances (the lint checks). */
  kind: choice(['treatment', 'screening', 'test', 'other']),
  /** The health condition the decision is about: its name and a description (IPDAS Q1). */
  condition: strictObject({ name: ShortText, description: Text }),
  /** The decision as one question ("Should I …?", IPDAS Q2), with optional context. */
  decision: strictObject({ question: ShortText, context: v.optional(Text) }),
  /** The options, at least two; include the status quo where it is reasonable (IPDAS Q3). */
  options: v.pipe(limited(DecisionOption, 'options'), v.minLength(2, 'A decision needs at least two options.')),
  /** The option grid: questions patients ask, answered for every option (IPDAS C1). */
  faq: limited(FaqRow, 'faq'),
  /** What can happen, with the chances for every option. */
  outcomes: limited(Outcome, 'outcomes'),
  /** Groups of patients with numbers of their own, for the patient to choose from. */
  riskProfiles: v.optional(limited(RiskProfile, 'riskProfiles')),
  /** The considerations the patient rates (values clarification). */
  values: limited(ValueConsideration, 'values'),
  /** Questions that check what the patient understood. */
  knowledgeCheck: v.optional(limited(KnowledgeQuestion, 'knowledgeCheck')),
  /** The chances after the test, for screening and test decisions whose options share one test. */
  screening: v.optional(ScreeningBlock),
  /** A guideline's recommendation on this decision, when there is one. */
  recommendation: v.optional(Recommendation),
  /** Plain-language next steps ("steps to decide"). */
  nextSteps: v.optional(limited(Text, 'nextSteps')),
});

export type SourceIds = v.InferOutput<typeof SourceIds>;
export type OptionPoint = v.InferOutput<typeof OptionPoint>;
export type LivingWith = v.InferOutput<typeof LivingWith>;
/** One option of a decision aid (see the `DecisionOption` schema). */
export type DecisionOption = v.InferOutput<typeof DecisionOption>;
export type FaqRow = v.InferOutput<typeof FaqRow>;
/** `high`, `moderate`, `low` or `very-low` (GRADE). */
export type CertaintyLevel = v.InferOutput<typeof CertaintyLevel>;
export type ProfileNumbers = v.InferOutput<typeof ProfileNumbers>;
export type Probability = v.InferOutput<typeof Probability>;
/** One outcome of a decision aid (see the `Outcome` schema). */
export type Outcome = v.InferOutput<typeof Outcome>;
/** One risk profile of a decision aid (see the `RiskProfile` schema). */
export type RiskProfile = v.InferOutput<typeof RiskProfile>;
/** A code in a terminology (see the `RecordCode` schema). */
export type RecordCode = v.InferOutput<typeof RecordCode>;
/** What in the record puts the patient in a risk profile (see the `ProfileRecordMatch` schema). */
export type ProfileRecordMatch = v.InferOutput<typeof ProfileRecordMatch>;
export type ValueConsideration = v.InferOutput<typeof ValueConsideration>;
/** One knowledge-check question (see the `KnowledgeQuestion` schema). */
export type KnowledgeQuestion = v.InferOutput<typeof KnowledgeQuestion>;
export type ScreeningBlock = v.InferOutput<typeof ScreeningBlock>;
export type Recommendation = v.InferOutput<typeof Recommendation>;
/** A decision aid document (schemaVersion 1). */
export type DecisionAidDocument = v.InferOutput<typeof DecisionAidSchema>;

function checkSources(ids: readonly string[] | undefined, known: Set<string>, at: JsonPathSegment[]): ContentIssue[] {
  return (ids ?? []).flatMap((id, i) =>
    known.has(id) ? [] : [issue('unknown_reference', [...at, i], `Source "${id}" is not listed in meta.sources.`)],
  );
}

function checkProbability(
  p: Probability,
  known: Set<string>,
  profiles: Set<string>,
  at: JsonPathSegment[],
): ContentIssue[] {
  const out = checkSources(p.sourceIds, known, [...at, 'sourceIds']);
  const checkRange = (n: ProfileNumbers, where: JsonPathSegment[]) => {
    if (n.range && (n.range.low > n.range.high || n.range.high > p.denominator))
      out.push(issue('invalid_value', [...where, 'range'], 'A range needs low <= high <= denominator.'));
    else if (n.range && (n.numerator < n.range.low || n.numerator > n.range.high))
      out.push(
        issue(
          'invalid_value',
          [...where, 'numerator'],
          `The number ${n.numerator} is outside its own range (${n.range.low} to ${n.range.high}).`,
        ),
      );
  };
  checkRange(p, at);
  for (const [id, n] of Object.entries(p.profiles ?? {})) {
    if (!profiles.has(id))
      out.push(issue('unknown_reference', [...at, 'profiles', id], `Risk profile "${id}" is not in riskProfiles.`));
    if (n.numerator > p.denominator)
      out.push(
        issue('invalid_value', [...at, 'profiles', id, 'numerator'], 'The numerator cannot exceed the denominator.'),
      );
    else checkRange(n, [...at, 'profiles', id]);
  }
  return out;
}

/**
 * Every figure must reach the screen exactly as the content gives it: for the main numbers and under every risk
 * profile, the chances compared side by side must be whole people on one scale of 100, 1,000 or 10,000, or
 * whole counts in study groups of at most 10,000 (see `planIconArrays`). Anything else is refused here, so a
 * widget never has to round.
 */
function checkExact(
  chances: readonly Probability[],
  at: JsonPathSegment[],
  what: string,
  profileIds: readonly string[],
): ContentIssue[] {
  for (const profileId of [null, ...profileIds]) {
    const plan = planIconArrays(chances.map((p) => ({ ...numbersFor(p, profileId), timeFrame: p.timeFrame })));
    if (!plan.ok && plan.reason === 'inexact')
      return [
        issue(
          'inexact_numbers',
          at,
          `${what} cannot be shown exactly${profileId ? ` for risk profile "${profileId}"` : ''}: give every number ` +
            'as whole people out of 100, 1,000 or 10,000 (one scale for all options; 5.5 per 1,000 is 55 per ' +
            '10,000), or as whole counts in study groups of at most 10,000 people (8 of 545).',
        ),
      ];
  }
  return [];
}

/** Cross references the schema cannot express: unique ids, option ids, source ids, answers for every option. */
export function refineDecisionAid(doc: DecisionAidDocument): ContentIssue[] {
  const out: ContentIssue[] = [];
  const optionIds = new Set(doc.options.map((o) => o.id));
  const sources = new Set(doc.meta.sources.map((s) => s.id));
  const profiles = new Set((doc.riskProfiles ?? []).map((p) => p.id));
  out.push(...duplicateIds(doc.meta.sources, ['meta', 'sources']));
  for (const key of ['options', 'faq', 'outcomes', 'values', 'riskProfiles', 'knowledgeCheck'] as const)
    out.push(...duplicateIds(doc[key] ?? [], [key]));
  const everyOption = (record: Record<string, unknown>, at: JsonPathSegment[], what: string) => {
    for (const id of optionIds)
      if (!Object.hasOwn(record, id))
        out.push(issue('required', [...at, id], `${what} has no entry for option "${id}" (use null for "no data").`));
    for (const id of Object.keys(record))
      if (!optionIds.has(id)) out.push(issue('unknown_reference', [...at, id], `Option "${id}" does not exist.`));
  };
  doc.options.forEach((o, i) => {
    for (const key of ['benefits', 'harms'] as const)
      o[key].forEach((p, j) => {
        out.push(...checkSources(p.sourceIds, sources, ['options', i, key, j, 'sourceIds']));
      });
  });
  doc.faq.forEach((row, i) => {
    everyOption(row.answers, ['faq', i, 'answers'], `FAQ row "${row.id}"`);
    out.push(...checkSources(row.sourceIds, sources, ['faq', i, 'sourceIds']));
  });
  doc.outcomes.forEach((o, i) => {
    everyOption(o.byOption, ['outcomes', i, 'byOption'], `Outcome "${o.id}"`);
    for (const [id, p] of Object.entries(o.byOption))
      if (p) out.push(...checkProbability(p, sources, profiles, ['outcomes', i, 'byOption', id]));
    const chances = Object.values(o.byOption).filter((p) => p !== null);
    out.push(...checkExact(chances, ['outcomes', i, 'byOption'], `Outcome "${o.id}"`, [...profiles]));
    if (o.relativeEffect)
      out.push(...checkSources(o.relativeEffect.sourceIds, sources, ['outcomes', i, 'relativeEffect', 'sourceIds']));
    if (o.comparedWith !== undefined && !optionIds.has(o.comparedWith))
      out.push(
        issue('unknown_reference', ['outcomes', i, 'comparedWith'], `Option "${o.comparedWith}" does not exist.`),
      );
    else if (
      o.comparedWith !== undefined &&
      Object.hasOwn(o.byOption, o.comparedWith) &&
      o.byOption[o.comparedWith] !== null
    )
      out.push(
        issue(
          'invalid_value',
          ['outcomes', i, 'byOption', o.comparedWith],
          `The figures are compared with "${o.comparedWith}", so its own entry must be null.`,
        ),
      );
  });
  doc.values.forEach((c, i) => {
    c.supports.forEach((id, j) => {
      if (!optionIds.has(id))
        out.push(issue('unknown_reference', ['values', i, 'supports', j], `Option "${id}" does not exist.`));
    });
  });
  (doc.knowledgeCheck ?? []).forEach((q, i) => {
    if (!q.choices.some((c) => c.id === q.correctChoiceId))
      out.push(
        issue(
          'unknown_reference',
          ['knowledgeCheck', i, 'correctChoiceId'],
          `Choice "${q.correctChoiceId}" is not listed.`,
        ),
      );
    out.push(...duplicateIds(q.choices, ['knowledgeCheck', i, 'choices']));
  });
  const checkScreening = (s: ScreeningBlock, at: JsonPathSegment[]) => {
    const keys = ['truePositive', 'falsePositive', 'falseNegative'] as const;
    for (const key of keys) out.push(...checkProbability(s[key], sources, profiles, [...at, key]));
    out.push(
      ...checkExact(
        keys.map((k) => s[k]),
        at,
        'The screening chances',
        [...profiles],
      ),
    );
  };
  if (doc.screening) checkScreening(doc.screening, ['screening']);
  doc.options.forEach((o, i) => {
    if (o.screening) checkScreening(o.screening, ['options', i, 'screening']);
  });
  if (doc.recommendation)
    out.push(...checkSources(doc.recommendation.sourceIds, sources, ['recommendation', 'sourceIds']));
  return out;
}

/** The `DocumentValidator` that `parseDecisionAid` uses: `DecisionAidSchema`, then `refineDecisionAid`. */
export const decisionAidValidator: DocumentValidator<DecisionAidDocument> = {
  kind: 'decision aid',
  schema: DecisionAidSchema as v.GenericSchema<unknown, DecisionAidDocument>,
  refine: refineDecisionAid,
};

/** Validates a decision aid document. Never throws. */
export function parseDecisionAid(input: unknown): ParseResult<DecisionAidDocument> {
  return parseWith(decisionAidValidator, input);
}

/** Like `parseDecisionAid` but throws `SdmContentError` (with every issue) when the document is invalid. */
export function assertDecisionAid(input: unknown): DecisionAidDocument {
  const result = parseDecisionAid(input);
  if (!result.ok) throw new SdmContentError('decision aid', result.issues);
  return result.value;
}
