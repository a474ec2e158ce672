'use client';
export { SdmTranslationsProvider, type SdmTranslationsProviderProps } from '@sdmkit/hooks';
export { AfterVisit, type AfterVisitProps } from './AfterVisit/AfterVisit.js';
export { ClearDataDialog, type ClearDataDialogProps } from './ClearDataDialog/ClearDataDialog.js';
export { ClinicianAgenda, type ClinicianAgendaProps } from './ClinicianAgenda/ClinicianAgenda.js';
export { VISIT_PREP_NAMESPACE, type VisitPrepMessages, visitPrepBundle } from './i18n/resources.js';
export { Medicines, type MedicinesProps } from './Medicines/Medicines.js';
export { PracticalNeeds, type PracticalNeedsProps } from './PracticalNeeds/PracticalNeeds.js';
export {
  QuestionsToAsk,
  type QuestionsToAskProps,
  type SuggestedQuestionInput,
} from './QuestionsToAsk/QuestionsToAsk.js';
export { ReasonAndConcerns, type ReasonAndConcernsProps } from './ReasonAndConcerns/ReasonAndConcerns.js';
export { SymptomStory, type SymptomStoryProps } from './SymptomStory/SymptomStory.js';
export { VisitPrep, type VisitPrepProps } from './VisitPrep/VisitPrep.js';
export { type VisitPrepBaseProps, VisitPrepRoot, type VisitPrepRootProps } from './VisitPrepRoot/VisitPrepRoot.js';
export { WhatMatters, type WhatMattersProps } from './WhatMatters/WhatMatters.js';
