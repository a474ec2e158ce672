// "At the limits" (issue 17): each widget mounted with 5 rows and with the most its schema accepts, production
// build, as a portal ships it. The benchmark (src/limits.ts) drives real input through CDP and reads scripting
// time from CDP; this page reports interaction-to-next-paint from the Event Timing API.
import '@sdmkit/ui/styles.css';
import '@sdmkit/decision-aid/styles.css';
import '@sdmkit/visit-prep/styles.css';
import '@sdmkit/question-list/styles.css';
import { generatePromptList, prostateTreatmentEn, sampleVisitPrepInput, visitPrepTemplates } from '@sdmkit/content';
import {
  DECISION_AID_LIMITS,
  type DecisionAidDocument,
  MAX_QUESTION_ITEMS,
  MAX_VISIT_PREP_ROWS,
  type VisitPrepInput,
  type VisitPrepStep,
} from '@sdmkit/core';
import { DecisionAid } from '@sdmkit/decision-aid';
import { QuestionList } from '@sdmkit/question-list';
import { VisitPrep } from '@sdmkit/visit-prep';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterPaint, timeMount } from './harness.js';
import { allPicked } from './picked.js';

/** The most rows each widget's schema accepts: the sizes measured against 5. */
const LIMITS = {
  'question-list': { max: MAX_QUESTION_ITEMS, source: 'MAX_QUESTION_ITEMS' },
  'visit-prep': { max: MAX_VISIT_PREP_ROWS, source: 'MAX_VISIT_PREP_ROWS' },
  'decision-aid': { max: DECISION_AID_LIMITS.values, source: 'DECISION_AID_LIMITS.values' },
} as const;

/** `n` rows made from the example's rows in turn, each with its own id. */
function cycle<T extends { id: string }>(rows: readonly T[], n: number, prefix: string): T[] {
  return Array.from({ length: n }, (_, i) => ({ ...(rows[i % rows.length] as T), id: `${prefix}-${i + 1}` }));
}

/** The example patient's answers (`sampleVisitPrepInput`) with every list at `n` rows. */
function visitPrepInput(n: number, step: VisitPrepStep): VisitPrepInput {
  const s = sampleVisitPrepInput;
  return {
    ...s,
    step,
    completedAt: null,
    concerns: cycle(s.concerns, n, 'concern'),
    symptoms: { ...s.symptoms, timeline: cycle(s.symptoms.timeline, n, 'event') },
    medicines: cycle(s.medicines, n, 'medicine'),
    allergies: cycle(s.allergies, n, 'allergy'),
    // Each suggested question can be picked once: the copies are the patient's own.
    questions: cycle(s.questions, n, 'question').map(({ suggestionId: _, ...q }) => q),
  };
}

/** The prostate-treatment aid with `n` value considerations: its own five first, then again with new ids. */
function decisionAid(n: number): DecisionAidDocument {
  const own = prostateTreatmentEn.values;
  return {
    ...prostateTreatmentEn,
    values: Array.from({ length: n }, (_, i) => {
      const v = own[i % own.length] as DecisionAidDocument['values'][number];
      return i < own.length ? v : { ...v, id: `${v.id}-${Math.floor(i / own.length) + 1}` };
    }),
  };
}

const READY = '.sdm-root[data-state="ready"]';

function subject(scenario: string, n: number): { el: ReactElement; ready: string } {
  const vp = (step: VisitPrepStep) => ({
    el: <VisitPrep content={visitPrepTemplates.newSymptom?.en} defaultValue={visitPrepInput(n, step)} />,
    ready: `${READY} .sdm-VisitPrep__step[data-step="${step}"]`,
  });
  switch (scenario) {
    case 'ql-visit': {
      const doc = generatePromptList(n);
      return {
        el: <QuestionList content={doc} defaultValue={allPicked(doc)} defaultMode="visit" />,
        ready: `${READY} .sdm-VisitMode__unanswered`,
      };
    }
    case 'ql-prepare': {
      const doc = generatePromptList(n);
      return {
        el: <QuestionList content={doc} defaultValue={allPicked(doc)} defaultMode="prepare" />,
        ready: `${READY} .sdm-MyQuestions__add`,
      };
    }
    case 'vp-concerns':
      return vp('concerns');
    case 'vp-symptoms':
      return vp('symptoms');
    case 'vp-medicines':
      return vp('medicines');
    case 'da-values':
      return {
        el: <DecisionAid content={decisionAid(n)} defaultStep="values" />,
        ready: `${READY} .sdm-ValuesClarification`,
      };
    default:
      throw new Error(`Unknown scenario ${scenario}`);
  }
}

// Interactions slower than the threshold, as the Event Timing API reports them (16 ms is the lowest it allows).
let events: { interactionId: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries() as PerformanceEventTiming[]) {
    if (e.interactionId > 0) events.push({ interactionId: e.interactionId, duration: e.duration });
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);

/** Waits for the frame after the step, then (up to a few frames more) for the step's Event Timing entries. */
async function eventsOfStep(): Promise<{ inpMs: number; interactions: number }> {
  await afterPaint();
  for (let frame = 0; frame < 4 && events.length === 0; frame++) await afterPaint();
  const ids = new Set(events.map((e) => e.interactionId));
  const inpMs = events.reduce((max, e) => Math.max(max, e.duration), 0);
  events = [];
  return { inpMs, interactions: ids.size };
}

window.__bench = {
  limits: () => LIMITS,
  /** Mounts `scenario` with `n` rows; resolves once painted (timed from the render call). */
  setup: async (scenario: string, n: number) => {
    const { el, ready } = subject(scenario, n);
    const container = document.getElementById('root') as HTMLElement;
    const timing = await timeMount(container, ready, () => createRoot(container).render(el));
    const state = container.querySelector('.sdm-root')?.getAttribute('data-state');
    if (state !== 'ready') throw new Error(`${scenario}: widget is not ready (data-state=${state})`);
    await afterPaint();
    events = [];
    return timing;
  },
  begin: () => {
    events = [];
  },
  end: () => eventsOfStep(),
};
window.__benchReady = true;
