import { useSdmTranslation } from '@sdmkit/hooks';
import { DECISION_AID_NAMESPACE } from './resources.js';

/** `t` for the `sdm-decision-aid` namespace (with the widget instance's overrides first). */
export function useDecisionAidTranslation() {
  return useSdmTranslation(DECISION_AID_NAMESPACE);
}
