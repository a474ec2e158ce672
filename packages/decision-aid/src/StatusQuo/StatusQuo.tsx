import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';

/**
 * The words "Waiting or no treatment" (`options.statusQuo`) beside an option the content marks `statusQuo: true`,
 * wherever the option is named for a choice or a comparison. It describes the option and promotes nothing (IPDAS
 * C1): neutral colours, no more weight than the option's title, the same on every screen. Interface words: inside
 * content text in another language they carry the interface's `lang` and `dir`.
 */
export function StatusQuo() {
  const { t, lng, dir } = useDecisionAidTranslation();
  const cl = useDecisionAidContentLang();
  // The space keeps the words apart from the title before them in an accessible name ("Active monitoring Waiting
  // or no treatment"); on screen the label is a box of its own and the space collapses.
  return (
    <>
      {' '}
      <span className="sdm-StatusQuo" data-status-quo="" {...(cl ? { lang: lng, dir } : undefined)}>
        {t('options.statusQuo')}
      </span>
    </>
  );
}
