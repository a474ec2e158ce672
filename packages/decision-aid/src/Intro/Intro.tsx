import { useDecisionAidContent } from '@sdmkit/hooks';
import { ContentText, DemonstrationNotice } from '@sdmkit/ui';
import { EvidenceDialog } from '../EvidenceDialog/EvidenceDialog.js';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';

export interface IntroProps {
  /** Heading level of the title (default 2). */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

/**
 * The condition and the decision as one explicit question, a guideline's recommendation where the content cites
 * one, the demonstration notice and the evidence.
 */
export function Intro({ headingLevel = 2 }: IntroProps) {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const cl = useDaContentLang();
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  // A guideline's recommendation is the guideline's: shown with its strength and its source, never as ours.
  const rec = content.recommendation;
  const citations = (rec?.sourceIds ?? []).flatMap(
    (id) => content.meta.sources.find((s) => s.id === id)?.citation ?? [],
  );
  return (
    <section className="sdm-Intro">
      <H className="sdm-Intro__title" {...cl}>
        {content.meta.title}
      </H>
      <DemonstrationNotice demonstration={content.meta.demonstration} />
      <Sub className="sdm-Intro__heading">{t('intro.condition')}</Sub>
      <p className="sdm-Intro__condition" {...cl}>
        <strong>{content.condition.name}</strong>
      </p>
      <p {...cl}>{content.condition.description}</p>
      <Sub className="sdm-Intro__heading">{t('intro.decision')}</Sub>
      <p className="sdm-Intro__question" {...cl}>
        {content.decision.question}
      </p>
      {content.decision.context ? <p {...cl}>{content.decision.context}</p> : null}
      {rec ? (
        <>
          <Sub className="sdm-Intro__heading">{t('intro.recommendation')}</Sub>
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
    </section>
  );
}
