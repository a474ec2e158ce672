import { describe, expect, it } from 'vitest';
import { buildVisitAgenda, formatVisitAgendaText, layoutVisitAgenda } from './agenda.js';
import { emptyVisitPrepInput, type VisitPrepInput } from './input.js';
import { buildVisitPrepResult } from './result.js';
import { keysTranslate } from './test-utils/keys-translate.js';
import { testTemplate } from './test-utils/template.js';

const t = keysTranslate;

const base = emptyVisitPrepInput();
const filled: VisitPrepInput = {
  ...base,
  reason: 'Chest pain since January',
  concerns: [
    { id: 'concern-1', text: 'Pain when I climb stairs' },
    { id: 'concern-2', text: ' ' },
    { id: 'concern-3', text: 'Short of breath' },
    { id: 'concern-4', text: 'Trouble sleeping' },
    { id: 'concern-5', text: 'Ankles swell by evening every single day' },
  ],
  symptoms: {
    ...base.symptoms,
    what: 'Tight chest',
    bodyAreas: ['Chest'],
    onset: '2026-01-10',
    severity: 'moderate',
    timeline: [
      { id: 'event-1', date: '2026-02-20', note: 'Now also at rest' },
      { id: 'event-2', date: '2026-01-10', note: 'Only on stairs' },
    ],
    better: 'Resting',
  },
  medicines: [
    { id: 'medicine-1', name: 'Aspirin', dose: '81 mg', frequency: 'Daily', reason: 'Heart', taking: 'yes' },
    { id: 'medicine-2', name: 'Atorvastatin', dose: '20 mg', frequency: 'Nightly', reason: '', taking: 'no' },
    { id: 'medicine-3', name: '', dose: '', frequency: '', reason: '', taking: null },
  ],
  allergies: [{ id: 'allergy-1', substance: 'Penicillin', reaction: 'Hives' }],
  whatMatters: { goals: 'Walk my dog again', worries: '' },
  questions: [
    { id: 'question-1', text: 'What else could it be?', suggestionId: 'what-else' },
    { id: 'question-2', text: 'Do I need tests?' },
    { id: 'question-3', text: 'Can I exercise?' },
    { id: 'question-4', text: 'When will I get results?' },
  ],
  practical: { ...base.practical, interpreter: true, interpreterLanguage: 'Spanish' },
};

describe('buildVisitAgenda', () => {
  it('puts the top three concerns first, in the patient order, and flags long ones', () => {
    const agenda = buildVisitAgenda(testTemplate, filled);
    expect(agenda.reason).toEqual({ text: 'Chest pain since January', words: 4, overLimit: false });
    expect(agenda.topConcerns.map((c) => c.text)).toEqual([
      'Pain when I climb stairs',
      'Short of breath',
      'Trouble sleeping',
    ]);
    expect(agenda.otherConcerns).toEqual([
      { text: 'Ankles swell by evening every single day', words: 7, overLimit: true },
    ]);
    expect(agenda.words).toEqual({ count: 21, limit: 20, overLimit: true });
  });

  it('orders the timeline, lists medicine changes, allergies and the top three questions', () => {
    const agenda = buildVisitAgenda(testTemplate, filled);
    expect(agenda.symptoms?.timeline).toEqual([
      { date: '2026-01-10', note: 'Only on stairs' },
      { date: '2026-02-20', note: 'Now also at rest' },
    ]);
    expect(agenda.medicines.map((m) => m.name)).toEqual(['Aspirin', 'Atorvastatin']);
    expect(agenda.medicineChanges.map((m) => m.name)).toEqual(['Atorvastatin']);
    expect(agenda.allergies).toEqual([{ substance: 'Penicillin', reaction: 'Hives' }]);
    expect(agenda.topQuestions).toEqual(['What else could it be?', 'Do I need tests?', 'Can I exercise?']);
    expect(agenda.otherQuestions).toEqual(['When will I get results?']);
    expect(agenda.whatMatters).toEqual({ goals: 'Walk my dog again', worries: '' });
    expect(agenda.after).toBeNull();
    expect(JSON.parse(JSON.stringify(agenda))).toEqual(agenda);
  });

  it('leaves out sections the template does not show', () => {
    const only = { ...testTemplate, sections: [{ type: 'concerns' as const, title: 'Why' }] };
    const agenda = buildVisitAgenda(only, filled);
    expect(agenda.symptoms).toBeNull();
    expect(agenda.medicines).toEqual([]);
    expect(agenda.topQuestions).toEqual([]);
    expect(agenda.sections).toEqual(['concerns']);
  });

  it('builds the result handed to onComplete', () => {
    const r = buildVisitPrepResult(testTemplate, filled, '2026-03-10T09:00:00.000Z');
    expect(r).toMatchObject({
      templateId: 'test-visit',
      templateVersion: '1.0.0',
      completedAt: '2026-03-10T09:00:00.000Z',
    });
    expect(r.agenda.topConcerns).toHaveLength(3);
  });
});

