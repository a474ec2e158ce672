import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../persistence/memory-storage.js';
import { createPersistence } from '../persistence/persistence.js';
import { MAX_CONCERNS, parseDecisionAidInput } from './input.js';
import { assertDecisionAid, parseDecisionAid } from './schema.js';
import { createDecisionAidStore } from './store.js';
import { testDecisionAid } from './test-utils/fixture.js';

describe('parseDecisionAid', () => {
  it('accepts a valid document', () => {
    expect(parseDecisionAid(testDecisionAid()).ok).toBe(true);
  });

  it('reports schema problems with paths, never throws', () => {
    const bad = { ...testDecisionAid(), options: [{ id: 'only' }] } as unknown;
    const r = parseDecisionAid(bad);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path)).toContain('$.options[0].title');
    expect(parseDecisionAid(null).ok).toBe(false);
    expect(() => assertDecisionAid({})).toThrow(/Invalid decision aid/);
  });

  it('checks cross references: option ids, sources, answers for every option, unique ids', () => {
    const doc = testDecisionAid();
    const bad = {
      ...doc,
      faq: [{ id: 'q1', question: 'Q?', answers: { a: 'yes', ghost: 'boo' } }],
      outcomes: [
        { ...doc.outcomes[0]!, byOption: { a: { ...doc.outcomes[0]!.byOption.a!, sourceIds: ['nope'] }, wait: null } },
      ],
      values: [...doc.values, { id: 'v1', label: 'Again', supports: [] }],
    };
    const r = parseDecisionAid(bad);
    expect(r.ok).toBe(false);
    const paths = r.issues.map((i) => `${i.code} ${i.path}`);
    expect(paths).toContain('required $.faq[0].answers.wait');
    expect(paths).toContain('unknown_reference $.faq[0].answers.ghost');
    expect(paths).toContain('unknown_reference $.outcomes[0].byOption.a.sourceIds[0]');
    expect(paths).toContain('duplicate_id $.values[3].id');
  });
});

describe('decision aid store', () => {
  it('starts empty: nothing pre-selected', () => {
    const s = createDecisionAidStore(testDecisionAid());
    expect(s.getState().input).toEqual({
      ratings: {},
      ownConcerns: [],
      knowledge: {},
      sure: {},
      leaning: null,
      riskProfileId: null,
      completedAt: null,
    });
  });

  it('ignores unknown ids and keeps own concerns bounded', () => {
    const s = createDecisionAidStore(testDecisionAid());
    const a = s.getState().actions;
    a.rate('ghost', 3);
    a.setLeaning('ghost');
    a.answerKnowledge('k1', 'nope');
    a.setRiskProfile('nope');
    expect(s.getState().input.ratings).toEqual({});
    expect(s.getState().input.leaning).toBeNull();
    expect(a.addConcern('   ')).toBe('');
    const id = a.addConcern('  Cost   of travel ');
    expect(s.getState().input.ownConcerns[0]).toEqual({ id, text: 'Cost of travel', rating: null, optionIds: [] });
    a.updateConcern(id, { rating: 2, optionIds: ['a', 'ghost'] });
    expect(s.getState().input.ownConcerns[0]).toMatchObject({ rating: 2, optionIds: ['a'] });
    for (let i = 0; i < MAX_CONCERNS + 3; i++) a.addConcern(`c${i}`);
    expect(s.getState().input.ownConcerns).toHaveLength(MAX_CONCERNS);
    a.removeConcern(id);
    expect(s.getState().input.ownConcerns.some((c) => c.id === id)).toBe(false);
  });

  it('validates input against the content', () => {
    const doc = testDecisionAid();
    const ok = {
      ratings: { v1: 2 },
      ownConcerns: [],
      knowledge: { k1: 'k1a' },
      sure: {},
      leaning: 'a',
      riskProfileId: 'high',
      completedAt: null,
    };
    expect(parseDecisionAidInput(ok, doc).ok).toBe(true);
    const bad = parseDecisionAidInput({ ...ok, ratings: { zz: 2 }, leaning: 'zz', knowledge: { k1: 'x' } }, doc);
    expect(bad.issues.map((i) => i.path)).toEqual(['$.ratings.zz', '$.knowledge.k1', '$.leaning']);
    expect(parseDecisionAidInput({ ...ok, ratings: { v1: 9 } }, doc).ok).toBe(false);
  });

  it('persists through the foundation adapters and restores validated input', async () => {
    const storage = createMemoryStorage();
    const doc = testDecisionAid();
    const s1 = createDecisionAidStore(doc, { persist: createPersistence({ storage }) });
    await s1.hydrate();
    s1.getState().actions.rate('v1', 3);
    s1.getState().actions.setLeaning('wait');
    await s1.flush();
    const s2 = createDecisionAidStore(doc, { persist: createPersistence({ storage }) });
    await s2.hydrate();
    expect(s2.getState().input.ratings).toEqual({ v1: 3 });
    expect(s2.getState().input.leaning).toBe('wait');
  });

  it('adds own concerns with the list toolkit: `own-<n>` ids, typed refusals', () => {
    const s = createDecisionAidStore(testDecisionAid());
    const a = s.getState().actions;
    expect(a.addOwnConcern('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(a.addOwnConcern('Cost')).toEqual({ ok: true, id: 'own-1' });
    expect(a.addConcern('Travel')).toBe('own-2');
    a.removeConcern('own-1');
    // One above the largest number used, so ids read from an older draft (`own-1`, `own-3`) are never repeated.
    expect(a.addOwnConcern('Time off work')).toEqual({ ok: true, id: 'own-3' });
    const old = createDecisionAidStore(testDecisionAid(), {
      initialInput: {
        ...s.getState().input,
        ownConcerns: [
          { id: 'own-1', text: 'a', rating: null, optionIds: [] },
          { id: 'own-3', text: 'b', rating: null, optionIds: [] },
        ],
      },
    });
    expect(old.getState().actions.addOwnConcern('c')).toEqual({ ok: true, id: 'own-4' });
  });

  it('leaves the input as it was for concern changes that change nothing', () => {
    const s = createDecisionAidStore(testDecisionAid());
    const a = s.getState().actions;
    const id = a.addConcern('Cost');
    const before = s.getState().input;
    a.updateConcern(id, { text: 'Cost' });
    a.updateConcern(id, {});
    a.updateConcern('ghost', { text: 'x' });
    a.removeConcern('ghost');
    expect(s.getState().input).toBe(before);
  });

  it('stamps completion with the store clock', () => {
    const s = createDecisionAidStore(testDecisionAid(), { now: () => new Date('2026-01-02T03:04:05Z') });
    const completed = s.getState().actions.complete();
    expect(s.getState().input.completedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(completed).toBe(s.getState().input);
  });
});
