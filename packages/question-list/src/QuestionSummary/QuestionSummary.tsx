import { followUpQuestions, questionItemText, questionListSummaryText } from '@sdmkit/core';
import { useQuestionListContent, useQuestionListSelector } from '@sdmkit/hooks';
import { Button, ContentText, type HeadingLevel, Section, useCopyStatus } from '@sdmkit/ui';
import { useId, useState } from 'react';
import {
  itemContentLang,
  partClass,
  useQuestionListContentLang,
  useQuestionListTranslation,
} from '../internal/shared.js';

/** Props of `QuestionSummary`, the questions with their answers and follow-ups, to print or copy. */
export interface QuestionSummaryProps {
  /**
   * Heading level of the section (1–6); its own headings follow one level below. Without it the level comes from
   * where it sits: a `HeadingLevelProvider` or `Section` from `@sdmkit/ui` around it, else 2.
   */
  readonly headingLevel?: HeadingLevel | undefined;
  /** Called with the plain text after it was copied. */
  readonly onCopy?: ((text: string) => void) | undefined;
  readonly className?: string | undefined;
}

/** The questions with their answers and follow-ups, to print or copy as plain text. */
export function QuestionSummary({ headingLevel, onCopy, className }: QuestionSummaryProps) {
  const { t } = useQuestionListTranslation();
  const content = useQuestionListContent();
  const cl = useQuestionListContentLang();
  const input = useQuestionListSelector((s) => s.input);
  const id = useId();
  // What copying did, named as its message's key ('' before the first try).
  const [copy, copyToClipboard] = useCopyStatus();
  const followUps = followUpQuestions(input);
  const plainText = () => questionListSummaryText(content, input, (key, options) => String(t(key, options as never)));

  const copyText = async () => {
    const text = plainText();
    // Without a clipboard (insecure page, old browser) the text is shown to copy by hand.
    if ((await copyToClipboard(text)) === 'copied') onCopy?.(text);
  };

  return (
    <Section
      className={partClass('sdm-QuestionSummary', className)}
      level={headingLevel}
      headingProps={{ className: 'sdm-QuestionSummary__heading' }}
      heading={t('summary.heading')}
    >
      {input.items.length === 0 ? (
        <p>{t('summary.empty')}</p>
      ) : (
        <ol className="sdm-QuestionSummary__list">
          {input.items.map((item) => (
            <li key={item.key} className="sdm-QuestionSummary__item" data-status={item.status}>
              <p className="sdm-QuestionSummary__question" {...itemContentLang(item, cl)}>
                {questionItemText(content, item)}
              </p>
              <p className="sdm-QuestionSummary__meta">
                <span className="sdm-QuestionSummary__status">{t(`status.${item.status}`)}</span>
                {item.followUp ? <span className="sdm-QuestionSummary__flag">{t('summary.followUpMark')}</span> : null}
              </p>
              <p className="sdm-QuestionSummary__answer">
                {item.note.trim() ? t('summary.answer', { note: item.note.trim() }) : t('summary.noAnswer')}
              </p>
            </li>
          ))}
        </ol>
      )}
      {followUps.length > 0 ? (
        <Section
          headingProps={{ className: 'sdm-QuestionSummary__subheading' }}
          heading={t('summary.followUpHeading', { count: followUps.length })}
        >
          <ul>
            {followUps.map((item) => (
              // The language goes on the text, not the item, so the marker stays on the list's side.
              <li key={item.key}>
                <ContentText lang={itemContentLang(item, cl)}>{questionItemText(content, item)}</ContentText>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <div className="sdm-QuestionSummary__actions">
        <Button onClick={() => window.print()}>{t('summary.print')}</Button>
        <Button onClick={() => void copyText()}>{t('summary.copy')}</Button>
      </div>
      <p className="sdm-QuestionSummary__copyStatus" role="status">
        {copy && t(`summary.${copy}`)}
      </p>
      {copy === 'copyFailed' ? (
        <div className="sdm-QuestionSummary__plain">
          <label htmlFor={`${id}-txt`}>{t('summary.plainText')}</label>
          <textarea id={`${id}-txt`} readOnly rows={10} value={plainText()} />
        </div>
      ) : null}
    </Section>
  );
}
