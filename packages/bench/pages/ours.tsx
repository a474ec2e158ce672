// Our three ready widgets mounted exactly as a portal would: the public components with example content.
import '@sdmkit/ui/styles.css';
import '@sdmkit/decision-aid/styles.css';
import '@sdmkit/visit-prep/styles.css';
import '@sdmkit/question-list/styles.css';
import { generatePromptList, prostateTreatmentEn, visitPrepTemplates, visitQuestionsEn } from '@sdmkit/content';
import { DecisionAid } from '@sdmkit/decision-aid';
import { QuestionList } from '@sdmkit/question-list';
import { VisitPrep } from '@sdmkit/visit-prep';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { timeMount } from './harness.js';
import { allPicked } from './picked.js';
import { renderPortalShell } from './portal-shell.js';

const READY = '.sdm-root[data-state="ready"]';

/** Builds the element to mount. Content is made before the clock starts; parsing it is inside the timing. */
function subject(name: string, n: number): { el: ReactElement; ready: string } {
  switch (name) {
    case 'decision-aid':
      return { el: <DecisionAid content={prostateTreatmentEn} />, ready: `${READY} .sdm-DecisionAid__nav` };
    case 'decision-aid-encounter':
      return { el: <DecisionAid content={prostateTreatmentEn} mode="encounter" />, ready: `${READY} .sdm-Summary` };
    case 'visit-prep':
      return { el: <VisitPrep content={visitPrepTemplates.newSymptom?.en} />, ready: READY };
    case 'question-list':
      return { el: <QuestionList content={visitQuestionsEn} />, ready: `${READY} .sdm-QuestionBrowser__list` };
    case 'ql-library': {
      const doc = generatePromptList(n);
      return { el: <QuestionList content={doc} />, ready: `${READY} .sdm-QuestionBrowser__list` };
    }
    case 'ql-visit': {
      const doc = generatePromptList(n);
      return {
        el: <QuestionList content={doc} defaultValue={allPicked(doc)} defaultMode="visit" />,
        ready: `${READY} .sdm-VisitMode__unanswered`,
      };
    }
    default:
      throw new Error(`Unknown subject ${name}`);
  }
}

window.__bench = {
  mount: async (name: string, n: number, portal = false) => {
    if (portal) await renderPortalShell();
    const { el, ready } = subject(name, n);
    const container = document.getElementById('root') as HTMLElement;
    const timing = await timeMount(container, ready, () => createRoot(container).render(el));
    const state = container.querySelector('.sdm-root')?.getAttribute('data-state');
    if (state !== 'ready') throw new Error(`${name}: widget is not ready (data-state=${state})`);
    return timing;
  },
};
window.__benchReady = true;
