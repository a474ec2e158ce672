// SurveyJS JSON for the SAME questions and fields as our widgets, made from the same example content documents
// (so it cannot drift from them). SurveyJS renders one page at a time, like our step-by-step widgets, so the
// mount benchmark compares our first step with SurveyJS's first page, and our one-screen modes with SurveyJS's
// `questionsOnPageMode: 'singlePage'`. How each part maps is written at each function; docs/performance.md has
// the table. Our widgets also draw things SurveyJS has no widget for (icon arrays, the option grid table, the
// live SURE score): those become `html` elements with the same text, which makes SurveyJS's work lighter, not
// heavier.
import type { DecisionAidDocument, PromptList, VisitPrepTemplate } from '@sdmkit/core';

export type SurveyJson = Record<string, unknown>;
type Element = Record<string, unknown>;

/** SurveyJS `html` elements take HTML: content text is escaped so it shows as text, as in our widgets. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const p = (text: string) => `<p>${esc(text)}</p>`;
const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;

// Our SURE test items and rating scale (the strings live in the widget's i18n bundle; English here).
const SURE_ITEMS = [
  ['sure', 'Do you feel sure about the best choice for you?'],
  ['understand', 'Do you know the benefits and risks of each option?'],
  ['riskBenefit', 'Are you clear about which benefits and risks matter most to you?'],
  ['encouragement', 'Do you have enough support and advice to make a choice?'],
] as const;

/**
 * Decision aid -> 7 pages (our 7 steps):
 * intro (html: condition, decision, demonstration notice) · options (html per option: summary, benefits, harms;
 * the option grid as an html table of the FAQ rows) · outcomes (html per outcome with each option's numbers, a
 * radiogroup for the view our outcome comparison offers) · values (one 0-4 `rating` per value, a text question
 * and a checkbox of options for the patient's own concern) · knowledge (one `radiogroup` per question with its
 * correct answer) · sure (4 yes/no `radiogroup`s + the leaning `radiogroup` of options + "unsure") · summary
 * (html next steps + `comment` for notes).
 */
