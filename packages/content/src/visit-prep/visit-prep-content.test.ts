import { parseVisitPrepInput, parseVisitPrepTemplate, selectAgendaWords } from '@sdmkit/core';
import { describe, expect, it } from 'vitest';
import { longVisitPrepInput, sampleVisitPrepInput } from './inputs.js';
import { visitPrepTemplates } from './templates.js';

const all = Object.values(visitPrepTemplates).flatMap((byLocale) => Object.values(byLocale));

describe('visit-prep example templates', () => {
  it.each(all.map((t) => [t.id, t] as const))('%s is valid, marked as demonstration and cites sources', (_id, t) => {
    const r = parseVisitPrepTemplate(t);
    expect(r.issues).toEqual([]);
    expect(t.meta.demonstration).toBe(true);
    expect(t.meta.sources.length).toBeGreaterThan(0);
    expect(t.sections[0]?.type).toBe('concerns');
  });

  it('ships three kinds in en, es and ar with unique ids', () => {
    expect(all).toHaveLength(9);
    expect(new Set(all.map((t) => t.id)).size).toBe(9);
    expect(
      all
        .map((t) => t.locale)
        .sort()
        .join(),
    ).toBe('ar,ar,ar,en,en,en,es,es,es');
  });

  it('the same kind has the same structure in every language', () => {
    for (const byLocale of Object.values(visitPrepTemplates)) {
      const shape = (t: (typeof all)[number]) =>
        t.sections.map(
          (s) => `${s.type}:${s.required ?? false}:${s.suggestedQuestions?.map((q) => q.id).join('+') ?? ''}`,
        );
      expect(shape(byLocale.es)).toEqual(shape(byLocale.en));
      expect(shape(byLocale.ar)).toEqual(shape(byLocale.en));
    }
  });

  it('sample inputs are valid, and the long one is over the limits', () => {
    expect(parseVisitPrepInput(sampleVisitPrepInput).ok).toBe(true);
    expect(parseVisitPrepInput(longVisitPrepInput).ok).toBe(true);
    expect(selectAgendaWords(visitPrepTemplates.newSymptom.en, longVisitPrepInput).over).toBe(true);
    expect(selectAgendaWords(visitPrepTemplates.newSymptom.en, sampleVisitPrepInput).over).toBe(false);
  });
});