describe('health conditions in the agenda', () => {
  const withConditions: VisitPrepInput = {
    ...base,
    conditions: [
      { id: 'condition-1', name: ' Type 2 diabetes ', fromRecord: true },
      { id: 'condition-2', name: '' },
      { id: 'condition-3', name: 'Asthma' },
    ],
  };

  it('lists them briefly under medicines, on screen and in plain text', () => {
    const agenda = buildVisitAgenda(testTemplate, withConditions);
    expect(agenda.conditions).toEqual(['Type 2 diabetes', 'Asthma']);
    expect(formatVisitAgendaText(agenda, t).split('\n').slice(2, 6)).toEqual([
      'AGENDA.MEDICINES',
      'agenda.conditions:',
      '- Type 2 diabetes',
      '- Asthma',
    ]);
    const one = buildVisitAgenda(testTemplate, { ...withConditions, conditions: [{ id: 'c', name: 'Asthma' }] });
    expect(layoutVisitAgenda(one, t, { compact: true })[0]?.blocks).toEqual([
      { kind: 'paragraph', label: 'agenda.conditions', text: 'Asthma' },
    ]);
  });

  it('leaves them out when the template has no medicines section', () => {
    const only = { ...testTemplate, sections: [{ type: 'concerns' as const, title: 'Why' }] };
    expect(buildVisitAgenda(only, withConditions).conditions).toEqual([]);
  });
});

describe('formatVisitAgendaText', () => {
  it('writes the agenda as plain text in reading order', () => {
    const text = formatVisitAgendaText(buildVisitAgenda(testTemplate, filled), t);
    expect(text.split('\n')).toEqual([
      'agenda.title: Get ready for your visit',
      '',
      'AGENDA.CONCERNS',
      'agenda.reason: Chest pain since January',
      '1. Pain when I climb stairs',
      '2. Short of breath',
      '3. Trouble sleeping',
      'agenda.otherConcerns(count=1) agendaText.clipMark(n=1)',
      '[agendaText.agendaOverLimit(count=21,limit=20)]',
      '',
      'AGENDA.SYMPTOMS',
      'agenda.what: Tight chest',
      'agenda.where: Chest',
      // The start date is the timeline's first entry: said once, there.
      'agenda.severity: severity.moderate',
      'agenda.timeline:',
      '- Jan 10, 2026: Only on stairs',
      '- Feb 20, 2026: Now also at rest',
      'agenda.better: Resting',
      '',
      'AGENDA.MEDICINES',
      'agenda.medicineChanges:',
      '! Atorvastatin, 20 mg, Nightly (agendaText.takingLabel: taking.no)',
      // Atorvastatin is not listed again; "taking: yes" is left out.
      '- Aspirin, 81 mg, Daily, agendaText.forReason(reason=Heart)',
      'agenda.allergies: Penicillin (Hives)',
      '',
      'AGENDA.WHATMATTERS',
      'agenda.goals: Walk my dog again',
      '',
      'AGENDA.QUESTIONS',
      '1. What else could it be?',
      '2. Do I need tests?',
      '3. Can I exercise?',
      'agenda.otherQuestions(count=1)',
      '',
      'AGENDA.PRACTICAL',
      'agenda.interpreterIn(language=Spanish)',
      '',
      'AGENDATEXT.FULLTEXT',
      'agendaText.clipMark(n=1) agenda.otherConcerns(count=1):',
      '- Ankles swell by evening every single day [agendaText.overLimit]',
    ]);
  });

  it('says when nothing was entered', () => {
    const text = formatVisitAgendaText(buildVisitAgenda(testTemplate, emptyVisitPrepInput()), t);
    expect(text).toBe('agenda.title: Get ready for your visit\nagenda.empty');
  });
});

describe('layoutVisitAgenda', () => {
  const withAfter: VisitPrepInput = {
    ...filled,
    supplements: [{ id: 'supplement-1', name: 'Fish oil', dose: '', frequency: '', reason: '', taking: null }],
    after: { ...base.after, nextSteps: 'Blood test' },
  };
  const sectionsOf = (options: Parameters<typeof layoutVisitAgenda>[2]) =>
    layoutVisitAgenda(buildVisitAgenda(testTemplate, withAfter), t, options);
  const kinds = (options: Parameters<typeof layoutVisitAgenda>[2], part: string) =>
    sectionsOf(options)
      .find((s) => s.part === part)
      ?.blocks.map((b) => (b.kind === 'minor' || b.kind === 'paragraph' ? `${b.kind}:${b.text}` : b.kind));

  it('lays out the parts in reading order, as plain data', () => {
    const sections = sectionsOf({});
    expect(sections.map((s) => s.part)).toEqual([
      'concerns',
      'symptoms',
      'medicines',
      'what-matters',
      'questions',
      'practical',
      'after-visit',
    ]);
    expect(JSON.parse(JSON.stringify(sections))).toEqual(sections);
    expect(kinds({}, 'concerns')).toEqual(['paragraph:Chest pain since January', 'list', 'more']);
    expect(kinds({}, 'medicines')).toEqual(['group', 'list', 'paragraph:Fish oil', 'paragraph:Penicillin (Hives)']);
  });

  it('compact keeps the essentials: a count of other concerns, no symptom detail, medicine list or after-visit', () => {
    const sections = sectionsOf({ compact: true });
    expect(sections.map((s) => s.part)).not.toContain('after-visit');
    expect(kinds({ compact: true }, 'concerns')).toEqual(['paragraph:Chest pain since January', 'list', 'more']);
    expect(kinds({ compact: true }, 'medicines')).toEqual(['group', 'paragraph:Penicillin (Hives)']);
    const symptoms = sections.find((s) => s.part === 'symptoms')?.blocks[0];
    expect(symptoms?.kind === 'pairs' && symptoms.pairs.map((p) => p.label)).toEqual([
      'agenda.what',
      'agenda.where',
      'agenda.severity',
    ]);
  });

  it('puts the timeline below the symptom fields on screen, and among them in plain text', () => {
    expect(kinds({}, 'symptoms')).toEqual(['pairs', 'minor:agenda.timeline', 'list']);
    expect(kinds({ plain: true }, 'symptoms')).toEqual(['pairs', 'minor:agenda.timeline', 'list', 'pairs']);
  });
});
