import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../persistence/memory-storage.js';
import { createPersistence } from '../persistence/persistence.js';
import {
  assertPromptList,
  buildQuestionListResult,
  createQuestionListStore,
  createQuestionSearch,
  isOverQuestionSoftLimit,
  MAX_QUESTION_ITEMS,
  openQuestionSuggestions,
  parsePromptList,
  parseQuestionListInput,
  questionListSummaryText,
  unansweredQuestions,
} from './index.js';
import { tinyList } from './test-utils/fixture.js';

const t = (key: string, o?: Record<string, unknown>) => (o ? `${key}${JSON.stringify(o)}` : key);

describe('parsePromptList', () => {
  it('accepts a valid list', () => {
    expect(parsePromptList(tinyList).ok).toBe(true);
  });

  it('reports duplicate ids and unknown references with paths', () => {
    const bad = {
      ...tinyList,
      questions: [...tinyList.questions, { id: 'q1', categoryId: 'nope', text: 'Again?', tags: ['x'] }],
      starterSet: ['q1', 'q9'],
    };
    const result = parsePromptList(bad);
    expect(result.ok).toBe(false);
    const found = result.issues.map((i) => `${i.code} ${i.path}`);
    expect(found).toContain('duplicate_id $.questions[4].id');
    expect(found).toContain('unknown_reference $.questions[4].categoryId');
    expect(found).toContain('unknown_reference $.questions[4].tags[0]');
    expect(found).toContain('unknown_reference $.starterSet[1]');
  });

  it('refuses empty and whitespace questions', () => {
    const result = parsePromptList({ ...tinyList, questions: [{ id: 'a', categoryId: 'options', text: '   ' }] });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'empty_text', path: '$.questions[0].text' })]);
  });

  it('never throws on hostile input, and assert throws a typed error', () => {
    expect(parsePromptList(null).ok).toBe(false);
    expect(parsePromptList('x').ok).toBe(false);
    expect(() => assertPromptList({})).toThrow(/Invalid question prompt list/);
  });
});

