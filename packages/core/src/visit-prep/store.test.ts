import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../persistence/memory-storage.js';
import { createPersistence } from '../persistence/persistence.js';
import { emptyVisitPrepInput, parseVisitPrepInput } from './input.js';
import { createVisitPrepStore } from './store.js';
import { testTemplate } from './test-utils/template.js';

const now = () => new Date('2026-03-10T09:00:00.000Z');

describe('visit-prep store', () => {
  it('orders concerns as the patient moves them', () => {
    const s = createVisitPrepStore(testTemplate);
    const a = s.getState().actions;
    const first = a.addConcern('Headaches');
    const second = a.addConcern('Tired');
    const third = a.addConcern('Knee pain');
    a.moveConcern(third as string, 'up');
    a.moveConcern(third as string, 'up');
    expect(s.getState().input.concerns.map((c) => c.text)).toEqual(['Knee pain', 'Headaches', 'Tired']);
    // Moving past the ends does nothing.
    a.moveConcern(third as string, 'up');
    a.moveConcern(second as string, 'down');
    expect(s.getState().input.concerns.map((c) => c.id)).toEqual([third, first, second]);
    a.removeConcern(first as string);
    expect(s.getState().input.concerns.map((c) => c.text)).toEqual(['Knee pain', 'Tired']);
  });

  it('stops adding concerns at the template maximum', () => {
    const s = createVisitPrepStore(testTemplate);
    const ids = Array.from({ length: 6 }, (_, i) => s.getState().actions.addConcern(`c${i}`));
    expect(ids.at(-1)).toBeNull();
    expect(s.getState().input.concerns).toHaveLength(5);
  });

  it('adds, edits and removes medicines, supplements and allergies', () => {
    const s = createVisitPrepStore(testTemplate);
    const a = s.getState().actions;
    a.setNoMedicines(true);
    const m1 = a.addMedicine('medicines', { name: 'Metformin' });
    const m2 = a.addMedicine('medicines');
    expect(s.getState().input.noMedicines).toBe(false);
    a.updateMedicine('medicines', m2, {
      name: 'Lisinopril',
      dose: '10 mg',
      frequency: 'Once a day',
      taking: 'sometimes',
    });
    a.updateMedicine('medicines', m1, { reason: 'Diabetes' });
    const sup = a.addMedicine('supplements', { name: 'Vitamin D' });
    const al = a.addAllergy({ substance: 'Penicillin' });
    a.updateAllergy(al, { reaction: 'Rash' });
    a.removeMedicine('medicines', m1);
    const input = s.getState().input;
    expect(input.medicines).toEqual([
      { id: m2, name: 'Lisinopril', dose: '10 mg', frequency: 'Once a day', reason: '', taking: 'sometimes' },
    ]);
    expect(input.supplements.map((x) => x.id)).toEqual([sup]);
    expect(input.allergies).toEqual([{ id: al, substance: 'Penicillin', reaction: 'Rash' }]);
    // A new row never reuses an id that is still in the list.
    expect(a.addMedicine('medicines')).not.toBe(m2);
  });

  it('picks a suggested question once and toggles it off again', () => {
    const s = createVisitPrepStore(testTemplate);
    const a = s.getState().actions;
    a.addQuestion('Can I keep working?');
    a.togglePickedQuestion({ id: 'what-else', text: 'What else could it be?' });
    expect(s.getState().input.questions.map((q) => q.suggestionId ?? null)).toEqual([null, 'what-else']);
    a.moveQuestion(s.getState().input.questions[1]?.id ?? '', 'up');
    expect(s.getState().input.questions[0]?.text).toBe('What else could it be?');
    a.togglePickedQuestion({ id: 'what-else', text: 'What else could it be?' });
    expect(s.getState().input.questions.map((q) => q.text)).toEqual(['Can I keep working?']);
  });

  it('keeps over-long text exactly as typed', () => {
    const s = createVisitPrepStore(testTemplate);
    const long = 'word '.repeat(400).trim();
    s.getState().actions.setReason(long);
    expect(s.getState().input.reason).toBe(long);
  });

  it('autosaves and resumes at the same step after a simulated reload', async () => {
    const storage = createMemoryStorage();
    const first = createVisitPrepStore(testTemplate, { persist: createPersistence({ storage }), now });
    await first.hydrate();
    first.getState().actions.addConcern('Chest pain when I climb stairs');
    first.getState().actions.updateSymptoms({ what: 'Chest pain', onset: '2026-02-01' });
    first.getState().actions.setStep('medicines');
    await first.flush();
    expect([...storage.map.keys()]).toEqual(['sdmkit:visit-prep:test-visit:v1']);
    first.destroy();

    const reloaded = createVisitPrepStore(testTemplate, { persist: createPersistence({ storage }), now });
    await reloaded.hydrate();
    const input = reloaded.getState().input;
    expect(input.step).toBe('medicines');
    expect(input.concerns[0]?.text).toBe('Chest pain when I climb stairs');
    expect(input.symptoms.onset).toBe('2026-02-01');
  });

  it('keeps corrupt saved data aside and starts clean', async () => {
    const storage = createMemoryStorage({
      'sdmkit:visit-prep:test-visit:v1': JSON.stringify({ sdmkit: 1, version: 1, state: { reason: 42 } }),
    });
    const s = createVisitPrepStore(testTemplate, { persist: createPersistence({ storage }), now });
    await s.hydrate();
    expect(s.getState().input).toEqual(emptyVisitPrepInput());
    expect([...storage.map.keys()].some((k) => k.includes(':aside:corrupt:'))).toBe(true);
  });

  it('complete() stamps the time and clearSaved() removes the draft', async () => {
    const storage = createMemoryStorage();
    const s = createVisitPrepStore(testTemplate, { persist: createPersistence({ storage }), now });
    await s.hydrate();
    s.getState().actions.setReason('Check-up');
    s.getState().actions.complete();
    await s.flush();
    expect(s.getState().input.completedAt).toBe('2026-03-10T09:00:00.000Z');
    await s.clearSaved();
    expect(storage.map.size).toBe(0);
    expect(s.getState().input.reason).toBe('');
  });

  it('validates input handed back by a host', () => {
    expect(parseVisitPrepInput(emptyVisitPrepInput()).ok).toBe(true);
    const r = parseVisitPrepInput({ ...emptyVisitPrepInput(), medicines: [{ id: 'm-1', name: 3 }] });
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.path).toMatch(/^\$\.medicines\[0\]/);
    const twice = { id: 'concern-1', text: 'a' };
    const dup = parseVisitPrepInput({ ...emptyVisitPrepInput(), concerns: [twice, twice] });
    expect(dup.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['$.concerns[1].id duplicate_id']);
  });
});
