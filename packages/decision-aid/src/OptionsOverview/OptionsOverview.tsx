import { useDecisionAidContent } from '@sdmkit/hooks';
import { Fragment } from 'react';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';
import { StatusQuo } from '../StatusQuo/StatusQuo.js';

const POINTS = ['benefits', 'harms'] as const;
const LIVING = ['physical', 'emotional', 'social', 'practical'] as const;

/**
 * Every option with the same parts in the same order and the same layout (IPDAS C1): summary first, then
 * benefits, harms and what it is like on demand. Nothing is pre-selected or highlighted; the option of waiting or
 * no treatment (`statusQuo`) is named as such, in words.
 */
export function OptionsOverview() {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const cl = useDaContentLang();
  return (
    <section className="sdm-OptionsOverview">
      <h3 className="sdm-OptionsOverview__heading">{t('options.heading')}</h3>
      <ul className="sdm-OptionsOverview__list">
        {content.options.map((o) => (
          <li key={o.id} className="sdm-OptionsOverview__option" data-option-id={o.id}>
            <h4 className="sdm-OptionsOverview__title" {...cl}>
              {o.title}
            </h4>
            {o.statusQuo ? <StatusQuo /> : null}
            <p className="sdm-OptionsOverview__summary" {...cl}>
              {o.summary}
            </p>
            <details className="sdm-OptionsOverview__more">
              <summary>{t('options.more', { option: o.title })}</summary>
              {POINTS.map((part) => (
                <Fragment key={part}>
                  <h5 className="sdm-OptionsOverview__part">{t(`options.${part}`)}</h5>
                  <ul data-part={part} {...cl}>
                    {o[part].map((p) => (
                      <li key={p.text}>{p.text}</li>
                    ))}
                  </ul>
                </Fragment>
              ))}
              <h5 className="sdm-OptionsOverview__part">{t('options.livingWith')}</h5>
              <dl data-part="livingWith">
                {LIVING.map((k) => (
                  <div key={k}>
                    <dt>{t(`options.${k}`)}</dt>
                    <dd {...(o.livingWith[k] ? cl : undefined)}>{o.livingWith[k] ?? t('grid.noData')}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
