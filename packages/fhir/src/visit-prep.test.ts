import { longVisitPrepInput, sampleVisitPrepInput, visitPrepTemplates } from '@sdmkit/content';
import {
  emptyVisitPrepInput,
  type VisitPrepInput,
  type VisitPrepSectionType,
  type VisitPrepTemplate,
} from '@sdmkit/core';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  VISIT_PREP_LINK_IDS as L,
  visitPrepInputFromQuestionnaireResponse,
  visitPrepQuestionnaire,
  visitPrepQuestionnaireResponse,
} from './index.js';
import { AUTHORED, BASE, expectValidFhir } from './test-utils/check.js';
import { visitPrepInputArbitrary } from './test-utils/visit-prep-arbitrary.js';

const fixtures = Object.values(visitPrepTemplates).flatMap((byLocale) => Object.values(byLocale));
const options = { canonicalBase: BASE, authored: AUTHORED };

/** The input as the template's questionnaire can hold it: sections the template does not show come back empty. */
function shownOnly(input: VisitPrepInput, template: VisitPrepTemplate): VisitPrepInput {
  const e = emptyVisitPrepInput();
  const has = (t: VisitPrepSectionType) => template.sections.some((s) => s.type === t);
  return {
    ...input,
    ...(has('concerns') ? {} : { reason: e.reason, concerns: e.concerns }),
    ...(has('symptoms') ? {} : { symptoms: e.symptoms }),
    ...(has('medicines')
      ? {}
      : {
          medicines: e.medicines,
          supplements: e.supplements,
          noMedicines: false,
          allergies: e.allergies,
          noAllergies: false,
          conditions: e.conditions,
        }),
    ...(has('what-matters') ? {} : { whatMatters: e.whatMatters }),
    ...(has('questions') ? {} : { questions: e.questions }),
    ...(has('practical') ? {} : { practical: e.practical }),
    ...(has('after-visit') ? {} : { after: e.after }),
  };
}

const partial: VisitPrepInput = {
  ...emptyVisitPrepInput(),
  step: 'symptoms',
  reason: 'Headaches',
  concerns: [{ id: 'concern-1', text: 'Headaches most mornings' }],
  symptoms: { ...emptyVisitPrepInput().symptoms, onset: '2026-1', severity: 'mild' },
};

describe.each(fixtures.map((t) => [`${t.id} (${t.locale})`, t] as const))('visit prep %s', (_name, template) => {
  const q = visitPrepQuestionnaire(template, options);

  it('makes a valid Questionnaire: one group per section, in the template order, with its title', () => {
    expectValidFhir(q);
    expect(q.url).toBe(`${BASE}/Questionnaire/sdmkit-visit-prep-${template.id}`);
    expect(q.version).toBe(template.meta.version);
    expect(q.title).toBe(template.title);
    expect(q.language).toBe(template.locale);
    expect(q.meta?.tag?.[0]?.code).toBe(template.meta.demonstration ? 'HTEST' : undefined);
    const groups = (q.item ?? []).filter((i) => i.type === 'group');
    expect(groups.map((g) => [g.linkId, g.text, g.required ?? false])).toEqual(
      template.sections.map((s) => [s.type, s.title, s.required ?? false]),
    );
  });

  it.each([
    ['empty', emptyVisitPrepInput()],
    ['partial (half-typed date)', partial],
    ['sample', sampleVisitPrepInput],
    ['long', longVisitPrepInput],
    ['finished', { ...sampleVisitPrepInput, completedAt: '2026-11-01T18:00:00.000Z' }],
  ])('round-trips the %s input through a valid QuestionnaireResponse', (_kind, input) => {
    const qr = visitPrepQuestionnaireResponse(template, input, options);
    expectValidFhir(qr);
    expect(qr.status).toBe(input.completedAt ? 'completed' : 'in-progress');
    const back = visitPrepInputFromQuestionnaireResponse(template, JSON.parse(JSON.stringify(qr)), {
      canonicalBase: BASE,
    });
    expect(back.issues).toEqual([]);
    expect(back.value).toEqual(shownOnly(input, template));
  });

  it('round-trips generated valid inputs (property)', () => {
    const arb: fc.Arbitrary<VisitPrepInput> = visitPrepInputArbitrary({ maxText: 40 }).map((i) => ({
      ...i,
      // An absent suggestion id is a missing key, not `undefined`, in what the parser returns.
      questions: i.questions.map(({ suggestionId, ...q }) => (suggestionId ? { ...q, suggestionId } : q)),
      // Every other row as if added from the patient's record.
      medicines: i.medicines.map((m, n) => (n % 2 ? { ...m, fromRecord: true as const } : m)),
      allergies: i.allergies.map((a, n) => (n % 2 ? a : { ...a, fromRecord: true as const })),
      conditions: i.conditions.map((c, n) => (n % 2 ? { ...c, fromRecord: true as const } : c)),
    }));
    fc.assert(
      fc.property(arb, (input) => {
        const qr = visitPrepQuestionnaireResponse(template, input, options);
        expectValidFhir(qr);
        expect(visitPrepInputFromQuestionnaireResponse(template, qr).value).toEqual(shownOnly(input, template));
      }),
      { numRuns: 25 },
    );
  });
});

