import { useVisitPrepActions, useVisitPrepProgress, useVisitPrepSelector, useVisitPrepTemplate } from '@sdmkit/hooks';
import { TextField } from '../internal/fields.js';
import { useVpT } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

export interface AfterVisitProps {
  readonly className?: string;
  /** Today's date for checking dates (default: now). */
  readonly today?: Date | undefined;
}

/** Next steps, tests and how results come, the follow-up date and what to watch for. */
export function AfterVisit({ className, today }: AfterVisitProps) {
  const { t } = useVpT();
  const limit = useVisitPrepTemplate().limits.answerWords;
  const a = useVisitPrepSelector((s) => s.input.after);
  const actions = useVisitPrepActions();
  const { dateProblems } = useVisitPrepProgress(today);
  const problem = dateProblems.find((p) => p.field === 'followUpDate')?.code;
  return (
    <SectionFrame type="after-visit" className={['sdm-AfterVisit', className].filter(Boolean).join(' ')}>
      <TextField
        label={t('after.nextSteps')}
        value={a.nextSteps}
        multiline
        wordLimit={limit}
        onChange={(nextSteps) => actions.setAfter({ nextSteps })}
      />
      <TextField
        label={t('after.tests')}
        value={a.tests}
        multiline
        wordLimit={limit}
        onChange={(tests) => actions.setAfter({ tests })}
      />
      <TextField
        label={t('after.results')}
        value={a.results}
        multiline
        wordLimit={limit}
        onChange={(results) => actions.setAfter({ results })}
      />
      <TextField
        label={t('after.followUpDate')}
        type="date"
        hint={t('symptoms.dateHint')}
        value={a.followUpDate}
        error={problem ? t(`dates.${problem}`) : null}
        onChange={(followUpDate) => actions.setAfter({ followUpDate })}
      />
      <TextField
        label={t('after.watchFor')}
        value={a.watchFor}
        multiline
        wordLimit={limit}
        onChange={(watchFor) => actions.setAfter({ watchFor })}
      />
    </SectionFrame>
  );
}
