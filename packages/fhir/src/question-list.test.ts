import { ask3QuestionsAr, ask3QuestionsEn, ask3QuestionsEs, visitQuestionsByLocale } from '@sdmkit/content';
import { emptyQuestionListInput, type PromptList, type QuestionItem, type QuestionListInput } from '@sdmkit/core';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUESTION_LIST_LINK_IDS as L,
  questionListInputFromQuestionnaireResponse,
  questionListQuestionnaire,
  questionListQuestionnaireResponse,
} from './index.js';
import { AUTHORED, BASE, expectValidFhir } from './test-utils/check.js';

const fixtures = [...Object.values(visitQuestionsByLocale), ask3QuestionsEn, ask3QuestionsEs, ask3QuestionsAr];
const options = { canonicalBase: BASE, authored: AUTHORED };

function sample(content: PromptList): QuestionListInput {
  const [a, b] = content.questions;
  const items: QuestionItem[] = [
    ...(a
      ? [
          {
            key: `q:${a.id}`,
            source: 'library' as const,
            questionId: a.id,
            status: 'answered' as const,
            note: 'Twice a day, with food.',
            followUp: true,
          },
        ]
      : []),
    { key: 'own:1', source: 'own', text: 'Can I still drive?', status: 'open', note: '', followUp: false },
    ...(b
      ? [
          {
            key: `q:${b.id}`,
            source: 'library' as const,
            questionId: b.id,
            text: 'In my own words?',
            status: 'asked' as const,
            note: '',
            followUp: false,
          },
        ]
      : []),
    {
      key: 's:sure-information',
      source: 'suggested',
      text: 'What are the benefits and harms?',
      why: 'You said you were not sure.',
      status: 'open',
      note: '',
      followUp: false,
    },
  ];
  return { items, dismissed: ['sure-support'], seq: 1 };
}

describe.each(fixtures.map((c) => [`${c.id} (${c.locale})`, c] as const))('question list %s', (_name, content) => {
  const q = questionListQuestionnaire(content, options);

  it('makes a valid Questionnaire whose library questions are the answer options', () => {
    expectValidFhir(q);
    expect(q.url).toBe(`${BASE}/Questionnaire/sdmkit-question-list-${content.id}`);
    expect(q.title).toBe(content.title);
    expect(q.language).toBe(content.locale);
    const library = q.item?.[0]?.item?.find((i) => i.linkId === L.library);
    expect(library?.answerOption?.map((o) => [o.valueCoding?.code, o.valueCoding?.display])).toEqual(
      content.questions.map((x) => [x.id, x.text]),
    );
  });

  it.each([
    ['empty', emptyQuestionListInput()],
    ['sample', sample(content)],
  ])('round-trips the %s input through a valid QuestionnaireResponse', (_kind, input) => {
    const qr = questionListQuestionnaireResponse(content, input, options);
    expectValidFhir(qr);
    expect(qr.status).toBe('in-progress');
    const back = questionListInputFromQuestionnaireResponse(content, JSON.parse(JSON.stringify(qr)));
    expect(back.issues).toEqual([]);
    expect(back.value).toEqual(input);
  });

  it('keeps the patient order and is completed when the host says the list was finished', () => {
    const input = sample(content);
    const qr = questionListQuestionnaireResponse(content, input, { ...options, completed: true });
    expect(qr.status).toBe('completed');
    expect(qr.item?.filter((i) => i.linkId === L.question).map((i) => i.item?.[0]?.answer?.[0]?.valueString)).toEqual(
      input.items.map((i) => i.key),
    );
  });

  it('round-trips generated valid inputs (property)', () => {
    const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.'?-]{0,40}$/);
    const common = {
      status: fc.constantFrom('open' as const, 'asked' as const, 'answered' as const),
      note: fc.oneof(fc.constant(''), text),
      followUp: fc.boolean(),
    };
    const library = fc
      .record(
        { questionId: fc.constantFrom(...content.questions.map((x) => x.id)), text, ...common },
        { requiredKeys: ['questionId', 'status', 'note', 'followUp'] },
      )
      .map((i): QuestionItem => ({ ...i, key: `q:${i.questionId}`, source: 'library' }));
    const own = fc
      .record({ n: fc.integer({ min: 1, max: 50 }), text, ...common })
      .map(({ n, ...i }): QuestionItem => ({ ...i, key: `own:${n}`, source: 'own' }));
    const suggested = fc
      .record(
        { id: fc.stringMatching(/^[a-z]{1,8}$/), text, why: text, ...common },
        { requiredKeys: ['id', 'text', 'status', 'note', 'followUp'] },
      )
      .map(({ id, ...i }): QuestionItem => ({ ...i, key: `s:${id}`, source: 'suggested' }));
    const arb = fc.record({
      items: fc.uniqueArray(fc.oneof(library, own, suggested), { maxLength: 6, selector: (i) => i.key }),
      dismissed: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 3 }),
      seq: fc.nat(60),
    });
    fc.assert(
      fc.property(arb, (input) => {
        const qr = questionListQuestionnaireResponse(content, input, options);
        expectValidFhir(qr);
        expect(questionListInputFromQuestionnaireResponse(content, qr).value).toEqual(input);
      }),
      { numRuns: 30 },
    );
  });
});

describe('question list: reading back rejects what does not fit', () => {
  const content = ask3QuestionsEn;
  const good = () => JSON.parse(JSON.stringify(questionListQuestionnaireResponse(content, sample(content), options)));

  it('rejects another prompt list and an unknown library question', () => {
    const other = questionListQuestionnaireResponse(
      visitQuestionsByLocale.en,
      sample(visitQuestionsByLocale.en),
      options,
    );
    expect(questionListInputFromQuestionnaireResponse(content, other).issues.map((i) => i.code)).toEqual([
      'wrong_questionnaire',
    ]);
    const qr = good();
    qr.item[0].item[2].answer = [{ valueCoding: { code: 'not-in-this-list' } }];
    expect(questionListInputFromQuestionnaireResponse(content, qr).issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_answer', 'QuestionnaireResponse.item[0].item[2].answer[0].valueCoding.code'],
    ]);
  });

  it('reports a group that was given answers', () => {
    const qr = good();
    qr.item[1].answer = [{ valueString: 'x' }];
    expect(questionListInputFromQuestionnaireResponse(content, qr).issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_answer', 'QuestionnaireResponse.item[1].answer'],
    ]);
  });

  it('completes rows another form filler added without key or source', () => {
    const qr = good();
    const rows = qr.item.filter((i: { linkId: string }) => i.linkId === L.question);
    const strip = (row: { item: { linkId: string }[] }) =>
      (row.item = row.item.filter((i) => i.linkId !== L.source && i.linkId !== L.key));
    for (const row of rows) strip(row);
    const read = questionListInputFromQuestionnaireResponse(content, qr);
    expect(read.issues).toEqual([]);
    const original = questionListInputFromQuestionnaireResponse(content, good()).value?.items ?? [];
    const items = read.value?.items ?? [];
    expect(items.map((i) => i.source)).toEqual(original.map((i) => (i.source === 'library' ? 'library' : 'own')));
    for (const item of items)
      expect(item.key).toMatch(item.source === 'library' ? `q:${item.questionId}` : /^own:\d+$/);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
});
