// SurveyJS (survey-core + survey-react-ui) rendering the equivalent content, mounted as its docs show.
import 'survey-core/survey-core.fontless.min.css';
import { prostateTreatmentEn, visitPrepTemplates, visitQuestionsEn } from '@sdmkit/content';
import type { VisitPrepTemplate } from '@sdmkit/core';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { decisionAidSurvey, questionListSurvey, type SurveyJson, visitPrepSurvey } from '../src/surveyjs/surveys.js';
import { timeMount } from './harness.js';
import { renderPortalShell } from './portal-shell.js';

function json(name: string): SurveyJson {
  switch (name) {
    case 'decision-aid':
      return decisionAidSurvey(prostateTreatmentEn);
    case 'decision-aid-encounter':
      return decisionAidSurvey(prostateTreatmentEn, { singlePage: true });
    case 'visit-prep':
      return visitPrepSurvey(visitPrepTemplates.newSymptom?.en as VisitPrepTemplate);
    case 'question-list':
      return questionListSurvey(visitQuestionsEn);
    default:
      throw new Error(`Unknown subject ${name}`);
  }
}

// The last thing SurveyJS draws on a page is its navigation bar.
const READY = '.sd-root-modern .sd-body .sd-question, .sd-root-modern .sd-body .sd-html';

window.__bench = {
  mount: async (name: string, _n = 0, portal = false) => {
    if (portal) await renderPortalShell();
    const definition = json(name); // made before the clock starts, like our content objects
    const container = document.getElementById('root') as HTMLElement;
    const timing = await timeMount(container, `.sd-root-modern .sd-action-bar`, () => {
      const model = new Model(definition);
      createRoot(container).render(<Survey model={model} />);
    });
    if (!container.querySelector(READY)) throw new Error(`${name}: SurveyJS rendered no questions`);
    return timing;
  },
  json: (name: string) => json(name),
};
window.__benchReady = true;
