import {
  type DecisionAidDocument,
  type IconCount,
  type IconPlan,
  numbersFor,
  type Outcome,
  type Probability,
  planIconArrays,
  type ScreeningBlock as ScreeningChances,
} from '@sdmkit/core';
import { useDecisionAidActions, useDecisionAidContent, useDecisionAidSelector } from '@sdmkit/hooks';
import { ChoiceGroup, ContentText, Heading, HeadingLevelProvider, IconArray } from '@sdmkit/ui';
import { Fragment, type ReactNode } from 'react';
import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';

/** Uncertainty on demand: the certainty rating, the range and the content's note. */
function Uncertainty({ p }: { p: Probability }) {
  const { t } = useDecisionAidTranslation();
  const cl = useDecisionAidContentLang();
  return (
    <details className="sdm-OutcomeComparison__details">
      <summary>{t('outcomes.uncertainty')}</summary>
      <div className="sdm-OutcomeComparison__uncertainty">
        {p.certainty ? <p>{t(`outcomes.certainty.${p.certainty}`)}</p> : null}
        {p.range ? (
          <p>{t('outcomes.range', { low: p.range.low, high: p.range.high, denominator: p.denominator })}</p>
        ) : null}
        {p.uncertaintyNote ? <p {...cl}>{p.uncertaintyNote}</p> : null}
      </div>
    </details>
  );
}

/**
 * The arrays of one comparison under a line saying whom and over what time they count (`who`), or a note that
 * the numbers cannot be compared. `children` draws the arrays on the plan's common scale.
 */
function Arrays({
  plan,
  who,
  layout,
  children,
}: {
  plan: IconPlan;
  who: Probability | undefined;
  layout?: 'stack';
  children: (counts: readonly IconCount[]) => ReactNode;
}) {
  const { t } = useDecisionAidTranslation();
  if (!plan.ok) return <p role="note">{t('outcomes.cannotCompare')}</p>;
  return (
    <>
      {who ? (
        <p className="sdm-OutcomeComparison__who">
          {plan.scale === null
            ? t('outcomes.whoGroups', { population: who.population, timeFrame: who.timeFrame })
            : t('outcomes.who', { total: plan.scale, population: who.population, timeFrame: who.timeFrame })}
        </p>
      ) : null}
      <div className="sdm-OutcomeComparison__arrays" data-layout={layout}>
        {children(plan.counts)}
      </div>
    </>
  );
}

function OutcomeBlock({ outcome, content }: { outcome: Outcome; content: DecisionAidDocument }) {
  const { t } = useDecisionAidTranslation();
  const profile = useDecisionAidSelector((s) => s.input.riskProfileId);
  const cl = useDecisionAidContentLang();
  // Each option's numbers in content order (null = no data); the arrays compare the options that have some.
  const byOption = content.options.map((o) => outcome.byOption[o.id] ?? null);
  const present = byOption.filter((p) => p !== null);
  const plan = planIconArrays(present.map((p) => ({ ...numbersFor(p, profile), timeFrame: p.timeFrame })));
  const first = present[0];
  const iconLang = cl && { title: cl, eventText: cl, nonEventText: cl };
  const reference = content.options.find((o) => o.id === outcome.comparedWith);
  return (
    <section className="sdm-OutcomeComparison__outcome" data-outcome-id={outcome.id}>
      <Heading className="sdm-OutcomeComparison__label" {...cl}>
        {outcome.label}
      </Heading>
      {outcome.description ? <p {...cl}>{outcome.description}</p> : null}
      {reference ? (
        <p className="sdm-OutcomeComparison__comparedWith">{t('outcomes.comparedWith', { option: reference.title })}</p>
      ) : null}
      <Arrays plan={plan} who={first}>
        {(counts) =>
          content.options.map((o, i) => {
            const p = byOption[i];
            const count = p && counts[present.indexOf(p)];
            return (
              <div key={o.id} className="sdm-OutcomeComparison__option" data-option-id={o.id}>
                {count ? (
                  <IconArray
                    {...count}
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
                    {o === reference ? (
                      <p data-reference="true">{t('outcomes.reference')}</p>
                    ) : (
                      <p data-no-data="true">{t('outcomes.noData')}</p>
                    )}
                  </>
                )}
              </div>
            );
          })
        }
      </Arrays>
      {outcome.relativeEffect && first ? (
        <p className="sdm-OutcomeComparison__relative">
          {t('outcomes.relative')}: <ContentText lang={cl}>{outcome.relativeEffect.text}</ContentText>
        </p>
      ) : null}
      {first ? <Uncertainty p={first} /> : null}
    </section>
  );
}

