import { buildDecisionAidSummary, translator } from '@sdmkit/core';
import { useDecisionAidContent, useDecisionAidInput, useDecisionAidResult, useWidgetI18n } from '@sdmkit/hooks';
import { Button, ContentText } from '@sdmkit/ui';
import { useId, useMemo, useState } from 'react';
import { Fact } from '../Fact/Fact.js';
import { DECISION_AID_NAMESPACE } from '../i18n/resources.js';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';

export interface SummaryProps {
  /** Called with the plain text when the patient copies it (e.g. to paste into a portal message). */
  readonly onCopy?: ((text: string) => void) | undefined;
}

/** The decision, options, what matters most, leaning, SURE result and open questions; print or copy as text. */
export function Summary({ onCopy }: SummaryProps) {
  const { t, lng } = useDaTranslation();
  const ctx = useWidgetI18n();
  const content = useDecisionAidContent();
  const cl = useDaContentLang();
  const input = useDecisionAidInput();
  const result = useDecisionAidResult();
  // The key of the message under `summary.` after copying, or '' before.
  const [copyState, setCopyState] = useState<'' | 'copied' | 'copyFailed'>('');
  const textId = useId();
  const text = useMemo(
    () => buildDecisionAidSummary(content, input, translator(ctx, DECISION_AID_NAMESPACE, lng)),
    [content, input, ctx, lng],
  );

  const copy = async () => {
    onCopy?.(text);
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      setCopyState('copyFailed');
    }
  };

  // The leaning is an option title (content) unless nothing or "not sure yet" was chosen (interface words).
  const leaningKey =
    result.leaningTitle === null ? 'summary.notChosen' : result.leaningTitle === 'unsure' ? 'leaning.unsure' : null;
  // Rated values from the content (the patient's own concerns are their own words).
  const fromContent = new Set(content.values.map((v) => v.id));

  return (
    <section className="sdm-Summary">
      <h3 className="sdm-Summary__heading">{t('summary.heading')}</h3>
      <dl className="sdm-Summary__list">
        <Fact term="summary.decision" {...cl}>
          {content.decision.question}
        </Fact>
        <Fact term="summary.options">
          <ul>
            {content.options.map((o) => (
              // The language goes on the text, not the item: an LTR item in an RTL list would put its marker
              // on the other side, outside the list.
              <li key={o.id}>
                <ContentText lang={cl}>{o.title}</ContentText>
              </li>
            ))}
          </ul>
        </Fact>
        <Fact term="summary.whatMatters">
          {result.topValues.length === 0 ? (
            t('summary.nothingRated')
          ) : (
            <ul>
              {result.topValues.map((v) => (
                <li key={v.id}>
                  <ContentText lang={fromContent.has(v.id) ? cl : undefined}>{v.label}</ContentText> (
                  {t(`rating.${v.rating}`)})
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term="summary.leaning" data-testid="summary-leaning" {...(leaningKey ? undefined : cl)}>
          {leaningKey ? t(leaningKey) : result.leaningTitle}
        </Fact>
        <Fact term="summary.sure">
          {result.sure.complete ? t('summary.sureScore', { score: result.sure.score }) : t('summary.sureIncomplete')}
        </Fact>
      </dl>
      <div className="sdm-Summary__actions">
        <Button variant="primary" onClick={copy}>
          {t('summary.copy')}
        </Button>
        <Button onClick={() => window.print()}>{t('summary.print')}</Button>
      </div>
      <p role="status" className="sdm-Summary__status">
        {copyState && t(`summary.${copyState}`)}
      </p>
      <details className="sdm-Summary__text" open={copyState === 'copyFailed' || undefined}>
        <summary>{t('summary.text')}</summary>
        <label htmlFor={textId} className="sdm-VisuallyHidden">
          {t('summary.text')}
        </label>
        <textarea id={textId} className="sdm-Summary__textarea" readOnly value={text} rows={12} />
      </details>
    </section>
  );
}
