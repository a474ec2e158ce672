import type { NamespaceBundle } from '@sdmkit/core';

/** The i18next namespace of the clinician screen's strings; the namespace key in `messages` overrides. */
export const CLINICIAN_NAMESPACE = 'sdm-clinician';

const en = {
  title: 'The patient’s preparation',
  loading: 'Opening the patient’s preparation from the record…',
  empty: 'The patient has not prepared anything for this visit yet.',
  error: 'The patient’s preparation could not be opened from the record.',
  retry: 'Try again',
  sections: {
    agenda: 'The patient’s agenda',
    decision: 'The decision, on a shared screen',
    questions: 'The patient’s questions',
  },
  missing: {
    visitPrep: 'No visit preparation from the patient.',
    decisionAid: 'No decision aid answers from the patient.',
    questionList: 'No question list from the patient.',
  },
  partial: {
    heading: 'Only partly read',
    intro: 'This response could only be partly read. What could be read is shown; these parts were left out:',
    none: 'Nothing in this response could be read.',
    issue: '{{problem}} (at {{path}})',
    noSave: 'Saving is off for a response that was only partly read, so nothing the patient wrote is lost.',
    codes: {
      not_a_questionnaire_response: 'not a questionnaire response',
      wrong_questionnaire: 'answers another questionnaire',
      wrong_version: 'answers another version of this questionnaire',
      unknown_link_id: 'an answer to a question this version does not have',
      repeated_item: 'a question answered twice',
      invalid_answer: 'an answer that does not fit the question',
      too_many_answers: 'more answers than the question allows',
      missing_answer: 'a required answer is missing',
      invalid_input: 'answers that do not fit together',
    },
  },
  write: {
    save: 'Save the answers to the record',
    saving: 'Saving…',
    saved: 'Saved to the record.',
    conflict:
      'Not saved: the patient or a colleague changed these answers since you opened them. Open them again to see both.',
    merged:
      'Opened again: the patient’s or colleague’s changes and your notes are both here. Check them and save again.',
    reopen: 'Open them again',
    failed: 'Not saved: the record could not be reached. Your notes are still here; try again.',
    record: 'Record the shared decision',
    recorded: 'The decision note is in the record.',
    noteTitle: 'Shared decision',
  },
  flags: {
    heading: 'To raise in this visit',
    unansweredTop: 'Top-3 question not answered yet: {{question}}',
    sureNo: 'Answered “no” in the readiness check (SURE): {{name}}',
  },
  patient: {
    heading: 'What you told us before the visit',
    rated: 'You rated “{{value}}” as “{{rating}}”.',
    concern: 'You added your own concern “{{text}}” and rated it as “{{rating}}”.',
    concernUnrated: 'You added your own concern “{{text}}”.',
    sure: 'You answered “{{answer}}” to “{{question}}”',
    leaning: 'You are leaning towards: {{option}}.',
    leaningUnsure: 'You are not sure yet which option you lean towards.',
    nothing: 'You have not rated anything or answered the readiness check yet.',
  },
  visit: {
    heading: 'The decision in this visit',
    decision: 'Decision made',
    notDecided: 'Not decided yet',
    nextStep: 'Next step',
    participants: 'Who took part (one per line)',
    save: 'Save the decision to the record',
    noteDecided: 'Decision: {{option}}',
    noteNotDecided: 'Decision: not decided yet',
    noteNextStep: 'Next step: {{step}}',
    noteParticipants: 'Who took part: {{names}}',
  },
  handoff: {
    sureQuestions: {
      certainty: 'What else would help me feel sure about my choice?',
      information: 'Can we go over the benefits and risks of each option again?',
      values: 'Which benefits and risks matter most for someone like me?',
      support: 'Who else could help me make this choice?',
    },
    sureWhy: 'The patient answered “no” to a question in the readiness check of the decision aid.',
    heading: 'From the decision aid: {{title}}',
    leaning: 'Leaning towards: {{option}}',
    leaningUnsure: 'Leaning: not sure yet',
    mattersMost: 'Matters most: {{labels}}',
    sureScore: 'Readiness check (SURE): {{score}} of 4',
    sureOpen: 'Not yet sure about: {{names}}',
    sureNames: {
      certainty: 'feeling sure',
      information: 'benefits and risks',
      values: 'what matters most',
      support: 'support and advice',
    },
    listSeparator: '; ',
    nameSeparator: ', ',
    questionList: 'Top 3 questions from the question list',
  },
} as const;

/**
 * Built-in strings of `@sdmkit/clinician` (English). Spanish and Arabic are translation packs:
 * `@sdmkit/clinician/locales/es` and `/ar`. Override any key through `messages`.
 */
export const clinicianBundle: NamespaceBundle = { ns: CLINICIAN_NAMESPACE, resources: { en } };

/** The shape of the clinician screen's built-in English strings, key by key. */
export type ClinicianMessages = typeof en;