/** What happens next after each result. */
const AFTER = ['afterPositive', 'afterNegative'] as const;

function ScreeningBlock({ s, option }: { s: ScreeningChances; option?: string }) {
  const { t } = useDecisionAidTranslation();
  const cl = useDecisionAidContentLang();
  const rows = [
    { key: 'tp', p: s.truePositive, text: s.truePositiveText },
    { key: 'fp', p: s.falsePositive, text: s.falsePositiveText },
    { key: 'fn', p: s.falseNegative, text: s.falseNegativeText },
  ];
  // "The others" is the interface's word; the rest is the content's.
  const screeningLang = cl && { title: cl, eventText: cl };
  return (
    <section className="sdm-OutcomeComparison__screening">
      <Heading className="sdm-OutcomeComparison__label">
        {option === undefined ? t('screening.heading') : t('screening.headingFor', { option })}
      </Heading>
      <HeadingLevelProvider>
        <Heading>{t('screening.measures')}</Heading>
        <p {...cl}>{s.measures}</p>
        <Arrays plan={planIconArrays(rows.map((r) => r.p))} who={s.truePositive} layout="stack">
          {(counts) =>
            rows.map((r, i) => {
              const count = counts[i];
              return count ? (
                <IconArray
                  key={r.key}
                  {...count}
                  eventText={r.text}
                  nonEventText={t('screening.others')}
                  title={r.text}
                  textLang={screeningLang}
                />
              ) : null;
            })
          }
        </Arrays>
        <Uncertainty p={s.truePositive} />
        {AFTER.map((k) => (
          <Fragment key={k}>
            <Heading>{t(`screening.${k}`)}</Heading>
            <p {...cl}>{s[k]}</p>
          </Fragment>
        ))}
      </HeadingLevelProvider>
    </section>
  );
}

function RiskProfilePicker({ content }: { content: DecisionAidDocument }) {
  const { t } = useDecisionAidTranslation();
  const current = useDecisionAidSelector((s) => s.input.riskProfileId);
  const fromRecord = useDecisionAidSelector((s) => s.input.riskProfileFromRecord === true);
  const { setRiskProfile } = useDecisionAidActions();
  const profiles = content.riskProfiles ?? [];
  const cl = useDecisionAidContentLang();
  if (profiles.length === 0) return null;
  return (
    <ChoiceGroup
      className="sdm-OutcomeComparison__profiles"
      legend={t('outcomes.profile')}
      hint={fromRecord ? t('outcomes.profileFromRecord') : undefined}
      choices={[{ id: '', label: t('outcomes.profileAll') }, ...profiles].map((p) => ({
        key: p.id || 'all',
        label: p.label,
        lang: p.id ? cl : undefined,
        checked: (current ?? '') === p.id,
        onChange: () => setRiskProfile(p.id || null),
      }))}
    />
  );
}

/**
 * One icon array per option for every outcome (same scale and time frame for the whole comparison, numbers in
 * words in both frames, uncertainty on demand), the screening chances for test decisions, and risk profiles.
 */
export function OutcomeComparison() {
  const { t } = useDecisionAidTranslation();
  const content = useDecisionAidContent();
  // A part of the decision aid: an h3 under its title, unless the widget or the host says where it sits.
  return (
    <HeadingLevelProvider defaultLevel={3}>
      <section className="sdm-OutcomeComparison">
        <Heading className="sdm-OutcomeComparison__heading">{t('outcomes.heading')}</Heading>
        <HeadingLevelProvider>
          <p>{t('outcomes.intro')}</p>
          {content.outcomes.length > 0 || content.screening || content.options.some((o) => o.screening) ? null : (
            <p>{t('outcomes.none')}</p>
          )}
          <RiskProfilePicker content={content} />
          {content.outcomes.map((o) => (
            <OutcomeBlock key={o.id} outcome={o} content={content} />
          ))}
          {content.screening ? <ScreeningBlock s={content.screening} /> : null}
          {content.options.map((o) =>
            o.screening ? <ScreeningBlock key={o.id} s={o.screening} option={o.title} /> : null,
          )}
        </HeadingLevelProvider>
      </section>
    </HeadingLevelProvider>
  );
}
