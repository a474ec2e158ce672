import { decisionAidSummaryText, type SummaryLine, selectDecisionAidSummary, translator } from '@sdmkit/core';
import {
  type ContentLanguage,
  useDecisionAidContent,
  useDecisionAidInput,
  useDecisionAidResult,
  useWidgetI18n,
} from '@sdmkit/hooks';
import { Button, ContentText, Heading, HeadingLevelProvider, useAnnouncer, useCopyStatus } from '@sdmkit/ui';
import { Fragment, useId, useMemo } from 'react';
import { DECISION_AID_NAMESPACE } from '../i18n/resources.js';
import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';

/** Props of `Summary`, the patient's summary of the decision aid, which they can print or copy as text. */
export interface SummaryProps {
  /** Called with the plain text when the patient copies it (e.g. to paste into a portal message). */
  readonly onCopy?: ((text: string) => void) | undefined;
}

/**
 * One summary line: content words carry the content's language (when it differs from the interface); interface
 * words and the patient's own words do not.
 */
function Line({ line, cl }: { line: SummaryLine; cl: ContentLanguage | undefined }) {
  return line.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a line's parts are fixed in number and order.
    <Fragment key={i}>
      {part.from === 'content' ? <ContentText lang={cl}>{part.text}</ContentText> : part.text}
    </Fragment>
  ));
}

/**
 * The decision, options, what matters most, how the options fit the ratings, leaning, SURE result with the help
 * it points to, and open questions; print or copy as text. Screen and text come from one structured summary
 * (`selectDecisionAidSummary` in core), so they show the same lines in the same order.
 */
export function Summary({ onCopy }: SummaryProps) {
  const { t, lng } = useDecisionAidTranslation();
  const ctx = useWidgetI18n();
  const content = useDecisionAidContent();
  const cl = useDecisionAidContentLang();
  const input = useDecisionAidInput();
  const result = useDecisionAidResult();
  // The key of the message under `summary.` after copying, or '' before.
  const [copyState, copyToClipboard] = useCopyStatus();
  // Read by screen readers each time, also when the patient copies twice; the paragraph below shows it.
  const [announce, announcer] = useAnnouncer();
  const textId = useId();
  const summary = useMemo(
    () => selectDecisionAidSummary(content, input, translator(ctx, DECISION_AID_NAMESPACE, lng), result),
    [content, input, ctx, lng, result],
  );
  const text = useMemo(() => decisionAidSummaryText(summary), [summary]);

  const copy = async () => {
    onCopy?.(text);
    const state = await copyToClipboard(text);
    announce(t(`summary.${state}`));
  };

  // A part of the decision aid: an h3 under its title, unless the widget or the host says where it sits.
  return (
    <HeadingLevelProvider defaultLevel={3}>
      <section className="sdm-Summary">
        <Heading className="sdm-Summary__heading">{t('summary.heading')}</Heading>
        <p className="sdm-Summary__title" {...cl}>
          {summary.title}
        </p>
        <dl className="sdm-Summary__list">
          {summary.sections.map((s) => (
            <Fragment key={s.id}>
              <dt>{s.label}</dt>
              <dd data-section={s.id} data-testid={`summary-${s.id}`}>
                {s.value ? (
                  <span className="sdm-Summary__value">
                    <Line line={s.value} cl={cl} />
                  </span>
                ) : null}
                {s.items.length > 0 ? (
                  <ul>
                    {s.items.map((item, i) => (
                      // The language goes on the text, not the item: an LTR item in an RTL list would put its
                      // marker on the other side, outside the list.
                      // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat (two own concerns alike).
                      <li key={i}>
                        <Line line={item} cl={cl} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </dd>
            </Fragment>
          ))}
        </dl>
        {summary.notice ? <p className="sdm-Summary__notice">{summary.notice}</p> : null}
        <div className="sdm-Summary__actions">
          <Button variant="primary" onClick={copy}>
            {t('summary.copy')}
          </Button>
          <Button onClick={() => window.print()}>{t('summary.print')}</Button>
        </div>
        {copyState ? <p className="sdm-Summary__status">{t(`summary.${copyState}`)}</p> : null}
        {announcer}
        <details className="sdm-Summary__text" open={copyState === 'copyFailed' || undefined}>
          <summary>{t('summary.text')}</summary>
          <label htmlFor={textId} className="sdm-VisuallyHidden">
            {t('summary.text')}
          </label>
          <textarea id={textId} className="sdm-Summary__textarea" readOnly value={text} rows={12} />
        </details>
      </section>
    </HeadingLevelProvider>
  );
}
