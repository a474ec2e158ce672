import { type DecisionAidDocument, numbersFor, type Outcome, type Probability, planIconArrays } from '@sdmkit/core';
import { useDecisionAidActions, useDecisionAidContent, useDecisionAidSelector } from '@sdmkit/hooks';
import { IconArray } from '@sdmkit/ui';
import { useId } from 'react';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';

function Uncertainty({ p }: { p: Probability }) {
  const { t } = useDaTranslation();
  const cl = useDaContentLang();
  return (
    <div className="sdm-OutcomeComparison__uncertainty">
      {p.certainty ? <p>{t(`outcomes.certainty.${p.certainty}`)}</p> : null}
      {p.range ? (
        <p>{t('outcomes.range', { low: p.range.low, high: p.range.high, denominator: p.denominator })}</p>
      ) : null}
      {p.uncertaintyNote ? <p {...cl}>{p.uncertaintyNote}</p> : null}
    </div>
  );
}

function OutcomeBlock({ outcome, content }: { outcome: Outcome; content: DecisionAidDocument }) {
  const { t } = useDaTranslation();
  const profile = useDecisionAidSelector((s) => s.input.riskProfileId);
  const cl = useDaContentLang();
  const present = content.options
    .map((o) => ({ option: o, p: outcome.byOption[o.id] ?? null }))
    .filter((x): x is { option: (typeof x)['option']; p: Probability } => x.p !== null);
  const plan = planIconArrays(present.map(({ p }) => ({ ...numbersFor(p, profile), timeFrame: p.timeFrame })));
  const first = present[0]?.p;
  const relativeText = outcome.relativeEffect?.text;
  const iconLang = cl && { title: cl, eventText: cl, nonEventText: cl };
  const relative = cl && relativeText ? <span {...cl}>{relativeText}</span> : relativeText;
  return (
    <section className="sdm-OutcomeComparison__outcome" data-outcome-id={outcome.id}>
      <h4 className="sdm-OutcomeComparison__label" {...cl}>
        {outcome.label}
      </h4>
      {outcome.description ? <p {...cl}>{outcome.description}</p> : null}
      {!plan.ok ? (
        <p role="note">{t('outcomes.cannotCompare')}</p>
      ) : (
        <>
          {first ? (
            <p className="sdm-OutcomeComparison__who">
              {t('outcomes.who', { total: plan.scale, population: first.population, timeFrame: first.timeFrame })}
            </p>
          ) : null}
          <div className="sdm-OutcomeComparison__arrays">
            {content.options.map((o) => {
              const i = present.findIndex((x) => x.option.id === o.id);
              const count = i >= 0 ? plan.counts[i] : undefined;
              return (
                <div key={o.id} className="sdm-OutcomeComparison__option" data-option-id={o.id}>
                  {count ? (
                    <IconArray
                      total={plan.scale}
                      events={count.events}
                      belowOne={count.belowOne}
                      aboveMax={count.aboveMax}
                      eventText={outcome.eventText}
                      nonEventText={outcome.nonEventText}
                      title={o.title}
                      textLang={iconLang}
                    />
                  ) : (
                    <>
                      <p className="sdm-OutcomeComparison__optionTitle" {...cl}>
                        {o.title}
                      </p>
                      <p data-no-data="true">{t('outcomes.noData')}</p>
                    </>
                  )}
                </div>
              );
            })}
          </div>
        </>
      )}
      {outcome.relativeEffect && present.length > 0 ? (
        <p className="sdm-OutcomeComparison__relative">
          {t('outcomes.relative')}: {relative}
        </p>
      ) : null}
      {first ? (
        <details className="sdm-OutcomeComparison__details">
          <summary>{t('outcomes.uncertainty')}</summary>
          <Uncertainty p={first} />
        </details>
      ) : null}
    </section>
  );
}

