import {
  ask3QuestionsAr,
  ask3QuestionsEs,
  decisionAids,
  sampleVisitPrepInput,
  visitPrepTemplates,
  visitQuestionsAr,
  visitQuestionsEs,
} from '@sdmkit/content';
import type { DecisionAidDocument, DecisionAidInput, PromptList, QuestionListInput, Rating } from '@sdmkit/core';
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
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
} from '../index.js';
import { decisionAidLabels, questionListLabels, visitPrepLabels } from '../labels.js';
import { AUTHORED, BASE, expectValidFhir } from '../test-utils/check.js';
import { decisionAidFhirLabelsAr, questionListFhirLabelsAr, visitPrepFhirLabelsAr } from './ar.js';
import { decisionAidFhirLabelsEs, questionListFhirLabelsEs, visitPrepFhirLabelsEs } from './es.js';

const options = { canonicalBase: BASE, authored: AUTHORED };

/** The English defaults (a locale with no built-in wording gets them). */
const english = {
  decisionAid: decisionAidLabels('en'),
  visitPrep: visitPrepLabels('en'),
  questionList: questionListLabels('en'),
};
const sets = {
  es: {
    decisionAid: decisionAidFhirLabelsEs,
    visitPrep: visitPrepFhirLabelsEs,
    questionList: questionListFhirLabelsEs,
  },
  ar: {
    decisionAid: decisionAidFhirLabelsAr,
    visitPrep: visitPrepFhirLabelsAr,
    questionList: questionListFhirLabelsAr,
  },
} as const;
type Locale = keyof typeof sets;

/** Every string leaf of a label object, by its dotted path. */
function leaves(value: unknown, at = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, at ? `${at}.${k}` : k)) out.set(p, s);
  } else out.set(at, value);
  return out;
}

/** Every string anywhere in a resource (item texts, answer option and answer displays, descriptions…). */
function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Words a translation spells as English does (Spanish "No"): the only labels allowed to stay the same. */
const SPELLED_ALIKE: ReadonlySet<string> = new Set(['No']);

/**
 * The resource built with the translated labels says none of the English labels (except a word spelled alike in
 * both languages), and says the translation of every label the English resource says.
 */
function expectTranslated(
  translated: Questionnaire | QuestionnaireResponse,
  inEnglish: Questionnaire | QuestionnaireResponse,
  en: object,
  labels: object,
) {
  const said = strings(translated);
  const saidInEnglish = strings(inEnglish);
  const target = leaves(labels);
  const used: string[] = [];
  for (const [path, text] of leaves(en)) {
    const translation = target.get(path);
    if (typeof text !== 'string' || (translation === text && SPELLED_ALIKE.has(text))) continue;
    expect(said.has(text), `English "${text}" (${path}) is in the resource`).toBe(false);
    if (saidInEnglish.has(text)) {
      expect(said.has(translation as string), `"${translation}" (${path}) is missing`).toBe(true);
      used.push(path);
    }
  }
  // The comparison is not vacuous: the English resource does use the labels.
  expect(used.length).toBeGreaterThan(3);
}

