import { useDecisionAidActions, useDecisionAidContent, useDecisionAidSelector } from '@sdmkit/hooks';
import { useId } from 'react';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';

/** The patient's leaning: one of the options or "not sure yet". Nothing is pre-selected. */
export function Leaning() {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const cl = useDaContentLang();
  const leaning = useDecisionAidSelector((s) => s.input.leaning);
  const { setLeaning } = useDecisionAidActions();
  const name = useId();
  const choices = [
    ...content.options.map((o) => ({ id: o.id, label: o.title, lang: cl })),
    { id: 'unsure', label: t('leaning.unsure'), lang: undefined },
  ];
  return (
    <fieldset className="sdm-Choice sdm-Leaning">
      <legend className="sdm-Leaning__legend">{t('leaning.heading')}</legend>
      <p className="sdm-Choice__hint">{t('leaning.intro')}</p>
      <div className="sdm-Choice__row">
        {choices.map((c) => (
          <label key={c.id} className="sdm-Choice__option">
            <input type="radio" name={name} checked={leaning === c.id} onChange={() => setLeaning(c.id)} />
            <span {...c.lang}>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
