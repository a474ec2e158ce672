import { useSdmTranslation } from '@sdmkit/hooks';
import { UI_NAMESPACE } from '../i18n/resources.js';

/** Props of `DemonstrationNotice`, the notice that example content is for demonstration only. */
export interface DemonstrationNoticeProps {
  /** Show only when the content's `meta.demonstration` is true. */
  readonly demonstration: boolean;
}

/** Tells the patient that example content is for demonstration only. */
export function DemonstrationNotice({ demonstration }: DemonstrationNoticeProps) {
  const { t } = useSdmTranslation(UI_NAMESPACE);
  if (!demonstration) return null;
  return (
    <aside className="sdm-DemonstrationNotice" aria-label={t('demonstration.title')}>
      <strong className="sdm-DemonstrationNotice__title">{t('demonstration.title')}</strong>{' '}
      <span>{t('demonstration.body')}</span>
    </aside>
  );
}
