import { describe, expect, it } from 'vitest';
import { emptyVisitPrepInput, type TimelineEntry, type VisitPrepInput } from './input.js';
import {
  checkWords,
  countWords,
  createAgendaWords,
  createTimelineOrder,
  createVisitPrepProgress,
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

  it('counts again only the concerns that changed, and gives back the same object while nothing did', () => {
    const agendaWords = createAgendaWords();
    // What selectAgendaWords gives, worked out here on its own.
    const plain = (input: ReturnType<typeof withInput>, template = testTemplate) => {
      const { agendaWords: agenda, concernWords, answerWords } = template.limits;
      const reason = checkWords(input.reason, Math.min(answerWords, agenda));
      const concerns = input.concerns.map((c) => ({ id: c.id, ...checkWords(c.text, concernWords) }));
      const words = reason.words + concerns.reduce((sum, c) => sum + c.words, 0);
      return { words, limit: agenda, over: words > agenda, reason, concerns };
    };
    const concerns = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, text: 'word '.repeat(i % 7) }));
    let input = withInput({ reason: 'Headaches', concerns });
    const first = agendaWords(testTemplate, input);
    expect(first).toEqual(plain(input));
    // Another input object with the same reason and concerns (an edit elsewhere): the same object.
    expect(agendaWords(testTemplate, { ...input, noMedicines: true })).toBe(first);

    // A keystroke in one concern: its check is new, the other 199 are the ones counted before.
    input = { ...input, concerns: input.concerns.map((c, i) => (i === 5 ? { ...c, text: `${c.text}more` } : c)) };
    const typed = agendaWords(testTemplate, input);
    expect(typed).toEqual(plain(input));
    expect(typed.concerns.filter((c, i) => c !== first.concerns[i]).map((c) => c.id)).toEqual(['c5']);

    // Another template (other limits): counted afresh against them.
    const tighter = { ...testTemplate, limits: { ...testTemplate.limits, concernWords: 2 } };
    const other = agendaWords(tighter, input);
    expect(other).toEqual(plain(input, tighter));
    expect(other.concerns[6]).toEqual({ id: 'c6', words: 6, limit: 2, over: true });
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

  it('gives the order as ids, and the same array while it holds (a note typed, not a date)', () => {
    const entry = (id: string, date: string, note = ''): TimelineEntry => ({ id, date, note });
    const order = createTimelineOrder();
    const dates = ['2026-03-01', '', '2026-01-15', '2026-02-30', '2026-03-01'];
    let timeline = Array.from({ length: 200 }, (_, i) => entry(`e${i}`, dates[i % dates.length] as string));
    const first = order(timeline);
    const input = (t: TimelineEntry[]) => withInput({ symptoms: { ...emptyVisitPrepInput().symptoms, timeline: t } });
    expect(first).toEqual(selectTimeline(input(timeline)).map((e) => e.id));
    expect(order(timeline)).toBe(first);

    // A note typed in one entry: a new entry and a new timeline, the same order, so the same array.
    timeline = timeline.map((e, i) => (i === 7 ? entry(e.id, e.date, 'Worse') : e));
    expect(order(timeline)).toBe(first);

    // A date typed that moves its entry: a new order, as selectTimeline gives it.
    timeline = timeline.map((e, i) => (i === 1 ? entry(e.id, '2025-12-31') : e));
    const moved = order(timeline);
    expect(moved).not.toBe(first);
    expect(moved[0]).toBe('e1');
    expect(moved).toEqual(selectTimeline(input(timeline)).map((e) => e.id));

    // Random edits (a seeded generator, so a failure can be replayed): always selectTimeline's order.
    let seed = 11;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const typed = [...dates, '2026-13-01', '2025-12-31', '2026-01-15'];
    for (let step = 0; step < 300; step += 1) {
      const at = next(timeline.length);
      const e = timeline[at] as TimelineEntry;
      const edit = next(3);
      if (edit === 0) timeline = timeline.with(at, entry(e.id, typed[next(typed.length)] as string, e.note));
      else if (edit === 1) timeline = timeline.with(at, entry(e.id, e.date, `${e.note}x`));
      else
        timeline = [...timeline.slice(0, at), ...timeline.slice(at + 1), entry(`n${step}`, typed[next(8)] as string)];
      expect(order(timeline)).toEqual(selectTimeline(input(timeline)).map((x) => x.id));
    }
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

describe('createVisitPrepProgress', () => {
  const plain = (input: VisitPrepInput, day: Date, template = testTemplate) => ({
    sections: selectSectionProgress(template, input, day),
    completion: selectCompletion(template, input, day),
    dateProblems: selectDateProblems(input, day),
  });
  const medicine = (id: string, name: string, dose = '') =>
    ({ id, name, dose, frequency: '', reason: '', taking: null }) as const;

  it('gives what the plain selectors give, and the same object while nothing it shows changes', () => {
    const progress = createVisitPrepProgress();
    let input = emptyVisitPrepInput();
    const first = progress(testTemplate, input, today);
    expect(first).toEqual(plain(input, today));
    expect(progress(testTemplate, input, today)).toBe(first);
    // A new input object with the same parts, and a new Date of the same day.
    expect(progress(testTemplate, { ...input }, new Date(2026, 2, 10, 18))).toBe(first);

    input = { ...input, medicines: [medicine('m1', 'Metformin')] };
    const named = progress(testTemplate, input, today);
    expect(named).toEqual(plain(input, today));
    expect(named.completion.answered).toBe(1);
    // Sections the edit did not touch keep their objects; the date problems keep their array.
    named.sections.forEach((s, i) => {
      if (s.type !== 'medicines') expect(s).toBe(first.sections[i]);
    });
    expect(named.dateProblems).toBe(first.dateProblems);

    // Typing a dose changes no section's progress: the same object comes back.
    input = { ...input, medicines: [medicine('m1', 'Metformin', '500 mg')] };
    expect(progress(testTemplate, input, today)).toBe(named);
    expect(progress(testTemplate, input, today)).toEqual(plain(input, today));
  });

  it('follows dates, the day and the template', () => {
    const progress = createVisitPrepProgress();
    const base = emptyVisitPrepInput();
    let input: VisitPrepInput = {
      ...base,
      symptoms: { ...base.symptoms, timeline: [{ id: 't1', date: '2026-02-30', note: '' }] },
    };
    const bad = progress(testTemplate, input, today);
    expect(bad).toEqual(plain(input, today));
    expect(bad.dateProblems).toEqual([{ field: 'timeline', id: 't1', code: 'invalid', value: '2026-02-30' }]);

    // A note typed in the timeline: new timeline array, the same date problems, kept as they were.
    input = { ...input, symptoms: { ...input.symptoms, timeline: [{ id: 't1', date: '2026-02-30', note: 'Worse' }] } };
    const noted = progress(testTemplate, input, today);
    expect(noted).toEqual(plain(input, today));
    expect(noted.dateProblems).toBe(bad.dateProblems);

    input = { ...input, symptoms: { ...input.symptoms, onset: '2026-03-11' } };
    const future = progress(testTemplate, input, today);
    expect(future).toEqual(plain(input, today));
    expect(future.dateProblems.map((d) => d.code)).toEqual(['future', 'invalid']);
    // The next day the onset is no longer in the future.
    const tomorrow = new Date(2026, 2, 11, 9);
    expect(progress(testTemplate, input, tomorrow)).toEqual(plain(input, tomorrow));
    expect(progress(testTemplate, input, tomorrow).dateProblems.map((d) => d.code)).toEqual(['invalid']);

    // Only the day changes: the symptoms section no longer needs attention once its onset is not in the future.
    const onsetOnly = { ...base, symptoms: { ...base.symptoms, onset: '2026-03-11' } };
    const symptoms = (p: { sections: readonly { type: string; needsAttention: boolean }[] }) =>
      p.sections.find((x) => x.type === 'symptoms')?.needsAttention;
    expect(symptoms(progress(testTemplate, onsetOnly, today))).toBe(true);
    expect(symptoms(progress(testTemplate, onsetOnly, tomorrow))).toBe(false);
    expect(progress(testTemplate, onsetOnly, tomorrow)).toEqual(plain(onsetOnly, tomorrow));

    const fewer = { ...testTemplate, sections: testTemplate.sections.slice(0, 2) };
    expect(progress(fewer, input, tomorrow)).toEqual(plain(input, tomorrow, fewer));
    expect(progress(testTemplate, input, tomorrow)).toEqual(plain(input, tomorrow));
  });

  it('agrees with the plain selectors over a long run of random edits', () => {
    const progress = createVisitPrepProgress();
    // mulberry32: a small seeded generator, so a failure can be replayed.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
      return Math.floor((((r ^ (r >>> 14)) >>> 0) / 4294967296) * n);
    };
    const texts = ['', ' ', 'Pain', 'a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(20)];
    const dates = ['', '2026-03-01', '2026-03-11', '2027-01-01', '2026-02-29', '20', '2024-02-29'];
    let input = emptyVisitPrepInput();
    let day = today;
    for (let step = 0; step < 400; step += 1) {
      const text = texts[next(texts.length)] as string;
      const date = dates[next(dates.length)] as string;
      switch (next(9)) {
        case 0:
          input = { ...input, reason: text };
          break;
        case 1:
          input = { ...input, concerns: [...input.concerns.slice(-3), { id: `c${step}`, text }] };
          break;
        case 2:
          input = {
            ...input,
            symptoms: {
              ...input.symptoms,
              timeline: [...input.symptoms.timeline.slice(-3), { id: `t${step}`, date, note: text }],
            },
          };
          break;
        case 3:
          input = { ...input, symptoms: { ...input.symptoms, onset: date, what: text } };
          break;
        case 4:
          input = { ...input, medicines: [medicine(`m${step % 3}`, text, date)] };
          break;
        case 5:
          input = { ...input, noMedicines: !input.noMedicines, questions: [{ id: `q${step}`, text }] };
          break;
        case 6:
          input = { ...input, after: { ...input.after, followUpDate: date, tests: text } };
          break;
        case 7:
          day = new Date(2026, 2, 9 + next(4), 12);
          break;
        default:
          input = {
            ...input,
            whatMatters: { goals: text, worries: '' },
            practical: { ...input.practical, time: text },
          };
      }
      expect(progress(testTemplate, input, day)).toEqual(plain(input, day));
    }
  });
});