describe('actions', () => {
  it('picks, unpicks, edits, adds own and removes', () => {
    const s = createQuestionListStore(tinyList);
    const a = s.getState().actions;
    a.pick('q1');
    a.pick('q1');
    a.pick('q3');
    a.pick('missing');
    expect(s.getState().input.items.map((i) => i.key)).toEqual(['q:q1', 'q:q3']);
    expect(a.edit('q:q1', '  What are ALL my options? ')).toEqual({ ok: true, id: 'q:q1', key: 'q:q1' });
    expect(s.getState().input.items[0]?.text).toBe('What are ALL my options?');
    a.edit('q:q1', 'What are my options?');
    expect(s.getState().input.items[0]?.text).toBeUndefined();
    const own = a.addOwn('Can I keep working?');
    expect(own).toEqual({ ok: true, id: 'own:1', key: 'own:1' });
    a.unpick('q3');
    a.remove('own:1');
    expect(s.getState().input.items.map((i) => i.key)).toEqual(['q:q1']);
  });

  it('refuses empty, whitespace and duplicate questions with typed errors', () => {
    const s = createQuestionListStore(tinyList);
    const a = s.getState().actions;
    a.pick('q1');
    expect(a.addOwn('')).toEqual({ ok: false, reason: 'empty', error: 'empty' });
    expect(a.addOwn(' \n\t ')).toEqual({ ok: false, reason: 'empty', error: 'empty' });
    expect(a.addOwn('x'.repeat(301))).toEqual({ ok: false, reason: 'too_long', error: 'too_long' });
    expect(a.addOwn('what are my OPTIONS?')).toEqual({ ok: false, reason: 'duplicate', error: 'duplicate' });
    expect(a.edit('q:q1', '   ')).toEqual({ ok: false, reason: 'empty', error: 'empty' });
    expect(s.getState().input.items).toHaveLength(1);
  });

  it('reorders: up, down, to a position and into the top 3', () => {
    const s = createQuestionListStore(tinyList);
    const a = s.getState().actions;
    for (const id of ['q1', 'q2', 'q3', 'q4']) a.pick(id);
    const keys = () => s.getState().input.items.map((i) => i.key);
    a.moveToTop('q:q4');
    expect(keys()).toEqual(['q:q1', 'q:q2', 'q:q4', 'q:q3']);
    a.moveUp('q:q4');
    a.moveUp('q:q4');
    a.moveUp('q:q4');
    expect(keys()).toEqual(['q:q4', 'q:q1', 'q:q2', 'q:q3']);
    a.moveDown('q:q3');
    expect(keys()).toEqual(['q:q4', 'q:q1', 'q:q2', 'q:q3']);
    a.moveTo('q:q4', 99);
    expect(keys()).toEqual(['q:q1', 'q:q2', 'q:q3', 'q:q4']);
  });

  it('leaves the input as it was for changes that change nothing', () => {
    const s = createQuestionListStore(tinyList);
    const a = s.getState().actions;
    for (const id of ['q1', 'q2', 'q3', 'q4']) a.pick(id);
    a.edit('q:q2', 'What else could I do?');
    a.addOwn('Can I keep working?');
    const before = s.getState().input;
    a.moveToTop('q:q2');
    a.moveUp('q:q1');
    a.moveDown('own:1');
    a.moveTo('missing', 0);
    a.mark('q:q1', 'open');
    a.setNote('q:q1', '');
    a.setFollowUp('q:q1', false);
    a.resetWording('q:q1');
    a.resetWording('own:1');
    a.remove('missing');
    a.setNote('missing', 'x');
    expect(s.getState().input).toBe(before);
    a.resetWording('q:q2');
    expect(s.getState().input.items[1]?.text).toBeUndefined();
    a.setNote('q:q1', 'x'.repeat(2001));
    expect(s.getState().input.items[0]?.note).toHaveLength(2000);
  });

  it('marks asked and answered, notes answers and flags follow-ups', () => {
    const s = createQuestionListStore(tinyList);
    const a = s.getState().actions;
    a.pickStarterSet();
    a.toggleStatus('q:q1', 'answered');
    a.setNote('q:q1', 'Two options: wait or treat.');
    a.toggleStatus('q:q2', 'asked');
    a.setFollowUp('q:q2', true);
    const [first, second] = s.getState().input.items;
    expect(first).toMatchObject({ status: 'answered', note: 'Two options: wait or treat.' });
    expect(second).toMatchObject({ status: 'asked', followUp: true });
    a.toggleStatus('q:q1', 'answered');
    expect(s.getState().input.items[0]?.status).toBe('open');
    expect(unansweredQuestions(s.getState().input).map((i) => i.key)).toEqual(['q:q1', 'q:q2']);
  });

  it('numbers own questions past `seq` and past any own key a merge brought in', () => {
    const own = (n: number) => ({
      key: `own:${n}`,
      source: 'own' as const,
      text: `Own ${n}`,
      status: 'open' as const,
      note: '',
      followUp: false,
    });
    const s = createQuestionListStore(tinyList, { initialInput: { items: [own(1), own(4)], dismissed: [], seq: 2 } });
    expect(s.getState().actions.addOwn('Another one?')).toMatchObject({ ok: true, id: 'own:5' });
    expect(s.getState().input.seq).toBe(5);
    s.getState().actions.remove('own:5');
    expect(s.getState().actions.addOwn('And again?')).toMatchObject({ ok: true, id: 'own:6' });
    expect(s.getState().actions.edit('missing', 'x')).toEqual({ ok: false, reason: 'missing', error: 'empty' });
  });

  it('refuses an own question when the list is full: reason `limit` (was `list_full`)', () => {
    const items = Array.from({ length: MAX_QUESTION_ITEMS }, (_, i) => ({
      key: `own:${i + 1}`,
      source: 'own' as const,
      text: `Own ${i + 1}`,
      status: 'open' as const,
      note: '',
      followUp: false,
    }));
    const s = createQuestionListStore(tinyList, { initialInput: { items, dismissed: [], seq: items.length } });
    expect(s.getState().actions.addOwn('One more?')).toEqual({ ok: false, reason: 'limit', error: 'list_full' });
  });

  it('accepts and dismisses host suggestions once', () => {
    const s = createQuestionListStore(tinyList);
    const a = s.getState().actions;
    const suggestions = [
      { id: 'sure-u', text: 'What are the benefits and risks of each option?', why: 'You said you were unsure.' },
      { id: 'sure-s', text: 'Who can help me decide?' },
    ];
    expect(openQuestionSuggestions(s.getState().input, suggestions)).toHaveLength(2);
    expect(a.acceptSuggestion(suggestions[0] as never)).toEqual({ ok: true, id: 's:sure-u', key: 's:sure-u' });
    a.dismissSuggestion('sure-s');
    expect(openQuestionSuggestions(s.getState().input, suggestions)).toEqual([]);
    expect(s.getState().input.items[0]).toMatchObject({ source: 'suggested', why: 'You said you were unsure.' });
  });
});

