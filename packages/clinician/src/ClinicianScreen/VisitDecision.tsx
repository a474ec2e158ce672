import type { DecisionAidDocument } from '@sdmkit/core';
import {
  type DecisionAidVisit,
  MAX_NEXT_STEP_LENGTH,
  MAX_PARTICIPANT_LENGTH,
  MAX_PARTICIPANTS,
  NOT_DECIDED,
} from '@sdmkit/fhir';
import { useSdmTranslation } from '@sdmkit/hooks';
import { Button, ChoiceGroup, Heading } from '@sdmkit/ui';
import { useId } from 'react';
import { CLINICIAN_NAMESPACE } from '../i18n/resources.js';

/** Who took part, one per line, as the reader keeps them: trimmed, no empty lines, within the limits. */
export function participantsFrom(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().slice(0, MAX_PARTICIPANT_LENGTH))
    .filter((line) => line.length > 0)
    .slice(0, MAX_PARTICIPANTS);
}

/** The note's lines for what the visit recorded (the decision or "not decided yet", the next step, who took part). */
export function visitNoteLines(
  doc: DecisionAidDocument,
  visit: DecisionAidVisit,
  t: (key: string, options?: Record<string, unknown>) => string,
): string[] {
  const lines: string[] = [];
  const option = doc.options.find((o) => o.id === visit.decision);
  if (option) lines.push(t('visit.noteDecided', { option: option.title }));
  else if (visit.decision === NOT_DECIDED) lines.push(t('visit.noteNotDecided'));
  if (visit.nextStep) lines.push(t('visit.noteNextStep', { step: visit.nextStep }));
  if (visit.participants.length > 0)
    lines.push(t('visit.noteParticipants', { names: visit.participants.join(t('handoff.nameSeparator')) }));
  return lines;
}

/**
 * The decision made in the visit (an option, or "not decided yet" with the next step) and who took part, saved in
 * the decision aid's own response. `participants` is the text as typed (one per line).
 */
export function VisitDecision(props: {
  readonly doc: DecisionAidDocument;
  readonly visit: DecisionAidVisit;
  readonly participants: string;
  readonly onVisitChange: (visit: DecisionAidVisit) => void;
  readonly onParticipantsChange: (text: string) => void;
  readonly onSave: (() => void) | null;
  readonly saving: boolean;
}) {
  const { doc, visit, participants, onVisitChange, onParticipantsChange, onSave, saving } = props;
  const { t } = useSdmTranslation(CLINICIAN_NAMESPACE);
  const id = useId();
  const choices = [
    ...doc.options.map((o) => ({ id: o.id, label: o.title })),
    { id: NOT_DECIDED, label: t('visit.notDecided') },
  ];
  return (
    <div className="sdm-ClinicianScreen__visit">
      <Heading className="sdm-ClinicianScreen__partTitle">{t('visit.heading')}</Heading>
      <ChoiceGroup
        legend={t('visit.decision')}
        choices={choices.map((c) => ({
          key: c.id,
          label: c.label,
          value: c.id,
          checked: visit.decision === c.id,
          onChange: (checked) => {
            if (checked) onVisitChange({ ...visit, decision: c.id });
          },
        }))}
      />
      <div className="sdm-ClinicianScreen__field">
        <label htmlFor={`${id}-next`}>{t('visit.nextStep')}</label>
        <textarea
          id={`${id}-next`}
          className="sdm-ClinicianScreen__text"
          rows={2}
          maxLength={MAX_NEXT_STEP_LENGTH}
          value={visit.nextStep}
          onChange={(e) => onVisitChange({ ...visit, nextStep: e.target.value })}
        />
      </div>
      <div className="sdm-ClinicianScreen__field">
        <label htmlFor={`${id}-who`}>{t('visit.participants')}</label>
        <textarea
          id={`${id}-who`}
          className="sdm-ClinicianScreen__text"
          rows={3}
          value={participants}
          onChange={(e) => {
            onParticipantsChange(e.target.value);
            onVisitChange({ ...visit, participants: participantsFrom(e.target.value) });
          }}
        />
      </div>
      <div className="sdm-ClinicianScreen__actions">
        {onSave ? (
          <Button variant="primary" onClick={onSave} disabled={saving}>
            {t('visit.save')}
          </Button>
        ) : (
          <p>{t('partial.noSave')}</p>
        )}
      </div>
    </div>
  );
}