export function decisionAidSurvey(doc: DecisionAidDocument, opts: { singlePage?: boolean } = {}): SurveyJson {
  const options = doc.options.map((o) => ({ value: o.id, text: o.title }));
  const gridHead = `<tr><th></th>${doc.options.map((o) => `<th scope="col">${esc(o.title)}</th>`).join('')}</tr>`;
  const gridRows = (doc.faq ?? [])
    .map(
      (f) =>
        `<tr><th scope="row">${esc(f.question)}</th>${doc.options
          .map((o) => `<td>${esc(f.answers[o.id] ?? '')}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  const pages: Element[] = [
    {
      name: 'intro',
      title: 'Introduction',
      elements: [
        {
          type: 'html',
          name: 'intro',
          html: `<h3>${esc(doc.condition.name)}</h3>${p(doc.condition.description)}<h3>${esc(doc.decision.question)}</h3>${p(doc.decision.context ?? '')}${doc.meta.demonstration ? p('Example content for demonstration only.') : ''}`,
        },
      ],
    },
    {
      name: 'options',
      title: 'Your options',
      elements: [
        ...doc.options.map((o) => ({
          type: 'html',
          name: `option-${o.id}`,
          html: `<h3>${esc(o.title)}</h3>${p(o.summary)}<h4>Benefits</h4>${list(o.benefits.map((b) => b.text))}<h4>Harms</h4>${list(o.harms.map((h) => h.text))}`,
        })),
        { type: 'html', name: 'grid', html: `<table><thead>${gridHead}</thead><tbody>${gridRows}</tbody></table>` },
      ],
    },
    {
      name: 'outcomes',
      title: 'Compare outcomes',
      elements: [
        {
          type: 'radiogroup',
          name: 'outcome-view',
          title: 'Show numbers as',
          choices: ['Pictures', 'Numbers'],
          defaultValue: 'Pictures',
        },
        ...doc.outcomes.map((out) => ({
          type: 'html',
          name: `outcome-${out.id}`,
          html: `<h3>${esc(out.label)}</h3>${p(out.description ?? '')}${list(
            doc.options.map((o) => {
              const n = out.byOption[o.id];
              return n ? `${o.title}: ${n.numerator} out of ${n.denominator} ${out.eventText} (${n.timeFrame})` : '';
            }),
          )}`,
        })),
      ],
    },
    {
      name: 'values',
      title: 'What matters to you',
      elements: [
        ...doc.values.map((val) => ({
          type: 'rating',
          name: `value-${val.id}`,
          title: val.label,
          rateMin: 0,
          rateMax: 4,
          minRateDescription: 'Not important',
          maxRateDescription: 'Very important',
        })),
        { type: 'text', name: 'own-concern', title: 'Something else that matters to you' },
        { type: 'checkbox', name: 'own-concern-supports', title: 'Which options fit it?', choices: options },
      ],
    },
  ];
  if ((doc.knowledgeCheck ?? []).length > 0)
    pages.push({
      name: 'knowledge',
      title: 'Check what you know',
      elements: (doc.knowledgeCheck ?? []).map((k) => ({
        type: 'radiogroup',
        name: `knowledge-${k.id}`,
        title: k.question,
        choices: k.choices.map((c) => ({ value: c.id, text: c.label })),
        correctAnswer: k.correctChoiceId,
      })),
    });
  pages.push(
    {
      name: 'sure',
      title: 'Are you ready to decide?',
      elements: [
        ...SURE_ITEMS.map(([id, title]) => ({
          type: 'radiogroup',
          name: `sure-${id}`,
          title,
          choices: ['Yes', 'No'],
          colCount: 2,
        })),
        {
          type: 'radiogroup',
          name: 'leaning',
          title: 'Which option are you leaning towards?',
          choices: [...options, { value: 'unsure', text: 'I am not sure yet' }],
        },
      ],
    },
    {
      name: 'summary',
      title: 'Summary',
      elements: [
        { type: 'html', name: 'next-steps', html: list(doc.nextSteps ?? []) },
        { type: 'comment', name: 'notes', title: 'Notes for your care team' },
      ],
    },
  );
  return {
    title: doc.decision.question,
    showQuestionNumbers: 'off',
    ...(opts.singlePage ? { questionsOnPageMode: 'singlePage' } : {}),
    pages,
  };
}

const SEVERITY = ['Very mild', 'Mild', 'Moderate', 'Severe', 'Very severe'];
const TAKING = ['Yes', 'Sometimes', 'No'];

/** A repeatable list (our rows with Add/Remove) as SurveyJS's `matrixdynamic`. */
function rows(name: string, title: string, columns: [string, string][], extra: Element = {}): Element {
  return {
    type: 'matrixdynamic',
    name,
    title,
    rowCount: 1,
    addRowText: 'Add',
    removeRowText: 'Remove',
    columns: columns.map(([n, t]) => ({ name: n, title: t, cellType: 'text' })),
    ...extra,
  };
}

/**
 * Visit-prep template -> one page per section (our steps), fields as in our input model:
 * concerns: `text` reason + `matrixdynamic` concerns · symptoms: what, where (`text`), body areas (`checkbox`
 * of the template's `lists.bodyAreas`), onset (`text` date), timeline (`matrixdynamic` date + note), better, worse
 * (`text`), severity (5-choice `radiogroup`), tried (`comment`) · medicines: medicines and supplements
 * (`matrixdynamic` name, dose, how often, why, taking as a dropdown), "no medicines" (`boolean`), allergies
 * (`matrixdynamic` substance + reaction), "no allergies" (`boolean`) · what-matters: goals, worries (`comment`)
 * · questions: suggested questions (`checkbox`) + own questions (`matrixdynamic`) · practical: interpreter
 * (`boolean`) + language (`text`, visible if), accessibility (`comment`), companion, time (`text`), none
 * (`boolean`) · after-visit: next steps, tests, results (`comment`), follow-up date (`text` date), watch for
 * (`comment`). Then an agenda page (html), as our last step.
 */
export function visitPrepSurvey(template: VisitPrepTemplate): SurveyJson {
  const pages: Element[] = template.sections.map((s) => {
    const intro: Element = {
      type: 'html',
      name: `${s.type}-intro`,
      html: `${p(s.prompt ?? '')}${s.help ? p(s.help) : ''}`,
    };
    let elements: Element[] = [];
    switch (s.type) {
      case 'concerns':
        elements = [
          { type: 'text', name: 'reason', title: 'Main reason for the visit', isRequired: s.required ?? false },
          rows('concerns', 'What you want to talk about', [['text', 'Concern']]),
        ];
        break;
      case 'symptoms':
        elements = [
          { type: 'text', name: 'what', title: 'What do you feel?' },
          { type: 'text', name: 'where', title: 'Where do you feel it?' },
          ...(template.lists?.bodyAreas?.length
            ? [{ type: 'checkbox', name: 'bodyAreas', title: 'Body areas', choices: template.lists.bodyAreas }]
            : []),
          { type: 'text', name: 'onset', title: 'When did it start?', inputType: 'date' },
          rows('timeline', 'How it changed', [
            ['date', 'Date'],
            ['note', 'What happened'],
          ]),
          { type: 'text', name: 'better', title: 'What makes it better?' },
          { type: 'text', name: 'worse', title: 'What makes it worse?' },
          { type: 'radiogroup', name: 'severity', title: 'How bad is it?', choices: SEVERITY },
          { type: 'comment', name: 'tried', title: 'What have you tried?' },
        ];
        break;
      case 'medicines': {
        const medColumns: [string, string][] = [
          ['name', 'Name'],
          ['dose', 'Dose'],
          ['frequency', 'How often'],
          ['reason', 'What for'],
        ];
        const taking = { name: 'taking', title: 'Taking it?', cellType: 'dropdown', choices: TAKING };
        const med = (name: string, title: string) => {
          const m = rows(name, title, medColumns);
          return { ...m, columns: [...(m.columns as Element[]), taking] };
        };
        elements = [
          med('medicines', 'Medicines'),
          med('supplements', 'Vitamins, herbs and supplements'),
          { type: 'boolean', name: 'noMedicines', title: 'I take no medicines', renderAs: 'checkbox' },
          rows('allergies', 'Allergies', [
            ['substance', 'Allergic to'],
            ['reaction', 'What happens'],
          ]),
          { type: 'boolean', name: 'noAllergies', title: 'I have no allergies', renderAs: 'checkbox' },
        ];
        break;
      }
      case 'what-matters':
        elements = [
          { type: 'comment', name: 'goals', title: 'What do you hope to get from this visit?' },
          { type: 'comment', name: 'worries', title: 'What worries you most?' },
        ];
        break;
      case 'questions':
        elements = [
          ...('suggestedQuestions' in s && s.suggestedQuestions?.length
            ? [
                {
                  type: 'checkbox',
                  name: 'suggested',
                  title: 'Suggested questions',
                  choices: s.suggestedQuestions.map((q) => ({ value: q.id, text: q.text })),
                },
              ]
            : []),
          rows('questions', 'Your questions', [['text', 'Question']]),
        ];
        break;
      case 'practical':
        elements = [
          { type: 'boolean', name: 'interpreter', title: 'I need an interpreter', renderAs: 'checkbox' },
          { type: 'text', name: 'interpreterLanguage', title: 'Language', visibleIf: '{interpreter} = true' },
          { type: 'comment', name: 'accessibility', title: 'Help with moving, seeing or hearing' },
          { type: 'text', name: 'companion', title: 'Someone coming with me' },
          { type: 'text', name: 'time', title: 'Time I need' },
          { type: 'boolean', name: 'none', title: 'Nothing needed', renderAs: 'checkbox' },
        ];
        break;
      case 'after-visit':
        elements = [
          { type: 'comment', name: 'nextSteps', title: 'What happens next' },
          { type: 'comment', name: 'tests', title: 'Tests' },
          { type: 'comment', name: 'results', title: 'How I get results' },
          { type: 'text', name: 'followUpDate', title: 'Follow-up date', inputType: 'date' },
          { type: 'comment', name: 'watchFor', title: 'What to watch for' },
        ];
        break;
    }
    return { name: s.type, title: s.title, elements: [intro, ...elements] };
  });
  pages.push({
    name: 'agenda',
    title: 'Your agenda',
    elements: [{ type: 'html', name: 'agenda', html: p('A short list for your care team.') }],
  });
  return { title: template.title, description: template.intro, showQuestionNumbers: 'off', pages };
}

/**
 * Question prompt list -> 3 pages (our prepare / visit / summary):
 * prepare: the library as a `checkbox` per topic (our browser's pick boxes, grouped the same way, question text
 * as the choice; the "why" note as the question description), the patient's list as a `ranking` fed from the
 * picked questions (our reorder with top 3), and a `comment` to add their own · visit: a `matrixdropdown` with
 * a row per library question and the same fields as our visit rows (status asked/answered, note, follow-up) ·
 * summary: html.
 */
export function questionListSurvey(doc: PromptList): SurveyJson {
  const byCategory = doc.categories.map((c) => ({
    c,
    questions: doc.questions.filter((q) => q.categoryId === c.id),
  }));
  const pick = byCategory
    .filter((g) => g.questions.length > 0)
    .map((g) => ({
      type: 'checkbox',
      name: `pick-${g.c.id}`,
      title: g.c.label,
      choices: g.questions.map((q) => ({ value: q.id, text: q.text })),
      description: g.questions
        .map((q) => q.why ?? '')
        .filter(Boolean)
        .slice(0, 1)
        .join(' '),
    }));
  const rowsOf = doc.questions.map((q) => ({ value: q.id, text: q.text }));
  return {
    title: doc.title,
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'prepare',
        title: 'Prepare',
        elements: [
          {
            type: 'ranking',
            name: 'mine',
            title: 'My questions (top 3 first)',
            choices: rowsOf,
            selectToRankEnabled: true,
          },
          { type: 'comment', name: 'own', title: 'Add your own question', maxLength: 300 },
          { type: 'text', name: 'search', title: 'Search questions' },
          ...pick,
        ],
      },
      {
        name: 'visit',
        title: 'During the visit',
        elements: [
          {
            type: 'matrixdropdown',
            name: 'visit',
            title: 'Your questions',
            rows: rowsOf,
            columns: [
              { name: 'status', title: 'Status', cellType: 'radiogroup', choices: ['Asked', 'Answered'] },
              { name: 'note', title: 'Answer', cellType: 'comment' },
              { name: 'followUp', title: 'Follow up', cellType: 'boolean' },
            ],
          },
        ],
      },
      { name: 'summary', title: 'Summary', elements: [{ type: 'html', name: 'summary', html: p(doc.title) }] },
    ],
  };
}