describe('selectors', () => {
  it('searches case- and accent-insensitively across text, why and tags', () => {
    const search = createQuestionSearch(tinyList);
    expect(search({ text: 'MY OPTIONS' }).map((q) => q.id)).toEqual(['q1']);
    expect(search({ text: 'como medicina' }).map((q) => q.id)).toEqual(['q4']);
    expect(search({ text: 'more than one choice' }).map((q) => q.id)).toEqual(['q1']);
    expect(search({ text: 'new medicine' }).map((q) => q.id)).toEqual(['q3']);
    expect(search({ categoryId: 'meds' }).map((q) => q.id)).toEqual(['q3', 'q4']);
    expect(search({ visitReasonId: 'new-med' }).map((q) => q.id)).toEqual(['q3']);
    // Filters and words together: a question must match all of them.
    expect(search({ text: 'como medicina', categoryId: 'meds', visitReasonId: 'new-med' })).toEqual([]);
    expect(search({ text: 'medicine', categoryId: 'meds', visitReasonId: 'new-med' }).map((q) => q.id)).toEqual(['q3']);
  });

  it('nudges above the soft limit', () => {
    const s = createQuestionListStore(tinyList);
    for (const id of ['q1', 'q2', 'q3']) s.getState().actions.pick(id);
    expect(isOverQuestionSoftLimit(tinyList, s.getState().input)).toBe(false);
    s.getState().actions.pick('q4');
    expect(isOverQuestionSoftLimit(tinyList, s.getState().input)).toBe(true);
  });
});

describe('result and summary', () => {
  it('builds a typed result and a plain-text summary', () => {
    const s = createQuestionListStore(tinyList);
    const a = s.getState().actions;
    a.pickStarterSet();
    a.edit('q:q2', 'What good and bad could happen?');
    a.mark('q:q1', 'answered');
    a.setNote('q:q1', 'Wait or treat.');
    a.setFollowUp('q:q2', true);
    const result = buildQuestionListResult(tinyList, s.getState().input, new Date('2026-05-01T10:00:00Z'));
    expect(result.counts).toEqual({ total: 2, open: 1, asked: 0, answered: 1, followUp: 1 });
    expect(result.questions[1]).toMatchObject({
      rank: 2,
      top: true,
      text: 'What good and bad could happen?',
      originalText: 'What are the benefits and harms?',
      categoryId: 'options',
      followUp: true,
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const text = questionListSummaryText(tinyList, s.getState().input, t);
    expect(text.split('\n')).toEqual([
      'summary.textTitle{"title":"Questions for my visit"}',
      '',
      '1. What are my options? [summary.top, status.answered]',
      '   summary.answer{"note":"Wait or treat."}',
      '2. What good and bad could happen? [summary.top, status.open, summary.followUpMark]',
      '',
      'summary.followUpHeading{"count":1}',
      '- What good and bad could happen?',
      '',
      'summary.unansweredHeading{"count":1}',
      '- What good and bad could happen?',
    ]);
  });
});

describe('summary text', () => {
  it('puts a note of several lines under its question, with the why-ask note when asked for', () => {
    const s = createQuestionListStore(tinyList);
    const a = s.getState().actions;
    a.pick('q1');
    a.setNote('q:q1', '  First line.\r\nSecond line.\n  Third, indented.  ');
    const text = questionListSummaryText(tinyList, s.getState().input, t, { includeWhy: true });
    expect(text.split('\n').slice(2, 7)).toEqual([
      '1. What are my options? [summary.top, status.open]',
      '   summary.why{"why":"There is often more than one choice."}',
      '   summary.answer{"note":"First line."}',
      '   Second line.',
      '     Third, indented.',
    ]);
  });
});

describe('input validation and persistence', () => {
  it('rejects saved input that does not fit the list', () => {
    const r = parseQuestionListInput(
      {
        items: [{ key: 'q:zz', source: 'library', questionId: 'zz', status: 'open', note: '', followUp: false }],
        dismissed: [],
        seq: 0,
      },
      tinyList,
    );
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.path).toBe('$.items[0].questionId');
  });

  it('keeps every edit across a reload', async () => {
    const storage = createMemoryStorage();
    const first = createQuestionListStore(tinyList, { persist: createPersistence({ storage }) });
    await first.hydrate();
    const a = first.getState().actions;
    a.pick('q3');
    a.addOwn('Can I drive after?');
    a.moveUp('own:1');
    a.setNote('own:1', 'Yes, after a day.');
    await first.flush();
    const second = createQuestionListStore(tinyList, { persist: createPersistence({ storage }) });
    await second.hydrate();
    expect(second.getState().input).toEqual(first.getState().input);
    expect(second.getState().input.items[0]?.note).toBe('Yes, after a day.');
  });
});
