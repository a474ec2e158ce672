import { clipText } from '../content/common.js';
import {
  type CompletedInput,
  commitCompleted,
  createWidgetStore,
  type WidgetDefinition,
  type WidgetStore,
  type WidgetStoreOptions,
} from '../store/create-widget-store.js';
import { appendRow, type ListAddResult, nextRowId, patchRow, refuseRow, removeRow } from '../store/list.js';
import {
  accepts,
  type DecisionAidInput,
  emptyDecisionAidInput,
  MAX_CONCERN_LENGTH,
  MAX_CONCERNS,
  type OwnConcern,
  parseDecisionAidInput,
  type Rating,
  type SureItem,
} from './input.js';
import type { DecisionAidRecord } from './record.js';
import { DECISION_AID_LIMITS, type DecisionAidDocument } from './schema.js';

/** What a decision aid store's `actions` do to the input. An id the content does not know changes nothing. */
export interface DecisionAidActions {
  /** Rates a content consideration (0 … 4); ignored when the content has no consideration with that id. */
  rate(considerationId: string, rating: Rating): void;
  /** Removes a consideration's rating, so it counts as not rated. */
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
  /**
   * Changes an own concern's text (stopped at `MAX_CONCERN_LENGTH`), rating or options; option ids the content does
   * not know are dropped.
   */
  updateConcern(id: string, patch: Partial<Omit<OwnConcern, 'id'>>): void;
  /** Removes an own concern. */
  removeConcern(id: string): void;
  /** Records the answer to a knowledge question; ignored when the choice is not one of that question's. */
  answerKnowledge(questionId: string, choiceId: string): void;
  /** Answers one SURE item: `true` for yes, `false` for no. */
  answerSure(item: SureItem, yes: boolean): void;
  /** Sets the option the patient leans towards, `unsure` ("not sure yet"), or `null` (not chosen). */
  setLeaning(leaning: string | null): void;
  /** Chooses one of the content's risk profiles, or `null` for the numbers for everyone in the studies. */
  setRiskProfile(profileId: string | null): void;
  /**
   * Takes what the patient's record says (`matchRiskProfile`, or `@sdmkit/smart`'s `readDecisionAidRecord`): its
   * risk profile is chosen and marked `riskProfileFromRecord`, for the patient to check, only when the patient has
   * not chosen one. A profile the record offered before is not offered again (`recordSeen`), so the patient's own
   * choice stands when the record is read once more. Returns whether it was taken.
   */
  addFromRecord(record: DecisionAidRecord): boolean;
  /**
   * Marks the aid finished: stamps `completedAt` with the store's clock (its `now` option) and returns the
   * completed input, as every widget store's `complete()` does (in controlled mode too, where the store changes
   * only when the host passes the value back).
   */
  complete(): CompletedInput<DecisionAidInput>;
  /**
   * Sets the input back to `emptyDecisionAidInput()`: every rating, concern, answer and choice is cleared, and the
   * state's `replacements` goes up (an unsent draft goes too).
   */
  reset(): void;
}

const clean = (s: string) => clipText(s.replace(/\s+/g, ' ').trim(), MAX_CONCERN_LENGTH);

/** The decision aid's `WidgetDefinition`: its name (`decision-aid`), blank input, input validation and actions. */
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
        if (!ok.riskProfile(id)) return;
        commit((i) => {
          if (i.riskProfileId === id && !i.riskProfileFromRecord) return i;
          const { riskProfileFromRecord: _mark, ...rest } = i;
          return { ...rest, riskProfileId: id };
        });
      },
      addFromRecord: ({ riskProfileId }) => {
        const seen = `riskProfile:${riskProfileId}`;
        const i = get();
        if (!riskProfileId || !ok.riskProfile(riskProfileId) || i.recordSeen?.includes(seen)) return false;
        const take = i.riskProfileId === null;
        const recordSeen = [...(i.recordSeen ?? []), seen].slice(-DECISION_AID_LIMITS.riskProfiles);
        commit((x) => (take ? { ...x, riskProfileId, riskProfileFromRecord: true, recordSeen } : { ...x, recordSeen }));
        return take;
      },
      complete: () => commitCompleted(commit, get, now().toISOString()),
      reset: () => commit(emptyDecisionAidInput, { replace: true }),
    };
  },
};

/** A decision aid store, as `createDecisionAidStore` makes it. */
export type DecisionAidStore = WidgetStore<DecisionAidDocument, DecisionAidInput, DecisionAidActions>;

/** One store per decision aid instance. */
export function createDecisionAidStore(
  content: DecisionAidDocument,
  options: WidgetStoreOptions<DecisionAidInput> = {},
): DecisionAidStore {
  return createWidgetStore(decisionAidWidget, content, options);
}