function ScreeningBlock({ content }: { content: DecisionAidDocument }) {
  const { t } = useDaTranslation();
  const s = content.screening;
  const cl = useDaContentLang();
  if (!s) return null;
  const rows = [
    { key: 'tp', p: s.truePositive, text: s.truePositiveText },
    { key: 'fp', p: s.falsePositive, text: s.falsePositiveText },
    { key: 'fn', p: s.falseNegative, text: s.falseNegativeText },
  ];
  const plan = planIconArrays(rows.map((r) => r.p));
  // "The others" is the interface's word; the rest is the content's.
  const screeningLang = cl && { title: cl, eventText: cl };
  return (
    <section className="sdm-OutcomeComparison__screening">
      <h4 className="sdm-OutcomeComparison__label">{t('screening.heading')}</h4>
      <h5>{t('screening.measures')}</h5>
      <p {...cl}>{s.measures}</p>
      {plan.ok ? (
        <>
          <p className="sdm-OutcomeComparison__who">
            {t('outcomes.who', {
              total: plan.scale,
              population: s.truePositive.population,
              timeFrame: s.truePositive.timeFrame,
            })}
          </p>
          <div className="sdm-OutcomeComparison__arrays" data-layout="stack">
            {rows.map((r, i) => {
              const c = plan.counts[i];
              return c ? (
                <IconArray
                  key={r.key}
                  total={plan.scale}
                  events={c.events}
                  belowOne={c.belowOne}
                  aboveMax={c.aboveMax}
                  eventText={r.text}
                  nonEventText={t('screening.others')}
                  title={r.text}
                  textLang={screeningLang}
                />
              ) : null;
            })}
          </div>
        </>
      ) : (
        <p role="note">{t('outcomes.cannotCompare')}</p>
      )}
      <details className="sdm-OutcomeComparison__details">
        <summary>{t('outcomes.uncertainty')}</summary>
        <Uncertainty p={s.truePositive} />
      </details>
      <h5>{t('screening.afterPositive')}</h5>
      <p {...cl}>{s.afterPositive}</p>
      <h5>{t('screening.afterNegative')}</h5>
      <p {...cl}>{s.afterNegative}</p>
    </section>
  );
}

function RiskProfilePicker({ content }: { content: DecisionAidDocument }) {
  const { t } = useDaTranslation();
  const id = useId();
  const current = useDecisionAidSelector((s) => s.input.riskProfileId);
  const { setRiskProfile } = useDecisionAidActions();
  const profiles = content.riskProfiles ?? [];
  const cl = useDaContentLang();
  if (profiles.length === 0) return null;
  return (
    <fieldset className="sdm-Choice sdm-OutcomeComparison__profiles">
      <legend>{t('outcomes.profile')}</legend>
      {[{ id: '', label: t('outcomes.profileAll') }, ...profiles].map((p) => (
        <label key={p.id || 'all'} className="sdm-Choice__option">
          <input
            type="radio"
            name={`${id}-profile`}
            checked={(current ?? '') === p.id}
            onChange={() => setRiskProfile(p.id || null)}
          />
          <span {...(p.id ? cl : undefined)}>{p.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * One icon array per option for every outcome (same scale and time frame for the whole comparison, numbers in
 * words in both frames, uncertainty on demand), the screening chances for test decisions, and risk profiles.
 */
export function OutcomeComparison() {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const scale = content.outcomes.length > 0 || content.screening ? null : t('outcomes.none');
  return (
    <section className="sdm-OutcomeComparison">
      <h3 className="sdm-OutcomeComparison__heading">{t('outcomes.heading')}</h3>
      <p>{t('outcomes.intro')}</p>
      {scale ? <p>{scale}</p> : null}
      <RiskProfilePicker content={content} />
      {content.outcomes.map((o) => (
        <OutcomeBlock key={o.id} outcome={o} content={content} />
      ))}
      <ScreeningBlock content={content} />
    </section>
  );
}
