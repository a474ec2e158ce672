import type { NamespaceBundle } from '@sdmkit/core';

/** The i18next namespace of the question list's strings; the namespace key in a widget's `messages` overrides. */
export const QUESTION_LIST_NAMESPACE = 'sdm-question-list';

const en = {
  modes: {
    label: 'Steps',
    prepare: 'Prepare',
    visit: 'During the visit',
    summary: 'Summary',
  },
  browser: {
    heading: 'Find questions to ask',
    search: 'Search questions',
    searchHint: 'Try a word like "results" or "medicine".',
    category: 'Topic',
    allCategories: 'All topics',
    reason: 'Reason for the visit',
    allReasons: 'Any reason',
    resultCount_one: '{{count}} question found',
    resultCount_other: '{{count}} questions found',
    noResults: 'No questions match. Try other words, or write your own question below.',
    why: 'Why ask this?',
    addStarter: 'Add the suggested starter questions',
    showMore: 'Show more questions',
    onList: 'On my list',
  },
  mine: {
    heading: 'My questions',
    empty: 'Your list is empty. Pick questions above or write your own.',
    topHint: 'Put the 3 that matter most at the top and ask them first.',
    top: 'Top 3',
    moveUp: 'Move up',
    moveDown: 'Move down',
    moveTop: 'Move to top 3',
    edit: 'Change wording',
    editLabel: 'Your wording',
    save: 'Save',
    cancel: 'Cancel',
    resetWording: 'Use the original wording',
    remove: 'Remove',
    moved: 'Moved to position {{position}} of {{total}}.',
    removed: 'Removed: {{text}}',
    added: 'Added: {{text}}',
    saved: 'Wording saved.',
    edited: 'Your wording',
    own: 'My own question',
    suggested: 'Suggested',
    addOwnLabel: 'Write your own question',
    addOwnButton: 'Add my question',
    errors: {
      empty: 'Please type a question first.',
      too_long: 'Please keep your question under {{max}} characters.',
      duplicate: 'This question is already on your list.',
      list_full: 'Your list is full. Remove a question first.',
    },
    softLimit_one: 'You have {{count}} question. A short list is easier to get through in a visit.',
    softLimit_other:
      'You have {{count}} questions. A short list is easier to get through in a visit. Could you keep it to about {{limit}}?',
    suggestionsHeading: 'Suggested for you',
    suggestionAdd: 'Add to my list',
    suggestionDismiss: 'No thanks',
  },
  visit: {
    heading: 'During the visit',
    intro: 'Go through your questions together. One tap marks a question as asked or answered.',
    progress_one: '{{answered}} of {{count}} question answered',
    progress_other: '{{answered}} of {{count}} questions answered',
    asked: 'Asked',
    answered: 'Answered',
    note: 'Answer notes',
    followUp: 'Follow up later',
    unansweredHeading_one: 'Not answered yet: {{count}} question',
    unansweredHeading_other: 'Not answered yet: {{count}} questions',
    allAnswered: 'All your questions are answered.',
    goTo: 'Go to this question',
    empty: 'There are no questions on your list yet.',
  },
  status: {
    open: 'Not asked yet',
    asked: 'Asked',
    answered: 'Answered',
  },
  summary: {
    heading: 'Summary of my questions',
    textTitle: 'My questions: {{title}}',
    top: 'top 3',
    answer: 'Answer: {{note}}',
    why: 'Why: {{why}}',
    noAnswer: 'No answer noted.',
    followUpMark: 'follow up',
    followUpHeading_one: 'To follow up ({{count}}):',
    followUpHeading_other: 'To follow up ({{count}}):',
    unansweredHeading_one: 'Not answered ({{count}}):',
    unansweredHeading_other: 'Not answered ({{count}}):',
    empty: 'There are no questions on the list.',
    print: 'Print',
    copy: 'Copy as text',
    copied: 'Copied. You can paste it into a message or a note.',
    copyFailed: 'Could not copy. Select the text below and copy it.',
    plainText: 'Your list as text',
    finish: 'Finish',
    finished: 'Done. Your list is ready for your care team.',
  },
} as const;

/**
 * Built-in strings of `@sdmkit/question-list` (English). Spanish and Arabic are translation packs:
 * `@sdmkit/question-list/locales/es` and `/ar`. Override any key through `messages`.
 */
export const questionListBundle: NamespaceBundle = { ns: QUESTION_LIST_NAMESPACE, resources: { en } };

/** The shape of the question list's built-in English strings, key by key. */
export type QuestionListMessages = typeof en;
