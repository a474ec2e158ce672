import type { Rating, SeverityLevel, SureItem, TakingAnswer } from '@sdmkit/core';

/**
 * Fixed wording the questionnaires need beyond the content's own text (group headings, the rating scale, the
 * SURE questions). Built in: the widgets' English wording; a host gives any of it in the content's language (or
 * its own words) with `labels`. Complete Spanish and Arabic sets: `@sdmkit/fhir/labels/es` and `…/labels/ar`.
 */
export interface LabelOptions<T> {
  readonly labels?: DeepPartial<T> | undefined;
}

/** `T` with every property optional, nested objects too: give only the labels you want to change. */
export type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/**
 * The fixed wording of the decision-aid questionnaire: group headings, item texts, the rating scale and the SURE
 * questions.
 */
export interface DecisionAidFhirLabels {
  readonly values: string;
  readonly rating: Readonly<Record<Rating, string>>;
  readonly ownConcerns: string;
  readonly ownConcernText: string;
  readonly ownConcernRating: string;
  readonly ownConcernOptions: string;
  readonly knowledge: string;
  readonly sure: string;
  readonly sureItems: Readonly<Record<SureItem, string>>;
  readonly unsure: string;
  readonly riskProfile: string;
  readonly result: string;
  readonly resultOptions: string;
  readonly resultFit: string;
  readonly resultFitOption: string;
  readonly resultFitPercent: string;
  readonly resultSureScore: string;
  readonly resultKnowledgeCorrect: string;
  readonly visit: string;
  readonly visitDecision: string;
  readonly notDecided: string;
  readonly visitNextStep: string;
  readonly visitParticipants: string;
}

/** The fixed wording of the visit-prep questionnaire: the item texts of each section and their answer choices. */
export interface VisitPrepFhirLabels {
  readonly reason: string;
  readonly concern: string;
  readonly concernText: string;
  readonly symptoms: {
    readonly what: string;
    readonly where: string;
    readonly bodyAreas: string;
    readonly onset: string;
    readonly timeline: string;
    readonly timelineDate: string;
    readonly timelineNote: string;
    readonly better: string;
    readonly worse: string;
    readonly severity: string;
    readonly tried: string;
  };
  readonly severity: Readonly<Record<SeverityLevel, string>>;
  readonly medicines: {
    readonly none: string;
    readonly medicine: string;
    readonly supplement: string;
    readonly name: string;
    readonly dose: string;
    readonly frequency: string;
    readonly reason: string;
    readonly taking: string;
    readonly noAllergies: string;
    readonly allergy: string;
    readonly substance: string;
    readonly reaction: string;
    readonly condition: string;
    readonly conditionName: string;
  };
  readonly taking: Readonly<Record<TakingAnswer, string>>;
  readonly whatMatters: { readonly goals: string; readonly worries: string };
  readonly question: string;
  readonly questionText: string;
  readonly practical: {
    readonly interpreter: string;
    readonly interpreterLanguage: string;
    readonly accessibility: string;
    readonly companion: string;
    readonly time: string;
    readonly none: string;
  };
  readonly after: {
    readonly nextSteps: string;
    readonly tests: string;
    readonly results: string;
    readonly followUpDate: string;
    readonly watchFor: string;
  };
}

/** The fixed wording of the question-list questionnaire: item texts, question sources and statuses. */
export interface QuestionListFhirLabels {
  readonly questions: string;
  readonly source: string;
  readonly sources: { readonly library: string; readonly own: string; readonly suggested: string };
  readonly library: string;
  readonly text: string;
  readonly why: string;
  readonly status: string;
  readonly statuses: { readonly open: string; readonly asked: string; readonly answered: string };
  readonly note: string;
  readonly followUp: string;
}