describe.each(['es', 'ar'] as const)('%s label sets', (locale: Locale) => {
  const set = sets[locale];

  it.each(Object.keys(set) as (keyof typeof set)[])('%s has every key of the English set and no empty string', (w) => {
    const mine = leaves(set[w]);
    expect([...mine.keys()].sort()).toEqual([...leaves(english[w]).keys()].sort());
    for (const [path, text] of mine) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim(), path).not.toBe('');
    }
  });

  const decisionAidFixtures = Object.values(decisionAids).flatMap((byLocale) =>
    Object.values(byLocale).filter((c) => c.locale === locale),
  );
  const visitPrepFixtures = Object.values(visitPrepTemplates).flatMap((byLocale) =>
    Object.values(byLocale).filter((t) => t.locale === locale),
  );
  const questionListFixtures = [
    ...{ es: [visitQuestionsEs, ask3QuestionsEs], ar: [visitQuestionsAr, ask3QuestionsAr] }[locale],
  ];

  it('has content fixtures in this language to test with', () => {
    // Every widget has Spanish examples; no Arabic decision aid is among the examples yet.
    expect(visitPrepFixtures.length).toBeGreaterThan(0);
    expect(questionListFixtures.length).toBeGreaterThan(0);
    if (locale === 'es') expect(decisionAidFixtures.length).toBeGreaterThan(0);
  });

  describe.each(decisionAidFixtures.map((c) => [c.id, c] as const))('decision aid %s', (_id, content) => {
    const labelled = { ...options, labels: set.decisionAid };
    const input = sampleDecisionAidInput(content);

    it('Questionnaire and response: translated wording, valid FHIR R4', () => {
      const q = decisionAidQuestionnaire(content, labelled);
      expectValidFhir(q);
      expectTranslated(q, decisionAidQuestionnaire(content, options), english.decisionAid, set.decisionAid);
      const qr = decisionAidQuestionnaireResponse(content, input, labelled);
      expectValidFhir(qr);
      const qrEnglish = decisionAidQuestionnaireResponse(content, input, options);
      expectTranslated(qr, qrEnglish, english.decisionAid, set.decisionAid);
    });

    it('round-trips the input', () => {
      const qr = JSON.parse(JSON.stringify(decisionAidQuestionnaireResponse(content, input, labelled)));
      const back = decisionAidInputFromQuestionnaireResponse(content, qr, options);
      expect(back.issues).toEqual([]);
      expect(back.value).toEqual(input);
    });
  });

  describe.each(visitPrepFixtures.map((t) => [t.id, t] as const))('visit prep %s', (_id, template) => {
    const labelled = { ...options, labels: set.visitPrep };

    it('Questionnaire and response: translated wording, valid FHIR R4', () => {
      const q = visitPrepQuestionnaire(template, labelled);
      expectValidFhir(q);
      expectTranslated(q, visitPrepQuestionnaire(template, options), english.visitPrep, set.visitPrep);
      const qr = visitPrepQuestionnaireResponse(template, sampleVisitPrepInput, labelled);
      expectValidFhir(qr);
      const qrEnglish = visitPrepQuestionnaireResponse(template, sampleVisitPrepInput, options);
      expectTranslated(qr, qrEnglish, english.visitPrep, set.visitPrep);
    });

    it('round-trips the input as the English-worded response does', () => {
      const read = (labels?: typeof set.visitPrep) =>
        visitPrepInputFromQuestionnaireResponse(
          template,
          JSON.parse(
            JSON.stringify(visitPrepQuestionnaireResponse(template, sampleVisitPrepInput, { ...options, labels })),
          ),
          options,
        );
      const back = read(set.visitPrep);
      expect(back.issues).toEqual([]);
      expect(back.value).toEqual(read().value);
      expect(back.value?.reason).toBe(sampleVisitPrepInput.reason);
    });
  });

  describe.each(questionListFixtures.map((c) => [c.id, c] as const))('question list %s', (_id, content) => {
    const labelled = { ...options, labels: set.questionList };
    const input = sampleQuestionListInput(content);

    it('Questionnaire and response: translated wording, valid FHIR R4', () => {
      const q = questionListQuestionnaire(content, labelled);
      expectValidFhir(q);
      expectTranslated(q, questionListQuestionnaire(content, options), english.questionList, set.questionList);
      const qr = questionListQuestionnaireResponse(content, input, labelled);
      expectValidFhir(qr);
      const qrEnglish = questionListQuestionnaireResponse(content, input, options);
      expectTranslated(qr, qrEnglish, english.questionList, set.questionList);
    });

    it('round-trips the input', () => {
      const qr = JSON.parse(JSON.stringify(questionListQuestionnaireResponse(content, input, labelled)));
      const back = questionListInputFromQuestionnaireResponse(content, qr, options);
      expect(back.issues).toEqual([]);
      expect(back.value).toEqual(input);
    });
  });
});

function sampleDecisionAidInput(content: DecisionAidDocument): DecisionAidInput {
  return {
    ratings: Object.fromEntries(content.values.map((v, i) => [v.id, (i % 5) as Rating])),
    ownConcerns: [{ id: 'own-1', text: 'Seguir trabajando', rating: 3, optionIds: [content.options[0]?.id ?? ''] }],
    knowledge: Object.fromEntries((content.knowledgeCheck ?? []).map((k) => [k.id, k.choices[0]?.id ?? ''])),
    sure: { sure: true, understand: true, riskBenefit: false, encouragement: true },
    leaning: 'unsure',
    riskProfileId: content.riskProfiles?.[0]?.id ?? null,
    completedAt: '2026-11-02T09:15:00.000Z',
  };
}

function sampleQuestionListInput(content: PromptList): QuestionListInput {
  const first = content.questions[0];
  return {
    items: [
      ...(first
        ? [
            {
              key: `q:${first.id}`,
              source: 'library' as const,
              questionId: first.id,
              status: 'answered' as const,
              note: 'Dos veces al día.',
              followUp: true,
            },
          ]
        : []),
      { key: 'own:1', source: 'own', text: '¿Puedo conducir?', status: 'asked', note: '', followUp: false },
      {
        key: 's:sure-information',
        source: 'suggested',
        text: '¿Cuáles son los beneficios y los daños?',
        why: 'Dijo que no estaba seguro.',
        status: 'open',
        note: '',
        followUp: false,
      },
    ],
    dismissed: [],
    seq: 1,
  };
}
