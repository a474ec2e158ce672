export {
  Author,
  documentHeader,
  Id,
  IsoDate,
  Locale,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  Meta,
  SafeUrl,
  SCHEMA_VERSION,
  ShortText,
  Source,
  Text,
} from './content/common.js';
export {
  checkWithCode,
  type DocumentValidator,
  duplicateIds,
  parseWith,
  toContentIssues,
} from './content/validate.js';
export * from './decision-aid/index.js';
export {
  type ContentIssue,
  type ContentIssueCode,
  formatPath,
  issue,
  type JsonPathSegment,
  type ParseResult,
  SdmContentError,
  SdmInputError,
} from './errors.js';
export {
  DECISION_AID_HANDOFF_ID,
  type DecisionAidHandoff,
  type DecisionAidHandoffText,
  decisionAidHandoff,
  HANDOFF_TOP_VALUES,
  QUESTION_LIST_HANDOFF_ID,
  type QuestionListHandoffText,
  questionListHandoff,
  VISIT_FLAGS_ID,
  type VisitFlagsInput,
  type VisitFlagsText,
  visitFlags,
} from './handoff/handoff.js';
export { isTranslationPack, type PackBundle, type TranslationPack } from './i18n/translation-pack.js';
export {
  createWidgetI18n,
  directionOf,
  FALLBACK_LANGUAGE,
  type MessageOverrides,
  type Messages,
  type NamespaceBundle,
  type Translate,
  translator,
  type WidgetI18n,
  type WidgetI18nOptions,
} from './i18n/widget-i18n.js';
export { asideKey, storageKey } from './persistence/keys.js';
export { createMemoryStorage, type MemoryStorage } from './persistence/memory-storage.js';
export { jsonEqual, type MergeResult, merge3 } from './persistence/merge.js';
export { createPersistence } from './persistence/persistence.js';
export type {
  AsideEntry,
  AsideReason,
  KeptAside,
  PersistConnection,
  PersistedStore,
  Persistence,
  PersistOptions,
  PersistStatus,
  RemoteStatus,
  SavedEnvelope,
  StorageAdapter,
  StorageErrorEvent,
  StorageErrorType,
} from './persistence/types.js';
export { watchStorage } from './persistence/watch.js';
export * from './question-list/index.js';
export {
  type Commit,
  type CommitOptions,
  type CompletedInput,
  type ContentIdentity,
  createWidgetStore,
  type PersistenceState,
  type WidgetDefinition,
  type WidgetState,
  type WidgetStore,
  type WidgetStoreOptions,
} from './store/create-widget-store.js';
export {
  type ListAdded,
  type ListAddResult,
  type ListMoveTarget,
  type ListRefusal,
  type ListRefusalReason,
  type ListRow,
  nextRowId,
  type RowIdOptions,
} from './store/list.js';
export * from './visit-prep/index.js';
