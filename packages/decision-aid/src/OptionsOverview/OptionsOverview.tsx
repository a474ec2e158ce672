import { useDecisionAidContent } from '@sdmkit/hooks';
import { Heading, HeadingLevelProvider } from '@sdmkit/ui';
import { Fragment } from 'react';
import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';
import { StatusQuo } from '../StatusQuo/StatusQuo.js';

const POINTS = ['benefits', 'harms'] as const;
const LIVING = ['physical', 'emotional', 'social', 'practical'] as const;

/**
 * Every option with the same parts in the same order and the same layout (IPDAS C1): summary first, then
 * benefits, harms and what it is like on demand. Nothing is pre-selected or highlighted; the option of waiting or
 * no treatment (`statusQuo`) is named as such, in words.
 */
export function OptionsOverview() {
  const { t } = useDecisionAidTranslation();
  const content = useDecisionAidContent();
  const cl = useDecisionAidContentLang();
  // A part of the decision aid: an h3 under its title, unless the widget or the host says where it sits.
  return (
    <HeadingLevelProvider defaultLevel={3}>
      <section className="sdm-OptionsOverview">
        <Heading className="sdm-OptionsOverview__heading">{t('options.heading')}</Heading>
        <HeadingLevelProvider>
          <ul className="sdm-OptionsOverview__list">
            {content.options.map((o) => (
              <li key={o.id} className="sdm-OptionsOverview__option" data-option-id={o.id}>
                <Heading className="sdm-OptionsOverview__title" {...cl}>
                  {o.title}
                </Heading>
                {o.statusQuo ? <StatusQuo /> : null}
                <p className="sdm-OptionsOverview__summary" {...cl}>
                  {o.summary}
                </p>
                <details className="sdm-OptionsOverview__more">
                  <summary>{t('options.more', { option: o.title })}</summary>
                  <HeadingLevelProvider>
                    {POINTS.map((part) => (
                      <Fragment key={part}>
                        <Heading className="sdm-OptionsOverview__part">{t(`options.${part}`)}</Heading>
                        <ul data-part={part} {...cl}>
                          {o[part].map((p) => (
                            <li key={p.text}>{p.text}</li>
                          ))}
                        </ul>
                      </Fragment>
                    ))}
                    <Heading className="sdm-OptionsOverview__part">{t('options.livingWith')}</Heading>
                    <dl data-part="livingWith">
                      {LIVING.map((k) => (
                        <div key={k}>
                          <dt>{t(`options.${k}`)}</dt>
                          <dd {...(o.livingWith[k] ? cl : undefined)}>{o.livingWith[k] ?? t('grid.noData')}</dd>
                        </div>
                      ))}
                    </dl>
                  </HeadingLevelProvider>
                </details>
              </li>
            ))}
          </ul>
        </HeadingLevelProvider>
      </section>
    </HeadingLevelProvider>
  );
}
