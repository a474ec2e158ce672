// Self-registering entry: importing it defines the elements with English built in and the Spanish and Arabic
// translation packs of all three widgets. Built into one file with everything bundled (dist/sdm-elements.js) for
// plain HTML pages: <script type="module" src=".../sdm-elements.js"></script>.
import { decisionAidAr } from '@sdmkit/decision-aid/locales/ar';
import { decisionAidEs } from '@sdmkit/decision-aid/locales/es';
import { questionListAr } from '@sdmkit/question-list/locales/ar';
import { questionListEs } from '@sdmkit/question-list/locales/es';
import { visitPrepAr } from '@sdmkit/visit-prep/locales/ar';
import { visitPrepEs } from '@sdmkit/visit-prep/locales/es';
import { defineSdmElements } from './define.js';

defineSdmElements({
  translations: [decisionAidEs, decisionAidAr, visitPrepEs, visitPrepAr, questionListEs, questionListAr],
});
