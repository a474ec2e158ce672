import { useVisitPrepActions, useVisitPrepSelector } from '@sdmkit/hooks';
import { AnswerFields, TextField, useDateError } from '../internal/fields.js';
import { useVisitPrepTranslation } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

/** Props of `AfterVisit`, the after-visit section: next steps, tests and results, follow-up, what to watch for. */
export interface AfterVisitProps {
  readonly className?: string;
  /** Today's date for checking dates (default: now). */
  readonly today?: Date | undefined;
}

/** Next steps, tests and how results come, the follow-up date and what to watch for. */
export function AfterVisit({ className, today }: AfterVisitProps) {
  const { t } = useVisitPrepTranslation();
  const a = useVisitPrepSelector((s) => s.input.after);
  const actions = useVisitPrepActions();
  const dateError = useDateError(today);
  return (
    <SectionFrame type="after-visit" ownClass="sdm-AfterVisit" className={className}>
      <AnswerFields ns="after" keys={['nextSteps', 'tests', 'results']} values={a} onChange={actions.setAfter} />
      <TextField
        label={t('after.followUpDate')}
        type="date"
        hint={t('symptoms.dateHint')}
        value={a.followUpDate}
        error={dateError('followUpDate')}
        onChange={(followUpDate) => actions.setAfter({ followUpDate })}
      />
      <AnswerFields ns="after" keys={['watchFor']} values={a} onChange={actions.setAfter} />
    </SectionFrame>
  );
}
