// Golden files: the exact Questionnaires and QuestionnaireResponses the mapping writes for the shipped fixtures,
// and exactly what reading a response back gives (values and issues, also for broken responses). Records already
// stored were written by this mapping and must still read, so any change here is a change of the FHIR format:
// update the files (`vitest -u`) only on purpose.

import { createHash } from 'node:crypto';
import {
  ask3QuestionsAr,
  ask3QuestionsEn,
  ask3QuestionsEs,
  decisionAids,
  longVisitPrepInput,
  sampleVisitPrepInput,
  visitPrepTemplates,
  visitQuestionsByLocale,
} from '@sdmkit/content';
import {
  type DecisionAidDocument,
  type DecisionAidInput,
  emptyDecisionAidInput,
  emptyQuestionListInput,
  emptyVisitPrepInput,
  type PromptList,
  type QuestionListInput,
  type Rating,
  SURE_ITEMS,
  VISIT_PREP_SECTIONS,
  type VisitPrepInput,
  type VisitPrepTemplate,
} from '@sdmkit/core';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decisionAidInputFromQuestionnaireResponse,
  decisionAidQuestionnaire,
  decisionAidQuestionnaireResponse,
  questionListInputFromQuestionnaireResponse,
  questionListQuestionnaire,
  questionListQuestionnaireResponse,
  visitPrepInputFromQuestionnaireResponse,
  visitPrepQuestionnaire,
  visitPrepQuestionnaireResponse,
} from './index.js';
import { decisionAidFhirLabelsAr, questionListFhirLabelsAr, visitPrepFhirLabelsAr } from './labels/ar.js';
import { decisionAidFhirLabelsEs, questionListFhirLabelsEs, visitPrepFhirLabelsEs } from './labels/es.js';
import { AUTHORED, BASE } from './test-utils/check.js';
import { visitPrepInputArbitrary } from './test-utils/visit-prep-arbitrary.js';

const options = { canonicalBase: BASE, authored: AUTHORED };
const SEED = 20261102;
type Json = Record<string, unknown>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
/** What reading a broken response gives: its issues in full; a value only by its hash (it is mostly the input). */
const hash = (x: unknown) => `sha256 ${createHash('sha256').update(JSON.stringify(x)).digest('hex')}`;
const outcome = (r: { ok: boolean; value?: unknown; issues: readonly unknown[] }) =>
  r.ok ? `ok ${hash(r.value)}` : JSON.stringify(r.issues);

/** The response without the answers the reader requires, everywhere at once: their issues come in a set order. */
function withoutIds(response: object): unknown {
  const strip = (items: Json[]): Json[] =>
    items
      .filter((i) => !/\.(id|key|source)$/.test(String(i.linkId)))
      .map((i) => (Array.isArray(i.item) ? { ...i, item: strip(i.item as Json[]) } : i));
  return { ...response, item: strip((response as Json).item as Json[]) };
}

