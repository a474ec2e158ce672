export { longVisitPrepInput, sampleVisitPrepInput } from './inputs.js';
export { visitPrepSources } from './sources.js';
export {
  checkUpTemplates,
  chronicFollowUpTemplates,
  getVisitPrepTemplate,
  newSymptomTemplates,
  type VisitPrepExampleKind,
  type VisitPrepExampleLocale,
  visitPrepTemplates,
} from './templates.js';
