import { useVisitPrepActions, useVisitPrepSelector, useVisitPrepTemplate } from '@sdmkit/hooks';
import { Checkbox, TextField } from '../internal/fields.js';
import { useVpT } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

export interface PracticalNeedsProps {
  readonly className?: string;
}

/** Interpreter, access needs, someone coming along, time limits. */
export function PracticalNeeds({ className }: PracticalNeedsProps) {
  const { t } = useVpT();
  const limit = useVisitPrepTemplate().limits.answerWords;
  const p = useVisitPrepSelector((s) => s.input.practical);
  const actions = useVisitPrepActions();
  return (
    <SectionFrame type="practical" className={['sdm-PracticalNeeds', className].filter(Boolean).join(' ')}>
      <Checkbox
        label={t('practical.interpreter')}
        checked={p.interpreter}
        onChange={(interpreter) => actions.setPractical({ interpreter })}
      />
      {p.interpreter ? (
        <TextField
          label={t('practical.interpreterLanguage')}
          value={p.interpreterLanguage}
          onChange={(interpreterLanguage) => actions.setPractical({ interpreterLanguage })}
        />
      ) : null}
      <TextField
        label={t('practical.accessibility')}
        value={p.accessibility}
        multiline
        wordLimit={limit}
        onChange={(accessibility) => actions.setPractical({ accessibility })}
      />
      <TextField
        label={t('practical.companion')}
        value={p.companion}
        onChange={(companion) => actions.setPractical({ companion })}
      />
      <TextField label={t('practical.time')} value={p.time} onChange={(time) => actions.setPractical({ time })} />
      <Checkbox label={t('practical.none')} checked={p.none} onChange={(none) => actions.setPractical({ none })} />
    </SectionFrame>
  );
}
