import { afterEach, describe, expect, it } from 'vitest';
import {
  AGENDA_ELLIPSIS,
  AGENDA_WORD_LIMITS,
  buildVisitAgenda,
  clipWords,
  formatAgendaDate,
  formatVisitAgendaText,
  layoutVisitAgenda,
} from './agenda.js';
import { emptyVisitPrepInput, type VisitPrepInput } from './input.js';
import { countWords } from './selectors.js';
import { keysTranslate } from './test-utils/keys-translate.js';
import { testTemplate } from './test-utils/template.js';

const t = keysTranslate;
const words = (n: number, w = 'w') => Array.from({ length: n }, (_, i) => `${w}${i + 1}`).join(' ');
const base = emptyVisitPrepInput();

describe('clipWords', () => {
  it('keeps text of exactly the limit whole, and clips one word more at a word boundary', () => {
    expect(clipWords('one two three', 3)).toEqual({ text: 'one two three', clipped: false });
    expect(clipWords('  one two three  ', 3)).toEqual({ text: 'one two three', clipped: false });
    expect(clipWords('one two three four', 3)).toEqual({ text: `one two three${AGENDA_ELLIPSIS}`, clipped: true });
    const clipped = clipWords(words(40), 15).text;
    expect(clipped).toBe(`${words(15)}…`);
    expect(countWords(clipped)).toBe(15);
  });

  it('never cuts inside a word, and drops a comma or stop before the ellipsis', () => {
    const text = 'Chest pain, breathless. Tired at night';
    expect(clipWords(text, 2).text).toBe('Chest pain…');
    expect(clipWords(text, 3, Number.POSITIVE_INFINITY).text).toBe('Chest pain, breathless…');
    // The character cap (6 a word by default) also ends at a word boundary.
    expect(clipWords(text, 3).text).toBe('Chest pain…');
    // Line breaks count as spaces and are kept inside the clipped text.
    expect(clipWords('one\ntwo\n\nthree four', 3).text).toBe('one\ntwo\n\nthree…');
  });

  it('counts accented letters, emoji and joined emoji as characters of one word', () => {
    expect(clipWords('Me duele el corazón cuando camino rápido', 4).text).toBe('Me duele el corazón…');
    expect(clipWords('👨‍👩‍👧 family 😀 smile now', 4)).toEqual({ text: '👨‍👩‍👧 family 😀 smile…', clipped: true });
    // A text without spaces is cut by the character cap between characters, never inside an emoji sequence.
    const emoji = clipWords('👨‍👩‍👧'.repeat(10), 1, 3).text;
    expect(emoji).toBe(`${'👨‍👩‍👧'.repeat(3)}…`);
    expect(clipWords('心臓が痛いです'.repeat(20), 5).text).toBe(`${'心臓が痛いです'.repeat(5).slice(0, 30)}…`);
  });

  it('bounds the characters too, so long words do not stretch an entry', () => {
    const long = words(15, 'extraordinarily');
    const c = clipWords(long, 15);
    expect(c.clipped).toBe(true);
    expect(c.text.length).toBeLessThanOrEqual(15 * 6 + 1);
    expect(long.startsWith(c.text.slice(0, -1))).toBe(true);
  });

  it('clips right-to-left Arabic text at a word boundary, the ellipsis at the logical end', () => {
    const arabic = 'أشعر بضيق في الصدر عندما أصعد الدرج، وأحيانا عندما أحمل أكياس التسوق الثقيلة';
    const c = clipWords(arabic, 6);
    expect(c).toEqual({ text: 'أشعر بضيق في الصدر عندما أصعد…', clipped: true });
    expect(clipWords(arabic, 7).text).toBe('أشعر بضيق في الصدر عندما أصعد الدرج…'); // Arabic comma dropped
    expect(clipWords(arabic, countWords(arabic)).clipped).toBe(false);
  });

  it('clips nothing without a positive limit', () => {
    expect(clipWords(words(50), Number.POSITIVE_INFINITY).clipped).toBe(false);
    expect(clipWords(words(50), 0).clipped).toBe(false);
  });
});

describe('formatAgendaDate', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('writes a date in the reader language, never as raw ISO', () => {
    expect(formatAgendaDate('2026-09-14', 'en')).toBe('Sep 14, 2026');
    expect(formatAgendaDate('2026-09-14', 'es')).toMatch(/^14 sept?\.? 2026$/);
    const ar = formatAgendaDate('2026-09-14', 'ar');
    expect(ar).toContain('سبتمبر');
    expect(ar).toMatch(/(14|١٤).*(2026|٢٠٢٦)/);
    expect(ar).not.toContain('2026-09-14');
  });

  it('does not move a day in any time zone', () => {
    for (const zone of ['Pacific/Pago_Pago', 'America/Los_Angeles', 'UTC', 'Asia/Riyadh', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      expect(formatAgendaDate('2026-01-01', 'en'), zone).toBe('Jan 1, 2026');
      expect(formatAgendaDate('2026-12-31', 'es'), zone).toMatch(/^31 dic\.? 2026$/);
    }
  });

  it('returns a half-typed or impossible date as written', () => {
    expect(formatAgendaDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatAgendaDate('2026-1', 'en')).toBe('2026-1');
    expect(formatAgendaDate('2026-09-14', 'not a locale!')).toMatch(/2026/);
  });

  it('formats the dates isValidDate accepts, written with spaces around or not', () => {
    expect(formatAgendaDate(' 2026-09-14 ', 'en')).toBe('Sep 14, 2026');
    expect(formatAgendaDate('2024-02-29', 'en')).toBe('Feb 29, 2024');
    expect(formatAgendaDate('2023-02-29 ', 'en')).toBe('2023-02-29 ');
    expect(formatAgendaDate('0050-01-01', 'en')).toBe('0050-01-01');
  });
});

