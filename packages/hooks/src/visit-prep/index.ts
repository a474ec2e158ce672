export {
  useAgendaWords,
  useVisitAgenda,
  useVisitPrepActions,
  useVisitPrepInput,
  useVisitPrepPersistence,
  useVisitPrepProgress,
  useVisitPrepSelector,
  useVisitPrepStore,
  useVisitPrepTemplate,
  VisitPrepProvider,
  type VisitPrepProviderProps,
} from './visit-prep-hooks.js';
