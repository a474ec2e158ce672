export {
  DecisionAidProvider,
  type DecisionAidProviderProps,
  useDecisionAidActions,
  useDecisionAidCompletion,
  useDecisionAidContent,
  useDecisionAidInput,
  useDecisionAidResult,
  useDecisionAidSelector,
  useDecisionAidStore,
  useSureResult,
  useValuesFit,
} from './decision-aid-hooks.js';