const en = {
  decisionAid: {
    values: 'What matters to you',
    rating: { 0: 'Not at all', 1: 'A little', 2: 'Somewhat', 3: 'A lot', 4: 'Very much' },
    ownConcerns: 'Something else that matters to you',
    ownConcernText: 'What matters',
    ownConcernRating: 'How much it matters',
    ownConcernOptions: 'Options it speaks for',
    knowledge: 'Check your understanding',
    sure: 'Are you ready to decide?',
    sureItems: {
      sure: 'Do you feel sure about the best choice for you?',
      understand: 'Do you know the benefits and risks of each option?',
      riskBenefit: 'Are you clear about which benefits and risks matter most to you?',
      encouragement: 'Do you have enough support and advice to make a choice?',
    },
    unsure: 'Not sure yet',
    riskProfile: 'Numbers for people like you',
    result: 'Result',
    resultOptions: 'Options considered',
    resultFit: 'How the options fit your ratings',
    resultFitOption: 'Option',
    resultFitPercent: 'Share of what you rated (percent)',
    resultSureScore: 'SURE score (out of 4)',
    resultKnowledgeCorrect: 'Answers as the evidence says',
    visit: 'In the visit',
    visitDecision: 'Decision made',
    notDecided: 'Not decided yet',
    visitNextStep: 'Next step',
    visitParticipants: 'Who took part',
  },
  visitPrep: {
    reason: 'Reason for the visit',
    concern: 'Concern',
    concernText: 'Concern',
    symptoms: {
      what: 'What is the symptom?',
      where: 'Where is it?',
      bodyAreas: 'Body areas',
      onset: 'When did it start? (YYYY-MM-DD)',
      timeline: 'What happened since',
      timelineDate: 'Date (YYYY-MM-DD)',
      timelineNote: 'What happened',
      better: 'What makes it better?',
      worse: 'What makes it worse?',
      severity: 'How bad is it?',
      tried: 'What have you tried?',
    },
    severity: {
      'very-mild': 'Very mild',
      mild: 'Mild',
      moderate: 'Moderate',
      severe: 'Severe',
      'very-severe': 'Very severe',
    },
    medicines: {
      none: 'I take no medicines',
      medicine: 'Medicine',
      supplement: 'Supplement or remedy',
      name: 'Name',
      dose: 'Dose',
      frequency: 'How often',
      reason: 'What it is for',
      taking: 'Are you taking it as prescribed?',
      noAllergies: 'I have no allergies',
      allergy: 'Allergy',
      substance: 'Allergic to',
      reaction: 'Reaction',
      condition: 'Health condition',
      conditionName: 'Name',
    },
    taking: { yes: 'Yes', sometimes: 'Sometimes', no: 'No' },
    whatMatters: { goals: 'What I hope for', worries: 'What worries me' },
    question: 'Question',
    questionText: 'Question',
    practical: {
      interpreter: 'I need an interpreter',
      interpreterLanguage: 'Language',
      accessibility: 'Access needs',
      companion: 'Who comes with me',
      time: 'Time constraints',
      none: 'No practical needs',
    },
    after: {
      nextSteps: 'Next steps',
      tests: 'Tests to have',
      results: 'How I get results',
      followUpDate: 'Follow-up date (YYYY-MM-DD)',
      watchFor: 'What to watch for',
    },
  },
  questionList: {
    questions: 'My questions',
    source: 'Where the question came from',
    sources: { library: 'From the list', own: 'My own question', suggested: 'Suggested' },
    library: 'Question from the list',
    text: 'My wording',
    why: 'Why ask',
    status: 'Status',
    statuses: { open: 'Not asked yet', asked: 'Asked', answered: 'Answered' },
    note: 'What the clinician said',
    followUp: 'Come back to this after the visit',
  },
} satisfies {
  decisionAid: DecisionAidFhirLabels;
  visitPrep: VisitPrepFhirLabels;
  questionList: QuestionListFhirLabels;
};

type AllLabels = typeof en;
const BUILT_IN: Readonly<Record<string, DeepPartial<AllLabels>>> = { en };

function merge<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (!over) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    const b = out[k];
    out[k] = typeof v === 'object' && v !== null && typeof b === 'object' && b !== null ? merge(b, v as object) : v;
  }
  return out as T;
}

function forLocale<K extends keyof AllLabels>(key: K, locale: string, labels: DeepPartial<AllLabels[K]> | undefined) {
  const base = locale.split('-')[0] ?? locale;
  const builtIn = (BUILT_IN[locale]?.[key] ?? BUILT_IN[base]?.[key]) as DeepPartial<AllLabels[K]> | undefined;
  return merge(merge(en[key], builtIn), labels);
}

export const decisionAidLabels = (locale: string, labels?: DeepPartial<DecisionAidFhirLabels>): DecisionAidFhirLabels =>
  forLocale('decisionAid', locale, labels);
export const visitPrepLabels = (locale: string, labels?: DeepPartial<VisitPrepFhirLabels>): VisitPrepFhirLabels =>
  forLocale('visitPrep', locale, labels);
export const questionListLabels = (
  locale: string,
  labels?: DeepPartial<QuestionListFhirLabels>,
): QuestionListFhirLabels => forLocale('questionList', locale, labels);
