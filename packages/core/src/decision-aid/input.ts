import * as v from 'valibot';
import { parseWith } from '../content/validate.js';
import { issue, type ParseResult } from '../errors.js';
import { DECISION_AID_LIMITS, type DecisionAidDocument } from './schema.js';

/** How much a consideration matters: 0 = not at all … 4 = very much. */
export type Rating = 0 | 1 | 2 | 3 | 4;
/** The highest `Rating`: 4, "very much". */
export const RATING_MAX = 4;

/** The four questions of the SURE test: Sure of myself, Understand information, Risk-benefit ratio, Encouragement. */
export type SureItem = 'sure' | 'understand' | 'riskBenefit' | 'encouragement';
/** Every `SureItem`, in the test's order (the order `selectSure` lists help in). */
export const SURE_ITEMS: readonly SureItem[] = ['sure', 'understand', 'riskBenefit', 'encouragement'];

/** A concern the patient adds in their own words, rated like a content consideration (`rating` null = not rated). */
export interface OwnConcern {
  readonly id: string;
  readonly text: string;
  readonly rating: Rating | null;
  /** Options the patient thinks this concern speaks for. */
  readonly optionIds: readonly string[];
}

/** Everything the patient enters. Plain JSON; nothing is pre-filled. */
export interface DecisionAidInput {
  readonly ratings: Readonly<Record<string, Rating>>;
  readonly ownConcerns: readonly OwnConcern[];
  readonly knowledge: Readonly<Record<string, string>>;
  /** `true` = yes, `false` = no, absent = not answered. */
  readonly sure: Readonly<Partial<Record<SureItem, boolean>>>;
  /** An option id, `unsure` ("not sure yet"), or null (not chosen). */
  readonly leaning: string | null;
  readonly riskProfileId: string | null;
  /** Set when the risk profile came from the patient's record (`addFromRecord`) and the patient has not changed it. */
  readonly riskProfileFromRecord?: true;
  /** What the record has offered already (`addFromRecord`), as `riskProfile:<id>`: it is not offered again. */
  readonly recordSeen?: readonly string[];
  /** ISO time when the patient finished, or null. */
  readonly completedAt: string | null;
}

/** Most concerns of the patient's own: the input schema's limit, and `addOwnConcern`'s. */
export const MAX_CONCERNS = 20;
/** Longest text of one own concern: the input schema's limit; the actions stop text here. */
export const MAX_CONCERN_LENGTH = 300;

const RatingSchema = v.picklist([0, 1, 2, 3, 4] as const);

const InputSchema = v.object({
  ratings: v.record(v.string(), RatingSchema),
  ownConcerns: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.maxLength(40)),
        text: v.pipe(v.string(), v.maxLength(MAX_CONCERN_LENGTH)),
        rating: v.nullable(RatingSchema),
        optionIds: v.array(v.string()),
      }),
    ),
    v.maxLength(MAX_CONCERNS),
  ),
  knowledge: v.record(v.string(), v.string()),
  sure: v.object(Object.fromEntries(SURE_ITEMS.map((item) => [item, v.optional(v.boolean())]))),
  leaning: v.nullable(v.string()),
  riskProfileId: v.nullable(v.string()),
  riskProfileFromRecord: v.optional(v.literal(true)),
  recordSeen: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(DECISION_AID_LIMITS.riskProfiles)),
  ),
  completedAt: v.nullable(v.string()),
});

/** A blank input, as a new object: nothing rated, answered or chosen, no own concerns, `completedAt` null. */
export function emptyDecisionAidInput(): DecisionAidInput {
  return {
    ratings: {},
    ownConcerns: [],
    knowledge: {},
    sure: {},
    leaning: null,
    riskProfileId: null,
    completedAt: null,
  };
}

/** The ids this content accepts: read-back input and every action are checked against the same rules. */
export function accepts(content: DecisionAidDocument) {
  const options = new Set(content.options.map((o) => o.id));
  const values = new Set(content.values.map((c) => c.id));
  return {
    option: (id: string) => options.has(id),
    value: (id: string) => values.has(id),
    answer: (questionId: string, choiceId: string) =>
      !!content.knowledgeCheck?.find((k) => k.id === questionId)?.choices.some((c) => c.id === choiceId),
    leaning: (leaning: string | null) => leaning === null || leaning === 'unsure' || options.has(leaning),
    riskProfile: (id: string | null) => id === null || !!content.riskProfiles?.some((p) => p.id === id),
  };
}

/** Validates input (saved drafts, a host's `value`) against this content: every id must exist. */
export function parseDecisionAidInput(raw: unknown, content: DecisionAidDocument): ParseResult<DecisionAidInput> {
  const base = parseWith({ kind: 'decision aid input', schema: InputSchema }, raw);
  if (!base.ok) return base;
  const input = base.value as DecisionAidInput;
  const ok = accepts(content);
  const issues = [];
  for (const id of Object.keys(input.ratings))
    if (!ok.value(id))
      issues.push(issue('unknown_reference', ['ratings', id], `Consideration "${id}" does not exist.`));
  for (const [qid, cid] of Object.entries(input.knowledge))
    if (!ok.answer(qid, cid))
      issues.push(issue('unknown_reference', ['knowledge', qid], `Answer "${cid}" does not fit question "${qid}".`));
  input.ownConcerns.forEach((c, i) => {
    c.optionIds.forEach((id, j) => {
      if (!ok.option(id))
        issues.push(issue('unknown_reference', ['ownConcerns', i, 'optionIds', j], `Option "${id}" does not exist.`));
    });
  });
  if (!ok.leaning(input.leaning))
    issues.push(issue('unknown_reference', ['leaning'], `Option "${input.leaning}" does not exist.`));
  if (input.riskProfileFromRecord && input.riskProfileId === null)
    issues.push(
      issue('invalid_value', ['riskProfileFromRecord'], 'Only a chosen risk profile can come from the record.'),
    );
  if (!ok.riskProfile(input.riskProfileId))
    issues.push(issue('unknown_reference', ['riskProfileId'], `Risk profile "${input.riskProfileId}" does not exist.`));
  if (issues.length > 0) return { ok: false, value: undefined, issues };
  return { ok: true, value: input, issues: [] };
}
