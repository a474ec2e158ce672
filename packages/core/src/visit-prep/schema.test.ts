import { describe, expect, it } from 'vitest';
import { SdmContentError } from '../errors.js';
import { assertVisitPrepTemplate, parseVisitPrepTemplate } from './schema.js';
import { testTemplate } from './test-utils/template.js';

describe('parseVisitPrepTemplate', () => {
  it('accepts a valid template', () => {
    const r = parseVisitPrepTemplate(testTemplate);
    expect(r.ok).toBe(true);
    expect(r.value?.sections.map((s) => s.type)[0]).toBe('concerns');
  });

  it('reports problems with paths and codes, without throwing', () => {
    const bad = {
      ...testTemplate,
      visitType: 'party',
      sections: [
        { type: 'concerns', title: '  ' },
        { type: 'unknown', title: 'X' },
      ],
      limits: { agendaWords: 0, concernWords: 5, answerWords: 5 },
    };
    const r = parseVisitPrepTemplate(bad);
    expect(r.ok).toBe(false);
    const paths = r.issues.map((i) => `${i.path} ${i.code}`);
    expect(paths).toContain('$.visitType invalid_value');
    expect(paths).toContain('$.sections[0].title empty_text');
    expect(paths).toContain('$.sections[1].type invalid_value');
    expect(paths).toContain('$.limits.agendaWords invalid_value');
  });

  it('refuses repeated sections and suggestions outside the questions section', () => {
    const r = parseVisitPrepTemplate({
      ...testTemplate,
      sections: [
        { type: 'concerns', title: 'A', suggestedQuestions: [{ id: 'q', text: 'Q?' }] },
        { type: 'concerns', title: 'B' },
      ],
    });
    expect(r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '$.sections[0].suggestedQuestions invalid_value',
      '$.sections[1].type duplicate_id',
    ]);
  });

  it('lets only the medicines section ask for health conditions', () => {
    const r = parseVisitPrepTemplate({
      ...testTemplate,
      sections: [
        { type: 'concerns', title: 'A', conditions: true },
        { type: 'medicines', title: 'B', conditions: true },
      ],
    });
    expect(r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['$.sections[0].conditions invalid_value']);
  });

  it('never throws on hostile input', () => {
    expect(parseVisitPrepTemplate(null).ok).toBe(false);
    const hostile = {
      get id() {
        throw new Error('boom');
      },
    };
    expect(parseVisitPrepTemplate(hostile).issues[0]?.code).toBeDefined();
  });

  it('assert throws a typed error listing the problems', () => {
    expect(() => assertVisitPrepTemplate({ ...testTemplate, title: '' })).toThrow(SdmContentError);
    expect(assertVisitPrepTemplate(testTemplate).id).toBe('test-visit');
  });
});
