import { useVisitPrepActions, useVisitPrepSelector, useVisitPrepTemplate } from '@sdmkit/hooks';
import { TextField } from '../internal/fields.js';
import { useVpT } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

export interface WhatMattersProps {
  readonly className?: string;
}

/** Goals and worries in the patient's own words. */
export function WhatMatters({ className }: WhatMattersProps) {
  const { t } = useVpT();
  const limit = useVisitPrepTemplate().limits.answerWords;
  const value = useVisitPrepSelector((s) => s.input.whatMatters);
  const actions = useVisitPrepActions();
  return (
    <SectionFrame type="what-matters" className={['sdm-WhatMatters', className].filter(Boolean).join(' ')}>
      <TextField
        label={t('whatMatters.goals')}
        value={value.goals}
        multiline
        wordLimit={limit}
        onChange={(goals) => actions.setWhatMatters({ goals })}
      />
      <TextField
        label={t('whatMatters.worries')}
        value={value.worries}
        multiline
        wordLimit={limit}
        onChange={(worries) => actions.setWhatMatters({ worries })}
      />
    </SectionFrame>
  );
}
