import { describe, expect, it } from 'vitest';
import { emptyVisitPrepInput, type VisitPrepInput } from './input.js';
import {
  countWords,
  isValidDate,
  selectAgendaWords,
  selectCompletion,
  selectDateProblems,
  selectSectionProgress,
  selectTimeline,
} from './selectors.js';
import { testTemplate } from './test-utils/template.js';

const today = new Date(2026, 2, 10, 12); // 10 March 2026, local time
const withInput = (patch: Partial<VisitPrepInput>): VisitPrepInput => ({ ...emptyVisitPrepInput(), ...patch });

describe('word limits', () => {
  it('counts words in any script', () => {
    expect(countWords('  ')).toBe(0);
    expect(countWords('Me duele la cabeza')).toBe(4);
    expect(countWords('عندي صداع منذ أسبوع')).toBe(4);
    expect(countWords('one\ntwo\tthree')).toBe(3);
  });

  it('flags concerns and the agenda over their limits but keeps the text', () => {
    const input = withInput({
      reason: 'Headaches for two weeks',
      concerns: [
        { id: 'concern-1', text: 'Headaches that wake me up at night' },
        { id: 'concern-2', text: 'Tired' },
      ],
    });
    const w = selectAgendaWords(testTemplate, input);
    expect(w.concerns).toEqual([
      { id: 'concern-1', words: 7, limit: 5, over: true },
      { id: 'concern-2', words: 1, limit: 5, over: false },
    ]);
    expect(w.words).toBe(12);
    expect(w.over).toBe(false);
    expect(input.concerns[0]?.text).toBe('Headaches that wake me up at night');
    const long = withInput({ reason: 'a '.repeat(21) });
    expect(selectAgendaWords(testTemplate, long).over).toBe(true);
  });
});

describe('symptom timeline', () => {
  it('sorts entries oldest first and keeps undated ones last in typed order', () => {
    const input = withInput({
      symptoms: {
        ...emptyVisitPrepInput().symptoms,
        timeline: [
          { id: 'event-1', date: '2026-03-01', note: 'Worse' },
          { id: 'event-2', date: '', note: 'Some day: fever' },
          { id: 'event-3', date: '2026-01-15', note: 'Started' },
          { id: 'event-4', date: '2026-02-30', note: 'Typo date' },
          { id: 'event-5', date: '2026-03-01', note: 'Same day, later' },
        ],
      },
    });
    expect(selectTimeline(input).map((e) => e.id)).toEqual(['event-3', 'event-1', 'event-5', 'event-2', 'event-4']);
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('03/01/2026')).toBe(false);
  });

  it('returns codes for invalid and future symptom dates; a future follow-up is fine', () => {
    const input = withInput({
      symptoms: {
        ...emptyVisitPrepInput().symptoms,
        onset: '2026-04-01',
        timeline: [{ id: 'event-1', date: '2026-13-01', note: '' }],
      },
      after: { ...emptyVisitPrepInput().after, followUpDate: '2026-06-01' },
    });
    expect(selectDateProblems(input, today)).toEqual([
      { field: 'onset', code: 'future', value: '2026-04-01' },
      { field: 'timeline', id: 'event-1', code: 'invalid', value: '2026-13-01' },
    ]);
    expect(selectDateProblems(withInput({ after: { ...input.after, followUpDate: 'soon' } }), today)).toEqual([
      { field: 'followUpDate', code: 'invalid', value: 'soon' },
    ]);
  });
});

describe('progress and completion', () => {
  it('tracks answered sections and required ones', () => {
    const empty = selectCompletion(testTemplate, emptyVisitPrepInput(), today);
    expect(empty).toMatchObject({ answered: 0, total: 7, missing: ['concerns'], canFinish: false });
    const input = withInput({ reason: 'Check-up', noMedicines: true });
    const done = selectCompletion(testTemplate, input, today);
    expect(done).toMatchObject({ answered: 2, missing: [], canFinish: true });
    const progress = selectSectionProgress(testTemplate, input, today);
    expect(progress.filter((p) => p.answered).map((p) => p.type)).toEqual(['concerns', 'medicines']);
  });

  it('a date problem blocks finishing and marks its section', () => {
    const input = withInput({
      reason: 'Pain',
      symptoms: { ...emptyVisitPrepInput().symptoms, onset: '2030-01-01' },
    });
    expect(selectCompletion(testTemplate, input, today).canFinish).toBe(false);
    const symptoms = selectSectionProgress(testTemplate, input, today).find((p) => p.type === 'symptoms');
    expect(symptoms?.needsAttention).toBe(true);
  });
});
