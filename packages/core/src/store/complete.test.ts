// One `complete()` contract for every widget store: it stamps `completedAt` with the store's clock (`now`) and
// returns the completed input, in controlled mode too.
import { describe, expect, it } from 'vitest';
import { createDecisionAidStore } from '../decision-aid/store.js';
import { testDecisionAid } from '../decision-aid/test-utils/fixture.js';
import { createMemoryStorage } from '../persistence/memory-storage.js';
import { createPersistence } from '../persistence/persistence.js';
import { emptyQuestionListInput, parseQuestionListInput } from '../question-list/input.js';
import { createQuestionListStore } from '../question-list/store.js';
import { tinyList } from '../question-list/test-utils/fixture.js';
import { createVisitPrepStore } from '../visit-prep/store.js';
import { testTemplate } from '../visit-prep/test-utils/template.js';

const AT = '2026-05-06T07:08:09.000Z';
const LATER = '2026-05-06T08:00:00.000Z';

/** A fake clock: the time it says, changed by `set`. */
function fakeClock(iso: string) {
  let time = iso;
  return { now: () => new Date(time), set: (next: string) => (time = next) };
}

interface Completable {
  getState(): { readonly input: { readonly completedAt?: string | null | undefined } } & {
    readonly actions: { complete(): { readonly completedAt: string } };
  };
  setController(propose: ((next: unknown) => void) | null): void;
}

const stores: [string, (now: () => Date) => Completable][] = [
  ['decision aid', (now) => createDecisionAidStore(testDecisionAid(), { now })],
  ['visit prep', (now) => createVisitPrepStore(testTemplate, { now })],
  ['question list', (now) => createQuestionListStore(tinyList, { now })],
];

describe.each(stores)('%s: complete()', (_name, create) => {
  it("stamps the store clock's time and returns the completed input", () => {
    const clock = fakeClock(AT);
    const s = create(clock.now);
    expect(s.getState().input.completedAt ?? null).toBeNull();
    const completed = s.getState().actions.complete();
    expect(completed.completedAt).toBe(AT);
    expect(s.getState().input).toBe(completed);
    // Finishing again stamps the new time.
    clock.set(LATER);
    expect(s.getState().actions.complete().completedAt).toBe(LATER);
    expect(s.getState().input.completedAt).toBe(LATER);
  });

  it('returns the completed input in controlled mode, where the host decides', () => {
    const s = create(fakeClock(AT).now);
    const before = s.getState().input;
    const proposed: unknown[] = [];
    s.setController((next) => proposed.push(next));
    const completed = s.getState().actions.complete();
    expect(completed).toEqual({ ...before, completedAt: AT });
    expect(proposed).toEqual([completed]);
    expect(s.getState().input).toBe(before);
  });
});

describe('question list: completedAt', () => {
  it('old drafts without it still parse, and ones with it parse too', () => {
    const old = { items: [], dismissed: [], seq: 0 };
    expect(parseQuestionListInput(old, tinyList)).toEqual({ ok: true, value: old, issues: [] });
    expect(parseQuestionListInput({ ...old, completedAt: AT }, tinyList).ok).toBe(true);
    expect(parseQuestionListInput({ ...old, completedAt: null }, tinyList).ok).toBe(true);
    const bad = parseQuestionListInput({ ...old, completedAt: 5 }, tinyList);
    expect(bad.issues.map((i) => i.path)).toEqual(['$.completedAt']);
    expect(parseQuestionListInput({ ...old, completedAt: 'x'.repeat(41) }, tinyList).ok).toBe(false);
    // A new list has none: what is saved for it is what was saved before.
    expect(emptyQuestionListInput()).toEqual(old);
  });

  it('a saved draft without it loads, is finished, saved and loads again', async () => {
    const storage = createMemoryStorage();
    const saved = createQuestionListStore(tinyList, { persist: createPersistence({ storage }) });
    await saved.hydrate();
    saved.getState().actions.pick('q1');
    await saved.flush();
    saved.destroy();
    const text = [...storage.map.values()][0] ?? '';
    expect(text).not.toContain('completedAt');

    const s = createQuestionListStore(tinyList, { persist: createPersistence({ storage }), now: () => new Date(AT) });
    await s.hydrate();
    expect(s.getState().input.items.map((i) => i.key)).toEqual(['q:q1']);
    s.getState().actions.complete();
    await s.flush();
    s.destroy();

    const reloaded = createQuestionListStore(tinyList, { persist: createPersistence({ storage }) });
    await reloaded.hydrate();
    expect(reloaded.getState().input.completedAt).toBe(AT);
    expect([...storage.map.keys()].some((k) => k.includes(':aside:'))).toBe(false);
  });

  it('reset() empties the list and forgets when it was finished', () => {
    const s = createQuestionListStore(tinyList, { now: () => new Date(AT) });
    s.getState().actions.pick('q1');
    s.getState().actions.complete();
    s.getState().actions.reset();
    expect(s.getState().input).toEqual(emptyQuestionListInput());
    const empty = s.getState().input;
    s.getState().actions.reset();
    expect(s.getState().input).toBe(empty);
  });
});
