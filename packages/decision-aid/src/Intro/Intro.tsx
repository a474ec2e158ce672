import { useDecisionAidContent } from '@sdmkit/hooks';
import { DemonstrationNotice } from '@sdmkit/ui';
import { EvidenceDialog } from '../EvidenceDialog/EvidenceDialog.js';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';

export interface IntroProps {
  /** Heading level of the title (default 2). */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

/** The condition and the decision as one explicit question, the demonstration notice and the evidence. */
export function Intro({ headingLevel = 2 }: IntroProps) {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const cl = useDaContentLang();
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
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
      <EvidenceDialog />
    </section>
  );
}
