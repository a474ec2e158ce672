import * as v from 'valibot';
import { clipText } from '../content/common.js';
import { parseWith } from '../content/validate.js';
import { issue, type ParseResult } from '../errors.js';
import {
  type CompletedInput,
  commitCompleted,
  createWidgetStore,
  type WidgetDefinition,
  type WidgetStore,
  type WidgetStoreOptions,
} from '../store/create-widget-store.js';
import { appendRow, type ListAddResult, nextRowId, patchRow, refuseRow, removeRow } from '../store/list.js';
import type { DecisionAidDocument } from './schema.js';

/** How much a consideration matters: 0 = not at all … 4 = very much. */
export type Rating = 0 | 1 | 2 | 3 | 4;
export const RATING_MAX = 4;

export type SureItem = 'sure' | 'understand' | 'riskBenefit' | 'encouragement';
export const SURE_ITEMS: readonly SureItem[] = ['sure', 'understand', 'riskBenefit', 'encouragement'];

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
  completedAt: v.nullable(v.string()),
});

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
function accepts(content: DecisionAidDocument) {
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
  if (!ok.riskProfile(input.riskProfileId))
    issues.push(issue('unknown_reference', ['riskProfileId'], `Risk profile "${input.riskProfileId}" does not exist.`));
  if (issues.length > 0) return { ok: false, value: undefined, issues };
  return { ok: true, value: input, issues: [] };
}

export interface DecisionAidActions {
  rate(considerationId: string, rating: Rating): void;
  clearRating(considerationId: string): void;
  /**
   * Adds a concern of the patient's own (spaces tidied, text stopped at `MAX_CONCERN_LENGTH`): its id, or why it
   * was refused (`empty` text, or `limit`: `MAX_CONCERNS` already).
   */
  addOwnConcern(text: string): ListAddResult;
  /**
   * Adds a concern of the patient's own; returns its id ('' when the list is full or the text is empty).
   * @deprecated use `addOwnConcern`, which says why a concern was refused.
   */
  addConcern(text: string): string;
  updateConcern(id: string, patch: Partial<Omit<OwnConcern, 'id'>>): void;
  removeConcern(id: string): void;
  answerKnowledge(questionId: string, choiceId: string): void;
  answerSure(item: SureItem, yes: boolean): void;
  setLeaning(leaning: string | null): void;
  setRiskProfile(profileId: string | null): void;
  /**
   * Marks the aid finished: stamps `completedAt` with the store's clock (its `now` option) and returns the
   * completed input, as every widget store's `complete()` does (in controlled mode too, where the store changes
   * only when the host passes the value back).
   */
  complete(): CompletedInput<DecisionAidInput>;
  reset(): void;
}

const clean = (s: string) => clipText(s.replace(/\s+/g, ' ').trim(), MAX_CONCERN_LENGTH);

export const decisionAidWidget: WidgetDefinition<DecisionAidDocument, DecisionAidInput, DecisionAidActions> = {
  widget: 'decision-aid',
  emptyInput: emptyDecisionAidInput,
  parseInput: parseDecisionAidInput,
  actions: (commit, get, content, now) => {
    const ok = accepts(content);
    /** Sets one field; the input stays the same object when nothing changes. */
    const set = <K extends keyof DecisionAidInput>(key: K, value: DecisionAidInput[K]) =>
      commit((i) => (i[key] === value ? i : { ...i, [key]: value }));
    /** Sets one entry of a keyed field (ratings, knowledge answers, SURE answers). */
    const setIn = <K extends 'ratings' | 'knowledge' | 'sure'>(key: K, id: string, value: unknown) =>
      commit((i) => {
        const entries: Readonly<Record<string, unknown>> = i[key];
        return entries[id] === value ? i : { ...i, [key]: { ...entries, [id]: value } };
      });
    /** Changes the own concerns with the list toolkit; the input stays the same object when they do not change. */
    const concerns = (change: (list: readonly OwnConcern[]) => readonly OwnConcern[]) =>
      commit((i) => {
        const ownConcerns = change(i.ownConcerns);
        return ownConcerns === i.ownConcerns ? i : { ...i, ownConcerns };
      });
    const addOwnConcern = (text: string): ListAddResult => {
      const t = clean(text);
      if (!t) return refuseRow('empty');
      const list = get().ownConcerns;
      const row: OwnConcern = { id: nextRowId('own', list), text: t, rating: null, optionIds: [] };
      const result = appendRow(list, row, { max: MAX_CONCERNS });
      if (!result.ok) return result;
      concerns(() => result.list);
      return { ok: true, id: result.id };
    };
    return {
      rate: (id, rating) => {
        if (ok.value(id)) setIn('ratings', id, rating);
      },
      clearRating: (id) =>
        commit((i) => {
          if (!(id in i.ratings)) return i;
          const { [id]: _gone, ...rest } = i.ratings;
          return { ...i, ratings: rest };
        }),
      addOwnConcern,
      addConcern: (text) => {
        const result = addOwnConcern(text);
        return result.ok ? result.id : '';
      },
      updateConcern: (id, patch) =>
        concerns((list) =>
          patchRow(list, id, (c) => {
            const optionIds = (patch.optionIds ?? c.optionIds).filter(ok.option);
            return {
              text: clipText(patch.text ?? c.text, MAX_CONCERN_LENGTH),
              rating: patch.rating === undefined ? c.rating : patch.rating,
              // The same array when none is given and none dropped, so a change of nothing changes nothing.
              optionIds:
                patch.optionIds === undefined && optionIds.length === c.optionIds.length ? c.optionIds : optionIds,
            };
          }),
        ),
      removeConcern: (id) => concerns((list) => removeRow(list, id)),
      answerKnowledge: (qid, cid) => {
        if (ok.answer(qid, cid)) setIn('knowledge', qid, cid);
      },
      answerSure: (item, yes) => setIn('sure', item, yes),
      setLeaning: (leaning) => {
        if (ok.leaning(leaning)) set('leaning', leaning);
      },
      setRiskProfile: (id) => {
        if (ok.riskProfile(id)) set('riskProfileId', id);
      },
      complete: () => commitCompleted(commit, get, now().toISOString()),
      reset: () => commit(emptyDecisionAidInput),
    };
  },
};

export type DecisionAidStore = WidgetStore<DecisionAidDocument, DecisionAidInput, DecisionAidActions>;

/** One store per decision aid instance. */
export function createDecisionAidStore(
  content: DecisionAidDocument,
  options: WidgetStoreOptions<DecisionAidInput> = {},
): DecisionAidStore {
  return createWidgetStore(decisionAidWidget, content, options);
}
