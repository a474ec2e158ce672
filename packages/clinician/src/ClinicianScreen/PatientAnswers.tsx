import { type DecisionAidDocument, type DecisionAidInput, SURE_ITEMS } from '@sdmkit/core';
import { DECISION_AID_NAMESPACE } from '@sdmkit/decision-aid';
import { useSdmTranslation } from '@sdmkit/hooks';
import { Heading } from '@sdmkit/ui';
import { CLINICIAN_NAMESPACE } from '../i18n/resources.js';

/**
 * The patient's own answers in the decision aid, worded to the patient on the shared screen: "You rated … as …",
 * their own concerns, their SURE answers and their leaning. Read only: the decision aid below is where they change.
 */
export function PatientAnswers({ doc, input }: { doc: DecisionAidDocument; input: DecisionAidInput }) {
  const { t } = useSdmTranslation(CLINICIAN_NAMESPACE);
  // The decision aid's own words for ratings and the SURE questions: one string each, overridden once by a host.
  const { t: aid } = useSdmTranslation(DECISION_AID_NAMESPACE);
  const lines: { key: string; text: string }[] = [];
  for (const value of doc.values) {
    const rating = input.ratings[value.id];
    if (rating !== undefined)
      lines.push({
        key: `rated-${value.id}`,
        text: t('patient.rated', { value: value.label, rating: aid(`rating.${rating}`) }),
      });
  }
  for (const concern of input.ownConcerns)
    lines.push({
      key: `own-${concern.id}`,
      text:
        concern.rating === null
          ? t('patient.concernUnrated', { text: concern.text })
          : t('patient.concern', { text: concern.text, rating: aid(`rating.${concern.rating}`) }),
    });
  for (const item of SURE_ITEMS) {
    const answer = input.sure[item];
    if (answer !== undefined)
      lines.push({
        key: `sure-${item}`,
        text: t('patient.sure', {
          answer: aid(answer ? 'sure.yes' : 'sure.no'),
          question: aid(`sure.items.${item}`),
        }),
      });
  }
  const option = doc.options.find((o) => o.id === input.leaning);
  if (input.leaning === 'unsure') lines.push({ key: 'leaning', text: t('patient.leaningUnsure') });
  else if (option) lines.push({ key: 'leaning', text: t('patient.leaning', { option: option.title }) });
  return (
    <div className="sdm-ClinicianScreen__patient">
      <Heading className="sdm-ClinicianScreen__partTitle">{t('patient.heading')}</Heading>
      {lines.length > 0 ? (
        <ul>
          {lines.map((line) => (
            <li key={line.key}>{line.text}</li>
          ))}
        </ul>
      ) : (
        <p className="sdm-ClinicianScreen__empty">{t('patient.nothing')}</p>
      )}
    </div>
  );
}
