export {
  useAgendaWords,
  useVisitAgenda,
  useVisitPrepActions,
  useVisitPrepContent,
  useVisitPrepInput,
  useVisitPrepPersistence,
  useVisitPrepProgress,
  useVisitPrepSelector,
  useVisitPrepStore,
  useVisitPrepTemplate,
  VisitPrepProvider,
  type VisitPrepProviderProps,
} from './visit-prep-hooks.js';
