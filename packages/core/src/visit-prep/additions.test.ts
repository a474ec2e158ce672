import { describe, expect, it } from 'vitest';
import { MAX_AGENDA_ADDITION_ITEMS, parseAgendaAdditions } from './additions.js';
import { buildVisitAgenda, formatVisitAgendaText, isAgendaEmpty } from './agenda.js';
import { emptyVisitPrepInput } from './input.js';
import { buildVisitPrepResult } from './result.js';
import { testTemplate } from './test-utils/template.js';

const t = (key: string) => key;
const fromDecisionAid = {
  id: 'decision-aid',
  heading: 'From the decision aid',
  items: ['  Leaning: active monitoring ', 'Not sure yet: the benefits and risks of each option'],
};

describe('parseAgendaAdditions', () => {
  it('accepts well-formed additions', () => {
    const r = parseAgendaAdditions([fromDecisionAid, { id: 'top-questions', heading: 'Top questions', items: ['Q1'] }]);
    expect(r.ok).toBe(true);
    expect(r.value).toHaveLength(2);
  });

  it('reports where and what is wrong, without throwing', () => {
    const r = parseAgendaAdditions([
      { id: 'ok', heading: 'Fine', items: ['x'] },
      { id: 'bad id!', heading: ' ', items: [] },
      { id: 'ok', heading: 'Repeat', items: ['y'] },
      { id: 'long', heading: 'Long', items: Array.from({ length: MAX_AGENDA_ADDITION_ITEMS + 1 }, () => 'z') },
      { id: 'extra', heading: 'Extra', items: ['x'], html: '<b>no</b>' },
    ]);
    expect(r.ok).toBe(false);
    const paths = r.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['$[1].id', '$[1].heading', '$[1].items', '$[3].items', '$[4].html']));
    expect(parseAgendaAdditions('nope').issues[0]?.path).toBe('$');
  });

  it('reports a repeated id at the repeat', () => {
    const r = parseAgendaAdditions([fromDecisionAid, fromDecisionAid]);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['duplicate_id', '$[1].id']]);
  });
});

describe('agenda with additions', () => {
  it('carries them trimmed, in order, into the agenda, its text and the result', () => {
    const agenda = buildVisitAgenda(testTemplate, emptyVisitPrepInput(), [fromDecisionAid]);
    expect(agenda.additions).toEqual([
      {
        id: 'decision-aid',
        heading: 'From the decision aid',
        items: ['Leaning: active monitoring', 'Not sure yet: the benefits and risks of each option'],
      },
    ]);
    expect(isAgendaEmpty(agenda)).toBe(false);
    const text = formatVisitAgendaText(agenda, t);
    expect(text).toContain('FROM THE DECISION AID\n- Leaning: active monitoring\n- Not sure yet');
    const result = buildVisitPrepResult(testTemplate, emptyVisitPrepInput(), '2026-11-21T10:00:00.000Z', [
      fromDecisionAid,
    ]);
    expect(result.agenda.additions).toHaveLength(1);
    expect(result.input).toEqual(emptyVisitPrepInput());
  });

  it('is empty and unchanged without additions', () => {
    const agenda = buildVisitAgenda(testTemplate, emptyVisitPrepInput());
    expect(agenda.additions).toEqual([]);
    expect(isAgendaEmpty(agenda)).toBe(true);
  });
});
