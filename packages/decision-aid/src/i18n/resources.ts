import type { NamespaceBundle } from '@sdmkit/core';

/** The i18next namespace of the decision aid's strings; the namespace key in a widget's `messages` overrides. */
export const DECISION_AID_NAMESPACE = 'sdm-decision-aid';

const en = {
  widgetLabel: 'Decision aid',
  steps: {
    intro: 'About this decision',
    options: 'Your options',
    outcomes: 'What might happen',
    values: 'What matters to you',
    knowledge: 'Check your understanding',
    sure: 'Are you ready to decide?',
    summary: 'Your summary',
    progress: 'Step {{current}} of {{total}}',
    next: 'Next',
    back: 'Back',
    finish: 'Finish',
    nav: 'Steps',
  },
  intro: {
    condition: 'The condition',
    decision: 'The decision',
    start: 'Start',
    recommendation: 'What a guideline says',
    recommendationSource: 'Source',
    strength: {
      strong: 'Strong recommendation: all or nearly all informed people would choose this.',
      weak: 'Weak recommendation: most informed people would choose this, but many would not. What matters to you counts here.',
      conditional:
        'Conditional recommendation: most informed people would choose this, but many would not. What matters to you counts here.',
    },
  },
  options: {
    heading: 'Your options',
    benefits: 'Possible benefits',
    harms: 'Possible harms and downsides',
    livingWith: 'What it is like',
    more: 'More about {{option}}',
    physical: 'Body',
    emotional: 'Feelings',
    social: 'Family and social life',
    practical: 'Practical things',
    statusQuo: 'Waiting or no treatment',
  },
  grid: {
    heading: 'Compare your options',
    caption: 'Common questions, answered for each option',
    question: 'Question',
    noData: 'No data',
  },
  outcomes: {
    heading: 'What might happen with each option',
    intro: 'In each picture, every figure is one person. Filled, coloured figures are the people it happens to.',
    who: 'Out of {{total}} people: {{population}}, {{timeFrame}}.',
    whoGroups:
      'In the study: {{population}}, {{timeFrame}}. Each picture shows every person in one group of the study.',
    uncertainty: 'How sure are we?',
    certainty: {
      high: 'High certainty: further research is very unlikely to change these numbers.',
      moderate: 'Moderate certainty: further research may change these numbers.',
      low: 'Low certainty: further research is likely to change these numbers.',
      'very-low': 'Very low certainty: these numbers are very uncertain.',
    },
    range: 'The true number may be between {{low}} and {{high}} out of {{denominator}}.',
    noData: 'No data for this option.',
    comparedWith: 'Compared with {{option}}.',
    reference: 'The other options are compared with this one.',
    cannotCompare: 'These numbers cannot be shown side by side because they cover different time frames.',
    profile: 'Numbers for people like you',
    profileAll: 'Everyone in the studies',
    profileFromRecord: 'Chosen from your record: check it, and choose another group if it does not fit you.',
    relative: 'Also published as',
    none: 'This decision aid has no numbers to compare.',
  },
  screening: {
    heading: 'What the test can show',
    headingFor: 'What the test can show: {{option}}',
    measures: 'What the test looks for',
    afterPositive: 'If the result is abnormal',
    afterNegative: 'If the result is normal',
    others: 'did not have this result',
  },
  values: {
    heading: 'What matters to you',
    intro: 'Rate how much each of these matters to you. There are no right or wrong answers.',
    own: 'Add something that matters to you',
    ownLabel: 'Your own concern',
    add: 'Add',
    remove: 'Remove "{{text}}"',
    ownFits: 'Which options does this speak for?',
    fitHeading: 'How the options fit your ratings',
    fitIntro:
      'This shows how much of what you rated speaks for each option. It is not a recommendation: you may weigh things differently, and you can change your ratings at any time.',
    fitPercent: '{{percent}}% of what you rated speaks for this option',
    fitNone: 'Rate at least one thing above "not at all" to see this.',
    fitSupports_one: '{{count}} thing you rated',
    fitSupports_other: '{{count}} things you rated',
    full: 'You have added the most concerns this list can hold.',
  },
  rating: {
    '0': 'Not at all',
    '1': 'A little',
    '2': 'Somewhat',
    '3': 'A lot',
    '4': 'Very much',
  },
  knowledge: {
    heading: 'Check your understanding',
    intro: 'These questions help you see what you know. They are not a test.',
    correct: 'That is right.',
    incorrect: 'Not quite.',
    score_one: 'You answered {{count}} of {{total}} as the evidence says.',
    score_other: 'You answered {{count}} of {{total}} as the evidence says.',
  },
  sure: {
    heading: 'Are you ready to decide?',
    intro: 'Answer yes or no. (SURE test)',
    yes: 'Yes',
    no: 'No',
    items: {
      sure: 'Do you feel sure about the best choice for you?',
      understand: 'Do you know the benefits and risks of each option?',
      riskBenefit: 'Are you clear about which benefits and risks matter most to you?',
      encouragement: 'Do you have enough support and advice to make a choice?',
    },
    score: 'Your score: {{score}} out of 4.',
    ready: 'You answered yes to all four questions.',
    conflict: 'A "no" means you may not be ready yet. That is common. Here is what can help:',
    help: {
      certainty: 'Take more time, and talk it through with your clinician or someone you trust.',
      information: 'Get more information about the benefits and harms of each option.',
      values: 'Think more about what matters most to you (go back to "What matters to you").',
      support: 'Find support: ask your clinician, family or a patient group for advice.',
    },
  },
  leaning: {
    heading: 'Which way are you leaning?',
    intro: 'You can change this at any time.',
    unsure: 'Not sure yet',
  },
  summary: {
    heading: 'Your summary',
    decision: 'Decision',
    options: 'Options',
    whatMatters: 'What matters most to me',
    nothingRated: 'Nothing rated "a lot" or "very much" yet',
    fit: 'How the options fit my ratings',
    fitPercent: '{{percent}}% of what I rated',
    leaning: 'Leaning',
    notChosen: 'Not chosen yet',
    sure: 'SURE test',
    sureScore: '{{score}} out of 4',
    sureIncomplete: 'Not finished',
    openQuestions: 'Questions still open',
    askBenefitsHarms: 'What are the benefits and harms of each option for me?',
    demonstration: 'Demonstration content: not medical advice.',
    copy: 'Copy as text',
    copied: 'Copied.',
    copyFailed: 'Could not copy. Select the text below and copy it.',
    print: 'Print',
    text: 'Summary as text',
  },
  evidence: {
    open: 'About the evidence',
    title: 'About the evidence',
    description: 'Where the information comes from and who made it.',
    sources: 'Sources',
    published: 'Published',
    nextReview: 'Next review',
    overdue: 'The review date has passed. Some information may be out of date.',
    updatePolicy: 'How it is updated',
    funding: 'Funding',
    conflicts: 'Conflicts of interest',
    authors: 'Written by',
    certainty: 'How sure the numbers are',
    version: 'Version',
  },
};

type Strings = typeof en;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
/** The shape every translation of the decision aid's strings has (the locale packs). */
export type DecisionAidStrings = DeepStrings<Strings>;

/**
 * The decision aid's built-in strings (English). Spanish and Arabic are translation packs:
 * `@sdmkit/decision-aid/locales/es` and `/ar`.
 */
export const decisionAidBundle: NamespaceBundle = { ns: DECISION_AID_NAMESPACE, resources: { en } };
/** The shape of the decision aid's built-in English strings, key by key. */
export type DecisionAidMessages = typeof en;
