// Property test of the saving engine (issue 22): any sequence of a patient's actions on the question list, reloads
// (the widget closed and opened again on the same storage) and new editions of the prompt list (questions left out)
// loses nothing. After each reload the input is exactly what was on screen before it, less the questions the new
// edition no longer has; those (and their notes) are in a copy kept aside and offered to the patient, and every copy
// kept aside earlier is still there.
import { visitQuestionsEn } from '@sdmkit/content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionListInput } from '../question-list/input.js';
import type { PromptList } from '../question-list/schema.js';
import { createQuestionListStore, type QuestionListStore } from '../question-list/store.js';
import { storageKey } from './keys.js';
import { createMemoryStorage } from './memory-storage.js';
import { createPersistence } from './persistence.js';
import { asideCopies, faultyStorage, sleep } from './test-utils/faults.js';
import type { Persistence, StorageAdapter } from './types.js';

const KEY = storageKey({ widget: 'question-list', contentId: visitQuestionsEn.id, version: 1 });
const ALL = visitQuestionsEn.questions.map((q) => q.id);
const now = () => new Date('2026-05-06T07:08:09.000Z');
/** How often the runs met what the property is about, so that a weaker generator cannot pass unnoticed. */
const seen = { reloads: 0, droppedEntries: 0 };

type Action =
  | { readonly t: 'pick' | 'unpick'; readonly q: number }
  | { readonly t: 'own' }
  | { readonly t: 'note' | 'remove'; readonly item: number }
  | { readonly t: 'move'; readonly item: number; readonly to: number }
  /** Closes the widget and opens it again: on the same persistence value (a remount) or a new one (a new page). */
  | { readonly t: 'reload'; readonly samePersistence: boolean; readonly flushFirst: boolean }
  /** A reload on a new edition of the prompt list that leaves these questions out (of the first edition). */
  | { readonly t: 'edition'; readonly drop: readonly number[] };

const question = fc.nat(ALL.length - 1);
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('pick' as const), q: question }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('unpick' as const), q: question }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('own' as const) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('note' as const), item: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('remove' as const), item: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('move' as const), item: fc.nat(40), to: fc.nat(40) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('reload' as const),
      samePersistence: fc.boolean(),
      flushFirst: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('edition' as const), drop: fc.uniqueArray(question, { maxLength: 4 }) }),
  },
);

function edition(drop: readonly number[], n: number): PromptList {
  const left = new Set(drop.map((i) => ALL[i]));
  return {
    ...visitQuestionsEn,
    meta: { ...visitQuestionsEn.meta, version: `2.${n}.0` },
    questions: visitQuestionsEn.questions.filter((q) => !left.has(q.id)),
    starterSet: visitQuestionsEn.starterSet?.filter((id) => !left.has(id)),
  };
}

/** The pick and the patient's own words in one list item, as JSON strings (as they appear in a stored copy). */
const tokensOf = (item: QuestionListInput['items'][number]) =>
  [item.key, item.text, item.note].filter((t): t is string => !!t).map((t) => JSON.stringify(t));

async function play(actions: readonly Action[], async: boolean): Promise<void> {
  const backing = createMemoryStorage();
  const adapter: StorageAdapter = async ? faultyStorage(backing).adapter : backing;
  let content: PromptList = visitQuestionsEn;
  let persist: Persistence = createPersistence({ storage: adapter });
  let store: QuestionListStore = createQuestionListStore(content, { persist, now });
  await store.hydrate();
  let words = 0;
  let editions = 0;
  /** Words and picks that went into a copy kept aside: they must stay findable there. */
  const keptAside = new Set<string>();

  const reload = async (next: PromptList, samePersistence: boolean, flushFirst: boolean) => {
    const before = store.getState().input;
    if (flushFirst) await store.flush();
    store.destroy();
    if (!samePersistence) {
      await sleep(0); // a new page starts after the old one's last task
      persist = createPersistence({ storage: adapter });
    }
    store = createQuestionListStore(next, { persist, now });
    await store.hydrate();
    await store.flush();
    const known = new Set(next.questions.map((q) => q.id));
    const fits = (i: QuestionListInput['items'][number]) => i.source !== 'library' || known.has(i.questionId ?? '');
    // Everything about questions the edition still has is restored as it was, in its order.
    expect(store.getState().input).toEqual({ ...before, items: before.items.filter(fits) });
    // The rest is in a copy kept aside that the patient is offered.
    const dropped = before.items.filter((i) => !fits(i)).flatMap(tokensOf);
    const { listed, unlisted } = await asideCopies(store, backing, KEY);
    for (const token of dropped)
      expect(
        listed.some((text) => text.includes(token)),
        token,
      ).toBe(true);
    for (const token of dropped) keptAside.add(token);
    seen.reloads++;
    seen.droppedEntries += dropped.length;
    for (const token of keptAside)
      expect(
        [...listed, ...unlisted].some((text) => text.includes(token)),
        token,
      ).toBe(true);
    content = next;
  };

  for (const a of actions) {
    const act = store.getState().actions;
    const items = store.getState().input.items;
    const item = 'item' in a && items.length > 0 ? items[a.item % items.length] : undefined;
    switch (a.t) {
      case 'pick':
        act.pick(ALL[a.q] as string);
        break;
      case 'unpick':
        act.unpick(ALL[a.q] as string);
        break;
      case 'own':
        act.addOwn(`Own question ${++words}`);
        break;
      case 'note':
        if (item) act.setNote(item.key, `Note ${++words}`);
        break;
      case 'remove':
        if (item) act.remove(item.key);
        break;
      case 'move':
        if (item) act.moveTo(item.key, a.to);
        break;
      case 'reload':
        await reload(content, a.samePersistence, a.flushFirst);
        break;
      case 'edition':
        await reload(edition(a.drop, ++editions), false, false);
        break;
    }
  }
  // A last reload on the first edition: every question is back, nothing else changes.
  await reload(visitQuestionsEn, false, false);
  store.destroy();
}

describe('saving the question list (property)', () => {
  it('loses nothing across any actions, reloads and new editions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 40, size: 'max' }), fc.boolean(), (actions, async) =>
        play(actions, async),
      ),
      { numRuns: 100 },
    );
    expect(seen.reloads).toBeGreaterThan(400);
    expect(seen.droppedEntries).toBeGreaterThan(30);
  });
});
