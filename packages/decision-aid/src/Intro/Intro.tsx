import { useDecisionAidContent } from '@sdmkit/hooks';
import {
  ContentText,
  DemonstrationNotice,
  Heading,
  type HeadingLevel,
  HeadingLevelProvider,
  useHeadingLevel,
} from '@sdmkit/ui';
import { EvidenceDialog } from '../EvidenceDialog/EvidenceDialog.js';
import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';

/** Props of `Intro`, which opens the decision aid: the condition, the decision and the evidence. */
export interface IntroProps {
  /**
   * Heading level of the title (1–6); the intro's own headings follow one level below. Without it the level comes
   * from where it sits: a `HeadingLevelProvider` or `Section` from `@sdmkit/ui` around it, else 2.
   */
  readonly headingLevel?: HeadingLevel | undefined;
}

/**
 * The condition and the decision as one explicit question, a guideline's recommendation where the content cites
 * one, the demonstration notice and the evidence.
 */
export function Intro({ headingLevel }: IntroProps) {
  const { t } = useDecisionAidTranslation();
  const content = useDecisionAidContent();
  const cl = useDecisionAidContentLang();
  const around = useHeadingLevel();
  // A guideline's recommendation is the guideline's: shown with its strength and its source, never as ours.
  const rec = content.recommendation;
  const citations = (rec?.sourceIds ?? []).flatMap(
    (id) => content.meta.sources.find((s) => s.id === id)?.citation ?? [],
  );
  return (
    <HeadingLevelProvider level={headingLevel ?? around}>
      <section className="sdm-Intro">
        <Heading className="sdm-Intro__title" {...cl}>
          {content.meta.title}
        </Heading>
        <HeadingLevelProvider>
          <DemonstrationNotice demonstration={content.meta.demonstration} />
          <Heading className="sdm-Intro__heading">{t('intro.condition')}</Heading>
          <p className="sdm-Intro__condition" {...cl}>
            <strong>{content.condition.name}</strong>
          </p>
          <p {...cl}>{content.condition.description}</p>
          <Heading className="sdm-Intro__heading">{t('intro.decision')}</Heading>
          <p className="sdm-Intro__question" {...cl}>
            {content.decision.question}
          </p>
          {content.decision.context ? <p {...cl}>{content.decision.context}</p> : null}
          {rec ? (
            <>
              <Heading className="sdm-Intro__heading">{t('intro.recommendation')}</Heading>
              <p className="sdm-Intro__recommendation" {...cl}>
                {rec.text}
              </p>
              <p className="sdm-Intro__strength" data-strength={rec.strength}>
                {t(`intro.strength.${rec.strength}`)}
              </p>
              {citations.map((citation) => (
                <p key={citation} className="sdm-Intro__source">
                  {t('intro.recommendationSource')}: <ContentText lang={cl}>{citation}</ContentText>
                </p>
              ))}
            </>
          ) : null}
          <EvidenceDialog />
        </HeadingLevelProvider>
      </section>
    </HeadingLevelProvider>
  );
}
