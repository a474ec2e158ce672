import { useDecisionAidContent } from '@sdmkit/hooks';
import { Button, ContentText, Dialog } from '@sdmkit/ui';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';

export interface EvidenceDialogProps {
  readonly open?: boolean | undefined;
  readonly defaultOpen?: boolean | undefined;
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
  /** "Today" for the review-date warning (default: now). */
  readonly today?: Date | undefined;
}

/** Sources, dates, update policy (with a warning past the review date), funding, conflicts and certainty. */
export function EvidenceDialog({ open, defaultOpen, onOpenChange, today }: EvidenceDialogProps) {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const cl = useDaContentLang();
  const { meta } = content;
  const overdue = meta.nextReview < (today ?? new Date()).toISOString().slice(0, 10);
  const certainties = new Set<string>();
  for (const o of content.outcomes)
    for (const p of Object.values(o.byOption)) if (p?.certainty) certainties.add(p.certainty);
  return (
    <Dialog
      title={t('evidence.title')}
      description={t('evidence.description')}
      open={open}
      defaultOpen={defaultOpen}
      onOpenChange={onOpenChange}
      trigger={<Button className="sdm-EvidenceDialog__trigger">{t('evidence.open')}</Button>}
    >
      <div className="sdm-EvidenceDialog">
        {overdue ? (
          <p className="sdm-EvidenceDialog__overdue" role="note" data-overdue="true">
            {t('evidence.overdue')}
          </p>
        ) : null}
        <dl className="sdm-EvidenceDialog__facts">
          <dt>{t('evidence.published')}</dt>
          <dd>
            <time dateTime={meta.published}>{meta.published}</time>
          </dd>
          <dt>{t('evidence.nextReview')}</dt>
          <dd>
            <time dateTime={meta.nextReview}>{meta.nextReview}</time>
          </dd>
          <dt>{t('evidence.version')}</dt>
          <dd>{meta.version}</dd>
          {meta.updatePolicy ? (
            <>
              <dt>{t('evidence.updatePolicy')}</dt>
              <dd {...cl}>{meta.updatePolicy}</dd>
            </>
          ) : null}
          <dt>{t('evidence.authors')}</dt>
          <dd {...cl}>{meta.authors.map((a) => a.name).join(', ')}</dd>
          <dt>{t('evidence.funding')}</dt>
          <dd {...cl}>{meta.funding}</dd>
          <dt>{t('evidence.conflicts')}</dt>
          <dd {...cl}>{meta.conflictsOfInterest}</dd>
          {certainties.size > 0 ? (
            <>
              <dt>{t('evidence.certainty')}</dt>
              <dd>
                {[...certainties].map((c) => (
                  <p key={c}>{t(`outcomes.certainty.${c}`)}</p>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
        <h3 className="sdm-EvidenceDialog__heading">{t('evidence.sources')}</h3>
        <ol className="sdm-EvidenceDialog__sources">
          {meta.sources.map((s) => (
            // The language goes on the text, not the item, so the marker stays on the list's side.
            <li key={s.id}>
              <ContentText lang={cl}>
                {s.citation}{' '}
                {s.doi ? (
                  <a href={`https://doi.org/${s.doi}`} rel="noopener noreferrer" target="_blank">
                    doi:{s.doi}
                  </a>
                ) : s.url ? (
                  <a href={s.url} rel="noopener noreferrer" target="_blank">
                    {s.url}
                  </a>
                ) : null}
              </ContentText>
            </li>
          ))}
        </ol>
      </div>
    </Dialog>
  );
}