/** Every way the mutations below break a response, each a label and the broken response. */
function brokenResponses(response: object): [string, unknown][] {
  const out: [string, unknown][] = [
    ['not a response', { ...response, resourceType: 'Questionnaire' }],
    ['no version', { ...response, questionnaire: String((response as Json).questionnaire).split('|')[0] }],
    ['item not an array', { ...response, item: { linkId: 'x' } }],
    ['item without linkId', { ...response, item: [...((response as Json).item as unknown[]), { text: 'x' }] }],
    ['every row id, key and source dropped', withoutIds(response)],
  ];
  const walk = (items: Json[], at: string, edit: (f: (items: Json[]) => void) => unknown) => {
    items.forEach((item, i) => {
      const p = `${at}[${i}]`;
      const change = (label: string, f: (item: Json, items: Json[]) => void) =>
        out.push([`${p} ${label}`, edit((list) => f(list[i] as Json, list))]);
      change('dropped', (_item, list) => list.splice(i, 1));
      change('unknown linkId', (item) => {
        item.linkId = `${item.linkId}-x`;
      });
      change('twice', (item, list) => list.splice(i + 1, 0, clone(item)));
      if (Array.isArray(item.answer)) {
        change('wrong type', (item) => {
          item.answer = [{ valueBoolean: 'yes' }];
        });
        change('two answers', (item) => {
          item.answer = [...(item.answer as Json[]), ...(item.answer as Json[])];
        });
        change('answer not an array', (item) => {
          item.answer = (item.answer as Json[])[0];
        });
        change('answer with item', (item) => {
          item.answer = [{ ...(item.answer as Json[])[0], item: [] }];
        });
        change('two values', (item) => {
          item.answer = [{ ...(item.answer as Json[])[0], valueInteger: 1 }];
        });
        if ((item.answer as Json[]).some((a) => 'valueString' in a))
          change('too long', (item) => {
            item.answer = [{ valueString: 'a'.repeat(50_001) }];
          });
        if ((item.answer as Json[]).some((a) => 'valueCoding' in a))
          change('unknown code', (item) => {
            item.answer = [{ valueCoding: { code: 'no-such-code' } }];
          });
      }
      if (Array.isArray(item.item)) {
        change('emptied', (item) => {
          item.item = [];
        });
        change('answer on group', (item) => {
          item.answer = [{ valueString: 'x' }];
        });
        walk(item.item as Json[], `${p}.item`, (f) =>
          edit((list) => {
            f((list[i] as Json).item as Json[]);
          }),
        );
      }
    });
  };
  walk((response as Json).item as Json[], 'item', (f) => {
    const copy = clone(response) as Json;
    f(copy.item as Json[]);
    return copy;
  });
  return out;
}

interface Golden {
  questionnaires: Record<string, unknown>;
  /** One line each (JSON), to keep the files small. */
  responses: Record<string, string>;
  read: Record<string, string>;
  broken: Record<string, string[]>;
}

function golden<C extends { id: string; locale: string }, I>(
  fixtures: readonly C[],
  inputs: (content: C) => [string, I][],
  labelSets: readonly [string, object][],
  questionnaire: (content: C, o: typeof options & { labels?: never }) => unknown,
  response: (content: C, input: I, o: typeof options) => object,
  readBack: (
    content: C,
    response: unknown,
    o?: { canonicalBase?: string | undefined },
  ) => { ok: boolean; value?: unknown; issues: readonly unknown[] },
  breakAlso: (content: C) => boolean = () => true,
): Golden {
  const g: Golden = { questionnaires: {}, responses: {}, read: {}, broken: {} };
  fixtures.forEach((content, f) => {
    const key = `${content.id} (${content.locale})`;
    g.questionnaires[key] = questionnaire(content, options);
    // Labels change texts only, the same way for every fixture.
    if (f === 0)
      for (const [name, labels] of labelSets)
        g.questionnaires[`${key} labels ${name}`] = questionnaire(content, { ...options, labels } as never);
    // Translations keep the structure: they are kept in full for the first locale of each content, by hash after.
    const group = (c: C) => c.id.replace(/-(en|es|ar)$/, '');
    const first = !fixtures.slice(0, f).some((c) => group(c) === group(content));
    const keep = first ? (x: unknown) => JSON.stringify(x) : hash;
    for (const [name, input] of inputs(content)) {
      const qr = response(content, input, options);
      g.responses[`${key} ${name}`] = keep(qr);
      g.read[`${key} ${name}`] = keep(readBack(content, clone(qr)));
      if (name === 'sample' && f === 0) {
        const other = { ...options, canonicalBase: 'urn:example:other' };
        g.read[`${key} ${name} canonicalBase checks`] = JSON.stringify(
          [BASE, 'urn:example:other', 'not a uri', undefined].map((canonicalBase) =>
            outcome(readBack(content, clone(qr), { canonicalBase })),
          ),
        );
        g.responses[`${key} ${name} other options`] = JSON.stringify(
          response(content, input, {
            canonicalBase: other.canonicalBase,
            now: () => new Date('2026-05-06T07:08:09.000Z'),
            subject: { reference: 'Patient/1' },
            author: { reference: 'Practitioner/2' },
            encounter: { reference: 'Encounter/3' },
          } as never),
        );
      }
      if (name === 'sample' && first && breakAlso(content))
        g.broken[key] = brokenResponses(qr).map(
          ([label, broken]) => `${label} => ${outcome(readBack(content, broken))}`,
        );
    }
  });
  return g;
}

