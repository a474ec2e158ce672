export {
  checkServerUrl,
  type FetchFhirClientOptions,
  type FhirRequestOptions,
  type FhirResponseLike,
  fetchFhirClient,
  type SmartClientLike,
} from './client.js';
export {
  type DocumentDecisionOptions,
  documentDecision,
  type FindResponsesOptions,
  findResponses,
  type PatientResponse,
  type SaveResponseOptions,
  saveResponse,
} from './clinician.js';
export {
  type ServerDrafts,
  type ServerDraftsOptions,
  type SyncState,
  type SyncStatus,
  serverDrafts,
} from './drafts.js';
export { SmartError, type SmartErrorCode } from './errors.js';
export {
  decisionAidForm,
  decisionAidVisitForm,
  questionListForm,
  type ResponseContext,
  type SdmForm,
  visitPrepForm,
} from './forms.js';
export {
  type ReadVisitPrepRecordOptions,
  type RecordIssue,
  readVisitPrepRecord,
  type VisitPrepRecordRead,
} from './prefill.js';
export {
  type DecisionAidRecordRead,
  type ReadDecisionAidRecordOptions,
  readDecisionAidRecord,
} from './risk-profile.js';
export { type SubmitDocument, type SubmitOptions, type SubmitResult, submitResponse } from './submit.js';
