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

  it('adds rows to any list with addRow: toolkit ids, typed refusals, only the fields the list has', () => {
    const s = createVisitPrepStore(testTemplate);
    const a = s.getState().actions;
    a.setNoMedicines(true);
    expect(a.addRow('concerns', { text: 'Headaches' })).toEqual({ ok: true, id: 'concern-1' });
    expect(a.addRow('medicines', { name: 'Metformin' })).toEqual({ ok: true, id: 'medicine-1' });
    expect(a.addRow('timeline')).toEqual({ ok: true, id: 'event-1' });
    // The old actions make ids the same way.
    expect(a.addConcern('Tired')).toBe('concern-2');
    expect(a.addMedicine('medicines')).toBe('medicine-2');
    const sneaky = { text: 'Why?', id: 'x', suggestionId: 'y', extra: 1 } as { text: string };
    expect(a.addRow('questions', sneaky)).toEqual({ ok: true, id: 'question-1' });
    const input = s.getState().input;
    expect(input.noMedicines).toBe(false);
    expect(input.medicines[0]).toEqual({
      id: 'medicine-1',
      name: 'Metformin',
      dose: '',
      frequency: '',
      reason: '',
      taking: null,
    });
    expect(input.symptoms.timeline).toEqual([{ id: 'event-1', date: '', note: '' }]);
    expect(input.questions).toEqual([{ id: 'question-1', text: 'Why?' }]);
    for (let i = 0; i < 3; i++) a.addRow('concerns');
    expect(a.addRow('concerns', { text: 'a sixth' })).toEqual({ ok: false, reason: 'limit' });
    // Ids already in a saved draft are read, never repeated.
    a.removeConcern('concern-1');
    expect(a.addRow('concerns')).toEqual({ ok: true, id: 'concern-6' });
  });

  it('moves rows one place, to an index, to the top or bottom; no change keeps the input', () => {
    const s = createVisitPrepStore(testTemplate);
    const a = s.getState().actions;
    for (const text of ['a', 'b', 'c', 'd']) a.addRow('questions', { text });
    const texts = () => s.getState().input.questions.map((q) => q.text);
    a.moveQuestion('question-4', 'top');
    expect(texts()).toEqual(['d', 'a', 'b', 'c']);
    a.moveQuestion('question-4', 2);
    expect(texts()).toEqual(['a', 'b', 'd', 'c']);
    a.moveQuestion('question-1', 'bottom');
    expect(texts()).toEqual(['b', 'd', 'c', 'a']);
    const before = s.getState().input;
    a.moveQuestion('question-2', 'up');
    a.moveQuestion('missing', 'down');
    a.updateQuestion('question-2', 'b');
    a.updateQuestion('missing', 'x');
    a.removeQuestion('missing');
    expect(s.getState().input).toBe(before);
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
    const completed = s.getState().actions.complete();
    await s.flush();
    expect(s.getState().input.completedAt).toBe('2026-03-10T09:00:00.000Z');
    expect(completed).toBe(s.getState().input);
    // A time passed in (the old way) is still taken.
    expect(s.getState().actions.complete('2026-03-11T10:00:00.000Z').completedAt).toBe('2026-03-11T10:00:00.000Z');
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

describe('adding what the patient’s record holds', () => {
  it('adds medicines and allergies not on the lists, marked for checking, and never changes what was typed', () => {
    const s = createVisitPrepStore(testTemplate);
    const a = s.getState().actions;
    a.addRow('medicines', { name: 'Metformin', dose: 'the dose I take: 1 tablet' });
    a.addRow('allergies', { substance: 'Penicillin', reaction: 'rash' });
    const added = a.addFromRecord({
      medicines: [
        { name: ' metformin ', dose: '500 mg', frequency: 'twice a day', reason: 'Type 2 diabetes' },
        { name: 'Lisinopril', dose: '10 mg', frequency: 'daily', reason: '' },
        { name: '', dose: '', frequency: '', reason: '' },
      ],
      allergies: [
        { substance: 'PENICILLIN', reaction: 'hives' },
        { substance: 'Peanuts', reaction: 'swelling' },
      ],
      language: 'Spanish',
      interpreter: true,
    });
    expect(added).toBe(2);
    const input = s.getState().input;
    expect(input.medicines).toEqual([
      {
        id: expect.any(String),
        name: 'Metformin',
        dose: 'the dose I take: 1 tablet',
        frequency: '',
        reason: '',
        taking: null,
      },
      {
        id: expect.any(String),
        name: 'Lisinopril',
        dose: '10 mg',
        frequency: 'daily',
        reason: '',
        taking: null,
        fromRecord: true,
      },
    ]);
    expect(input.allergies.map((x) => [x.substance, x.reaction, x.fromRecord])).toEqual([
      ['Penicillin', 'rash', undefined],
      ['Peanuts', 'swelling', true],
    ]);
    expect(input.practical).toMatchObject({ interpreter: true, interpreterLanguage: 'Spanish' });
    expect(parseVisitPrepInput(input, testTemplate).ok).toBe(true);
    // Again: nothing new.
    expect(a.addFromRecord({ medicines: [{ name: 'LISINOPRIL', dose: '', frequency: '', reason: '' }] })).toBe(0);
  });

  it('adds health conditions not on the list for checking; the patient corrects or removes any', () => {
    const s = createVisitPrepStore(testTemplate);
    const a = s.getState().actions;
    const typed = a.addRow('conditions', { name: 'Asthma since childhood' });
    expect(typed.ok).toBe(true);
    const added = a.addFromRecord({
      conditions: [{ name: 'asthma since childhood' }, { name: 'Type 2 diabetes' }, { name: '  ' }, { name: 'Gout' }],
    });
    expect(added).toBe(2);
    const rows = () => s.getState().input.conditions;
    expect(rows().map((c) => [c.name, c.fromRecord])).toEqual([
      ['Asthma since childhood', undefined],
      ['Type 2 diabetes', true],
      ['Gout', true],
    ]);
    const [, diabetes, gout] = rows();
    a.updateCondition(diabetes?.id ?? '', { name: 'Type 2 diabetes, diet only' });
    a.removeCondition(gout?.id ?? '');
    expect(rows().map((c) => c.name)).toEqual(['Asthma since childhood', 'Type 2 diabetes, diet only']);
    expect(parseVisitPrepInput(s.getState().input, testTemplate).ok).toBe(true);
    // A name the patient already has (here their correction) is not added again.
    expect(a.addFromRecord({ conditions: [{ name: 'Type 2 diabetes, diet only' }] })).toBe(0);
  });

  it('reads input saved before the conditions list existed, with none', () => {
    const { conditions: _, ...older } = emptyVisitPrepInput();
    const r = parseVisitPrepInput({ ...older, reason: 'Cough' });
    expect(r.value?.conditions).toEqual([]);
    expect(r.value?.reason).toBe('Cough');
  });

  it('leaves the interpreter answer alone once the patient gave one', () => {
    const s = createVisitPrepStore(testTemplate);
    s.getState().actions.setPractical({ none: true });
    s.getState().actions.addFromRecord({ language: 'Arabic', interpreter: true });
    expect(s.getState().input.practical).toMatchObject({ interpreter: false, interpreterLanguage: '', none: true });
  });
});