describe('visit prep: text with unusual whitespace', () => {
  it('writes no-break and other spaces as plain spaces, so the response stays valid FHIR', () => {
    const template = visitPrepTemplates.newSymptom.en;
    const input: VisitPrepInput = {
      ...emptyVisitPrepInput(),
      reason: 'Cough\u00a0for\u2009two weeks\u2028and fever\u3000since',
    };
    const response = visitPrepQuestionnaireResponse(template, input, options);
    expectValidFhir(response);
    const back = visitPrepInputFromQuestionnaireResponse(template, response);
    expect(back.ok && back.value.reason).toBe('Cough for two weeks and fever since');
  });
});

describe('visit prep: reading back rejects what does not fit', () => {
  const template = visitPrepTemplates.newSymptom.en;
  const good = () =>
    JSON.parse(JSON.stringify(visitPrepQuestionnaireResponse(template, sampleVisitPrepInput, options)));

  it('rejects a response to another template', () => {
    const qr = visitPrepQuestionnaireResponse(visitPrepTemplates.checkUp.en, sampleVisitPrepInput, options);
    expect(visitPrepInputFromQuestionnaireResponse(template, qr).issues.map((i) => i.code)).toEqual([
      'wrong_questionnaire',
    ]);
  });

  it('reports an unknown linkId inside a section, a wrong severity code and a duplicate row id', () => {
    const qr = good();
    const s = qr.item.findIndex((i: { linkId: string }) => i.linkId === 'symptoms');
    const items = qr.item[s].item;
    const sev = items.findIndex((i: { linkId: string }) => i.linkId === L.symptom('severity'));
    items[sev].answer = [{ valueCoding: { code: 'unbearable' } }];
    items.push({ linkId: 'symptoms.colour', answer: [{ valueString: 'red' }] });
    const r = visitPrepInputFromQuestionnaireResponse(template, qr);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_answer', `QuestionnaireResponse.item[${s}].item[${sev}].answer[0].valueCoding.code`],
      ['unknown_link_id', `QuestionnaireResponse.item[${s}].item[${items.length - 1}].linkId`],
    ]);
    const dup = good();
    const c = dup.item.findIndex((i: { linkId: string }) => i.linkId === 'concerns');
    const rows = dup.item[c].item.filter((i: { linkId: string }) => i.linkId === L.concern);
    rows[1].item[0].answer = rows[0].item[0].answer;
    const d = visitPrepInputFromQuestionnaireResponse(template, dup);
    expect(d.issues.map((i) => [i.code, i.inputIssue?.code, i.inputIssue?.path])).toEqual([
      ['invalid_input', 'duplicate_id', '$.concerns[1].id'],
    ]);
  });

  it('gives what could be read next to the issues: another version, a bad answer', () => {
    const expected = visitPrepInputFromQuestionnaireResponse(template, good()).value;
    // A response to the template's next version: read by linkId after its wrong_version issue.
    const older = good();
    older.questionnaire = older.questionnaire.replace(/\|.*$/, '|0.9.0');
    const o = visitPrepInputFromQuestionnaireResponse(template, older);
    expect(o.ok).toBe(false);
    expect(o.issues.map((i) => i.code)).toEqual(['wrong_version']);
    expect(!o.ok && o.partial).toEqual(expected);
    // A bad severity code: everything else is read, severity is left out.
    const bad = good();
    const s = bad.item.findIndex((i: { linkId: string }) => i.linkId === 'symptoms');
    const sev = bad.item[s].item.findIndex((i: { linkId: string }) => i.linkId === L.symptom('severity'));
    bad.item[s].item[sev].answer = [{ valueCoding: { code: 'unbearable' } }];
    const b = visitPrepInputFromQuestionnaireResponse(template, bad);
    expect(b.issues.map((i) => i.code)).toEqual(['invalid_answer']);
    const partial = !b.ok ? b.partial : undefined;
    expect(partial?.symptoms.severity).toBeNull();
    expect({ ...partial, symptoms: { ...partial?.symptoms, severity: expected?.symptoms.severity } }).toEqual(expected);
    // Nothing to read: no partial.
    const other = visitPrepQuestionnaireResponse(visitPrepTemplates.checkUp.en, sampleVisitPrepInput, options);
    const w = visitPrepInputFromQuestionnaireResponse(template, other);
    expect(!w.ok && w.partial).toBeUndefined();
  });

  it('reports a repeated non-repeating item', () => {
    const qr = good();
    const step = qr.item.find((i: { linkId: string }) => i.linkId === L.step);
    qr.item.push(step);
    const r = visitPrepInputFromQuestionnaireResponse(template, qr);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['repeated_item', `QuestionnaireResponse.item[${qr.item.length - 1}]`],
    ]);
  });
});