const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.'?-]{0,20}$/);
const maybe = fc.oneof(fc.constant(''), text);
const rowId = fc.stringMatching(/^[a-z]{1,6}-[0-9]{1,3}$/);
const rows = <T extends { id: string }>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { maxLength: 3, selector: (r) => r.id });

describe('golden files (the FHIR format must not change)', () => {
  it('visit prep', async () => {
    const arb = visitPrepInputArbitrary({ maxText: 20, blankBodyAreas: true, optionalSuggestionKey: true });
    const generated = fc.sample(arb, { seed: SEED, numRuns: 4 });
    const base = visitPrepTemplates.checkUp.en;
    // Every section, in reverse order, required, with prompts; and every section with no lists and no intros.
    const every: VisitPrepTemplate = {
      ...base,
      id: 'every-section',
      lists: { bodyAreas: ['Head', 'Chest'] },
      sections: [...VISIT_PREP_SECTIONS].reverse().map((type, i) => ({
        type,
        title: `Section ${type}`,
        ...(i % 2 === 0 ? { prompt: `Prompt ${type}` } : { help: `Help ${type}` }),
        required: i % 3 === 0,
      })),
    };
    const bare: VisitPrepTemplate = {
      ...base,
      id: 'bare',
      meta: { ...base.meta, demonstration: false },
      sections: VISIT_PREP_SECTIONS.map((type) => ({ type, title: type })),
    };
    delete (bare as { lists?: unknown }).lists;
    const fixtures = [...Object.values(visitPrepTemplates).flatMap((byLocale) => Object.values(byLocale)), every, bare];
    const g = golden<VisitPrepTemplate, VisitPrepInput>(
      fixtures,
      () => [
        ['sample', sampleVisitPrepInput],
        ['empty', emptyVisitPrepInput()],
        ['long', longVisitPrepInput],
        ['finished', { ...sampleVisitPrepInput, completedAt: '2026-11-01T18:00:00.000Z' }],
        ...generated.map((input, i): [string, VisitPrepInput] => [`generated ${i}`, input]),
      ],
      [
        ['es', visitPrepFhirLabelsEs],
        ['ar', visitPrepFhirLabelsAr],
        ['partial', { symptoms: { what: 'Symptom?' }, taking: { no: 'Nope' } }],
      ],
      visitPrepQuestionnaire,
      visitPrepQuestionnaireResponse,
      visitPrepInputFromQuestionnaireResponse,
      // Broken responses: one real template and the one with every section (the others hold the same items).
      (t) => t.id === 'check-up-en' || t === every,
    );
    await expect(JSON.stringify(g, null, 1)).toMatchFileSnapshot('./test-utils/golden/visit-prep.json.snap');
  });

  it('decision aid', async () => {
    const fixtures = Object.values(decisionAids).flatMap((byLocale) => Object.values(byLocale));
    const rating = fc.constantFrom<Rating>(0, 1, 2, 3, 4);
    const inputs = (content: DecisionAidDocument): [string, DecisionAidInput][] => {
      const optionId = fc.constantFrom(...content.options.map((o) => o.id));
      const arb: fc.Arbitrary<DecisionAidInput> = fc.record({
        ratings: fc.record(Object.fromEntries(content.values.map((v) => [v.id, rating])), { requiredKeys: [] }),
        ownConcerns: rows(
          fc.record({
            id: rowId,
            text: maybe,
            rating: fc.option(rating, { nil: null }),
            optionIds: fc.uniqueArray(optionId, { maxLength: 2 }),
          }),
        ),
        knowledge: fc.record(
          Object.fromEntries(
            (content.knowledgeCheck ?? []).map((k) => [k.id, fc.constantFrom(...k.choices.map((c) => c.id))]),
          ),
          { requiredKeys: [] },
        ),
        sure: fc.record(Object.fromEntries(SURE_ITEMS.map((s) => [s, fc.boolean()])), { requiredKeys: [] }),
        leaning: fc.option(fc.oneof(optionId, fc.constant('unsure')), { nil: null }),
        riskProfileId: content.riskProfiles?.length
          ? fc.option(fc.constantFrom(...content.riskProfiles.map((p) => p.id)), { nil: null })
          : fc.constant(null),
        completedAt: fc.option(fc.constant('2026-11-01T18:00:00.000Z'), { nil: null }),
      }) as fc.Arbitrary<DecisionAidInput>;
      return [
        ['empty', emptyDecisionAidInput()],
        ...fc
          .sample(arb, { seed: SEED, numRuns: 4 })
          .map((input, i): [string, DecisionAidInput] => [i === 0 ? 'sample' : `generated ${i}`, input]),
      ];
    };
    const g = golden<DecisionAidDocument, DecisionAidInput>(
      fixtures,
      inputs,
      [
        ['es', decisionAidFhirLabelsEs],
        ['ar', decisionAidFhirLabelsAr],
      ],
      decisionAidQuestionnaire,
      decisionAidQuestionnaireResponse,
      decisionAidInputFromQuestionnaireResponse,
    );
    await expect(JSON.stringify(g, null, 1)).toMatchFileSnapshot('./test-utils/golden/decision-aid.json.snap');
  });

  it('question list', async () => {
    const fixtures = [...Object.values(visitQuestionsByLocale), ask3QuestionsEn, ask3QuestionsEs, ask3QuestionsAr];
    const inputs = (content: PromptList): [string, QuestionListInput][] => {
      const item = fc.oneof(
        fc.record({
          key: rowId,
          source: fc.constantFrom('library' as const, 'suggested' as const),
          questionId: fc.constantFrom(...content.questions.map((q) => q.id)),
          text: fc.option(text, { nil: undefined }),
          why: fc.option(text, { nil: undefined }),
          status: fc.constantFrom('open' as const, 'asked' as const, 'answered' as const),
          note: maybe,
          followUp: fc.boolean(),
        }),
        fc.record({
          key: rowId,
          source: fc.constant('own' as const),
          text,
          status: fc.constantFrom('open' as const, 'asked' as const, 'answered' as const),
          note: maybe,
          followUp: fc.boolean(),
        }),
      );
      const arb = fc.record({
        items: fc.uniqueArray(item, { maxLength: 4, selector: (i) => i.key }),
        dismissed: fc.uniqueArray(rowId, { maxLength: 2 }),
        seq: fc.nat(50),
      });
      const strip = (i: QuestionListInput): QuestionListInput => clone(i);
      return [
        ['empty', emptyQuestionListInput()],
        ...fc
          .sample(arb, { seed: SEED, numRuns: 4 })
          .map((input, i): [string, QuestionListInput] => [
            i === 0 ? 'sample' : `generated ${i}`,
            strip(input as QuestionListInput),
          ]),
      ];
    };
    const g = golden<PromptList, QuestionListInput>(
      fixtures,
      inputs,
      [
        ['es', questionListFhirLabelsEs],
        ['ar', questionListFhirLabelsAr],
      ],
      questionListQuestionnaire,
      questionListQuestionnaireResponse,
      questionListInputFromQuestionnaireResponse,
    );
    const completed = questionListQuestionnaireResponse(fixtures[0] as PromptList, emptyQuestionListInput(), {
      ...options,
      completed: true,
      subject: { reference: 'Patient/1' },
      author: { reference: 'Practitioner/2' },
      encounter: { reference: 'Encounter/3' },
    });
    await expect(JSON.stringify({ ...g, completed }, null, 1)).toMatchFileSnapshot(
      './test-utils/golden/question-list.json.snap',
    );
  });
});
