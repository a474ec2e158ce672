import { useDecisionAidActions, useDecisionAidContent, useDecisionAidSelector } from '@sdmkit/hooks';
import { ChoiceGroup } from '@sdmkit/ui';
import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';
import { StatusQuo } from '../StatusQuo/StatusQuo.js';

/**
 * The patient's leaning: one of the options or "not sure yet". Nothing is pre-selected; the option of waiting or no
 * treatment (`statusQuo`) says so in words.
 */
export function Leaning() {
  const { t } = useDecisionAidTranslation();
  const content = useDecisionAidContent();
  const cl = useDecisionAidContentLang();
  const leaning = useDecisionAidSelector((s) => s.input.leaning);
  const { setLeaning } = useDecisionAidActions();
  const choices = [
    ...content.options.map((o) => ({
      id: o.id,
      label: o.title,
      lang: cl,
      note: o.statusQuo ? <StatusQuo /> : undefined,
    })),
    { id: 'unsure', label: t('leaning.unsure') },
  ].map((c) => ({ ...c, key: c.id, checked: leaning === c.id, onChange: () => setLeaning(c.id) }));
  return (
    <ChoiceGroup
      className="sdm-Leaning"
      legend={t('leaning.heading')}
      legendClassName="sdm-Leaning__legend"
      hint={t('leaning.intro')}
      choices={choices}
    />
  );
}
