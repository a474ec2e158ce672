import { useVisitPrepActions, useVisitPrepSelector } from '@sdmkit/hooks';
import { AnswerFields, Checkbox, TextField } from '../internal/fields.js';
import { useVisitPrepTranslation } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

/** Props of `PracticalNeeds`, the section for an interpreter, access needs, someone coming along and time limits. */
export interface PracticalNeedsProps {
  readonly className?: string;
}

/** Interpreter, access needs, someone coming along, time limits. */
export function PracticalNeeds({ className }: PracticalNeedsProps) {
  const { t } = useVisitPrepTranslation();
  const p = useVisitPrepSelector((s) => s.input.practical);
  const actions = useVisitPrepActions();
  return (
    <SectionFrame type="practical" ownClass="sdm-PracticalNeeds" className={className}>
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
      <AnswerFields ns="practical" keys={['accessibility']} values={p} onChange={actions.setPractical} />
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
