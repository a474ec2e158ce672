import { useVisitPrepActions, useVisitPrepSelector } from '@sdmkit/hooks';
import { AnswerFields } from '../internal/fields.js';
import { SectionFrame } from '../internal/section.js';

/** Props of `WhatMatters`, the section for the patient's goals and worries. */
export interface WhatMattersProps {
  readonly className?: string;
}

/** Goals and worries in the patient's own words. */
export function WhatMatters({ className }: WhatMattersProps) {
  const value = useVisitPrepSelector((s) => s.input.whatMatters);
  const actions = useVisitPrepActions();
  return (
    <SectionFrame type="what-matters" ownClass="sdm-WhatMatters" className={className}>
      <AnswerFields ns="whatMatters" keys={['goals', 'worries']} values={value} onChange={actions.setWhatMatters} />
    </SectionFrame>
  );
}