describe('the agenda is short by construction', () => {
  const long: VisitPrepInput = {
    ...base,
    reason: words(60, 'r'),
    concerns: [{ id: 'concern-1', text: words(30, 'c') }],
    symptoms: {
      ...base.symptoms,
      what: 'Cough',
      where: 'Middle of the chest',
      bodyAreas: ['Chest', 'Head'],
      onset: '2026-01-10',
      timeline: [{ id: 'event-1', date: '2026-02-20', note: words(20, 'n') }],
    },
    medicines: [
      { id: 'medicine-1', name: 'Aspirin', dose: '81 mg', frequency: 'Daily', reason: 'Heart', taking: 'yes' },
      { id: 'medicine-2', name: 'Atorvastatin', dose: '20 mg', frequency: 'Nightly', reason: '', taking: 'sometimes' },
    ],
    whatMatters: { goals: words(130, 'h'), worries: '' },
  };
  const limits = { ...testTemplate.limits, concernWords: 50, agendaWords: 500, answerWords: 500 };
  const template = { ...testTemplate, limits };
  const agenda = buildVisitAgenda(template, long);

  it('clips every entry to its limit in the layout, keeps the whole text, and keeps it in the agenda data', () => {
    const [concerns] = layoutVisitAgenda(agenda, t);
    const reason = concerns?.blocks[0];
    expect(reason?.kind === 'paragraph' && countWords(reason.text)).toBe(AGENDA_WORD_LIMITS.reason);
    expect(reason?.kind === 'paragraph' && reason.full).toBe(long.reason);
    expect(agenda.reason?.text).toBe(long.reason);
    const goals = layoutVisitAgenda(agenda, t).find((s) => s.part === 'what-matters')?.blocks[0];
    expect(goals?.kind === 'pairs' && countWords(goals.pairs[0]?.value ?? '')).toBeLessThanOrEqual(15);
    expect(goals?.kind === 'pairs' && goals.pairs[0]?.full).toBe(long.whatMatters.goals);
    // The limits can be set per kind.
    const [wider] = layoutVisitAgenda(agenda, t, { limits: { reason: 40 } });
    const r40 = wider?.blocks[0];
    expect(r40?.kind === 'paragraph' && countWords(r40.text)).toBe(40);
  });

  it('shows a medicine once: one not taken as prescribed only under that heading', () => {
    const text = formatVisitAgendaText(agenda, t);
    expect(text.match(/Atorvastatin/g)).toHaveLength(1);
    expect(text).toContain('! Atorvastatin, 20 mg, Nightly (agendaText.takingLabel: taking.sometimes)');
    expect(text).toContain('- Aspirin, 81 mg, Daily, agendaText.forReason(reason=Heart)\n');
  });

  it('does not repeat a body area already named, nor the start date the timeline gives', () => {
    const text = formatVisitAgendaText(agenda, t, { locale: 'en' });
    expect(text).toContain('agenda.where: Middle of the chest, Head\n');
    expect(text).toContain('agenda.onset: Jan 10, 2026\n'); // the timeline starts later, so the start date shows
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('writes dates in the reader language in plain text', () => {
    expect(formatVisitAgendaText(agenda, t, { locale: 'es' })).toMatch(/- 20 feb\.? 2026: n1 /);
    expect(formatVisitAgendaText(agenda, t, { locale: 'ar' })).toContain('فبراير');
  });

  it('marks clipped entries in plain text and gives their whole text in a last section', () => {
    const text = formatVisitAgendaText(agenda, t, { locale: 'en' });
    const [read, full] = text.split('\nAGENDATEXT.FULLTEXT\n');
    expect(read).toContain(`agenda.reason: ${words(20, 'r')}… agendaText.clipMark(n=1)\n`);
    expect(read).toContain(`1. ${words(15, 'c')}… agendaText.clipMark(n=2)\n`);
    expect(read).not.toContain('r21');
    expect(full?.split('\n')).toEqual([
      `agendaText.clipMark(n=1) agenda.reason: ${long.reason}`,
      `agendaText.clipMark(n=2) agenda.concerns: ${long.concerns[0]?.text}`,
      `agendaText.clipMark(n=3) Feb 20, 2026: ${long.symptoms.timeline[0]?.note}`,
      `agendaText.clipMark(n=4) agenda.goals: ${long.whatMatters.goals}`,
    ]);
    // Every word the patient wrote is in the text.
    for (const w of [long.reason, long.whatMatters.goals, long.concerns[0]?.text ?? '']) expect(text).toContain(w);
  });
});
