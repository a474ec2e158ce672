'use client';
export type { ElementWidgetProps, SdmWidgetElement } from './base.js';
export { type DefineSdmElementsOptions, defineSdmElements, SDM_ELEMENTS } from './define.js';
export { SdmDecisionAidElement, SdmQuestionListElement, SdmVisitPrepElement } from './elements.js';
export type {
  SdmChangeEvent,
  SdmCompleteEvent,
  SdmContentErrorDetail,
  SdmContentErrorEvent,
  SdmElementEventMap,
} from './events.js';
export type { StyleMode } from './styles.js';
