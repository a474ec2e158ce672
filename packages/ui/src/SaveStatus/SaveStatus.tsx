import type { PersistenceState } from '@sdmkit/core';
import { useSdmTranslation } from '@sdmkit/hooks';
import { UI_NAMESPACE } from '../i18n/resources.js';

export interface SaveStatusProps {
  readonly persistence: PersistenceState;
}

/** A polite live region that says whether answers are saved on this device. */
export function SaveStatus({ persistence }: SaveStatusProps) {
  const { t } = useSdmTranslation(UI_NAMESPACE);
  const text =
    persistence.status === 'ready' && persistence.lastSavedAt ? t('save.saved') : t(`save.${persistence.status}`);
  return (
    <p className="sdm-SaveStatus" role="status" data-status={persistence.status}>
      {text}
    </p>
  );
}
