import { SURE_ITEMS } from '@sdmkit/core';
import { useDecisionAidActions, useDecisionAidSelector, useSureResult } from '@sdmkit/hooks';
import { ChoiceGroup, Heading, HeadingLevelProvider } from '@sdmkit/ui';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';

/** Props of `SureTest`, the four yes/no questions that ask whether the patient is ready to decide. */
export interface SureTestProps {
  /** Show only the result (for encounter mode "at a glance"). */
  readonly readOnly?: boolean | undefined;
}

/** SURE test: four yes/no items, scored; each "no" names the help that fits (information, values, support). */
export function SureTest({ readOnly }: SureTestProps) {
  const { t } = useDecisionAidTranslation();
  const answers = useDecisionAidSelector((s) => s.input.sure);
  const { answerSure } = useDecisionAidActions();
  const result = useSureResult();
  // A part of the decision aid: an h3 under its title, unless the widget or the host says where it sits.
  return (
    <HeadingLevelProvider defaultLevel={3}>
      <section className="sdm-SureTest">
        <Heading className="sdm-SureTest__heading">{t('sure.heading')}</Heading>
        {readOnly ? null : (
          <>
            <p>{t('sure.intro')}</p>
            {SURE_ITEMS.map((item) => (
              <ChoiceGroup
                key={item}
                data-item={item}
                legend={t(`sure.items.${item}`)}
                choices={[true, false].map((yes) => ({
                  key: String(yes),
                  label: yes ? t('sure.yes') : t('sure.no'),
                  checked: answers[item] === yes,
                  onChange: () => answerSure(item, yes),
                }))}
              />
            ))}
          </>
        )}
        <div className="sdm-SureTest__result" aria-live="polite" data-conflict={String(result.conflict)}>
          {result.answered > 0 ? (
            <>
              {result.complete ? <p>{t('sure.score', { score: result.score })}</p> : null}
              {result.complete && !result.conflict ? <p>{t('sure.ready')}</p> : null}
              {result.help.length > 0 ? (
                <>
                  <p>{t('sure.conflict')}</p>
                  <ul>
                    {result.help.map((h) => (
                      <li key={h} data-help={h}>
                        {t(`sure.help.${h}`)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : null}
        </div>
      </section>
    </HeadingLevelProvider>
  );
}
