import { useDecisionAidContent } from '@sdmkit/hooks';
import { Button, ContentText, Dialog } from '@sdmkit/ui';
import { Fact } from '../Fact/Fact.js';
import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';

/** Props of `EvidenceDialog`, the "About the evidence" button and the dialog it opens. */
export interface EvidenceDialogProps {
  readonly open?: boolean | undefined;
  readonly defaultOpen?: boolean | undefined;
  /** Called with `true` when the dialog opens and `false` when it closes. */
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
  /** "Today" for the review-date warning (default: now). */
  readonly today?: Date | undefined;
}

/** Sources, dates, update policy (with a warning past the review date), funding, conflicts and certainty. */
export function EvidenceDialog({ open, defaultOpen, onOpenChange, today }: EvidenceDialogProps) {
  const { t } = useDecisionAidTranslation();
  return (
    <Dialog
      title={t('evidence.title')}
      description={t('evidence.description')}
      open={open}
      defaultOpen={defaultOpen}
      onOpenChange={onOpenChange}
      trigger={<Button className="sdm-EvidenceDialog__trigger">{t('evidence.open')}</Button>}
    >
      <EvidenceBody today={today} />
    </Dialog>
  );
}

/** The dialog's body: its own component, so its facts are worked out and translated only while it is open. */
function EvidenceBody({ today }: { today: Date | undefined }) {
  const { t } = useDecisionAidTranslation();
  const content = useDecisionAidContent();
  const cl = useDecisionAidContentLang();
  const { meta } = content;
  const overdue = meta.nextReview < (today ?? new Date()).toISOString().slice(0, 10);
  // Every certainty rating the outcomes use, once each.
  const certainties = new Set(
    content.outcomes.flatMap((o) => Object.values(o.byOption).flatMap((p) => p?.certainty ?? [])),
  );
  return (
    <div className="sdm-EvidenceDialog">
      {overdue ? (
        <p className="sdm-EvidenceDialog__overdue" role="note" data-overdue="true">
          {t('evidence.overdue')}
        </p>
      ) : null}
      <dl className="sdm-EvidenceDialog__facts">
        <Fact term="evidence.published">
          <time dateTime={meta.published}>{meta.published}</time>
        </Fact>
        <Fact term="evidence.nextReview">
          <time dateTime={meta.nextReview}>{meta.nextReview}</time>
        </Fact>
        <Fact term="evidence.version">{meta.version}</Fact>
        {meta.updatePolicy ? (
          <Fact term="evidence.updatePolicy" {...cl}>
            {meta.updatePolicy}
          </Fact>
        ) : null}
        <Fact term="evidence.authors" {...cl}>
          {meta.authors.map((a) => a.name).join(', ')}
        </Fact>
        <Fact term="evidence.funding" {...cl}>
          {meta.funding}
        </Fact>
        <Fact term="evidence.conflicts" {...cl}>
          {meta.conflictsOfInterest}
        </Fact>
        {certainties.size > 0 ? (
          <Fact term="evidence.certainty">
            {[...certainties].map((c) => (
              <p key={c}>{t(`outcomes.certainty.${c}`)}</p>
            ))}
          </Fact>
        ) : null}
      </dl>
      <h3 className="sdm-EvidenceDialog__heading">{t('evidence.sources')}</h3>
      <ol className="sdm-EvidenceDialog__sources">
        {meta.sources.map((s) => (
          // The language goes on the text, not the item, so the marker stays on the list's side.
          <li key={s.id}>
            <ContentText lang={cl}>
              {s.citation}{' '}
              {s.doi || s.url ? (
                <a href={s.doi ? `https://doi.org/${s.doi}` : s.url} rel="noopener noreferrer" target="_blank">
                  {s.doi ? <>doi:{s.doi}</> : s.url}
                </a>
              ) : null}
            </ContentText>
          </li>
        ))}
      </ol>
    </div>
  );
}
