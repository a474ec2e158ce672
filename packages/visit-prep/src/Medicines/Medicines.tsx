import { type Medicine, type MedicineList, TAKING_ANSWERS } from '@sdmkit/core';
import { useVisitPrepActions, useVisitPrepSelector } from '@sdmkit/hooks';
import { Button } from '@sdmkit/ui';
import { useId, useRef } from 'react';
import { Checkbox, TextField } from '../internal/fields.js';
import { useFocusAfterRender } from '../internal/focus.js';
import { useVpT } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

export interface MedicinesProps {
  readonly className?: string;
}

function MedicineRow({
  list,
  row,
  n,
  onRemoved,
}: {
  list: MedicineList;
  row: Medicine;
  n: number;
  onRemoved: () => void;
}) {
  const { t } = useVpT();
  const actions = useVisitPrepActions();
  const name = useId();
  const rowLabel = t(list === 'medicines' ? 'medicines.medicine' : 'medicines.supplement', { n });
  const update = (patch: Partial<Omit<Medicine, 'id'>>) => actions.updateMedicine(list, row.id, patch);
  return (
    <li className="sdm-Medicines__row" data-row-id={row.id}>
      <fieldset className="sdm-VisitPrepRow">
        <legend>{row.name.trim() ? `${rowLabel}: ${row.name}` : rowLabel}</legend>
        <div className="sdm-Medicines__fields">
          <TextField
            label={t('medicines.name')}
            value={row.name}
            onChange={(v) => update({ name: v })}
            data-field="name"
          />
          <TextField label={t('medicines.dose')} value={row.dose} onChange={(v) => update({ dose: v })} />
          <TextField
            label={t('medicines.frequency')}
            value={row.frequency}
            onChange={(v) => update({ frequency: v })}
          />
          <TextField label={t('medicines.reason')} value={row.reason} onChange={(v) => update({ reason: v })} />
        </div>
        <fieldset className="sdm-Medicines__taking">
          <legend>{t('medicines.taking')}</legend>
          {TAKING_ANSWERS.map((answer) => {
            const id = `${name}-${answer}`;
            return (
              <span key={answer} className="sdm-Medicines__option">
                <input
                  id={id}
                  type="radio"
                  name={name}
                  value={answer}
                  checked={row.taking === answer}
                  onChange={() => update({ taking: answer })}
                />
                <label htmlFor={id}>{t(`taking.${answer}`)}</label>
              </span>
            );
          })}
        </fieldset>
        <Button
          variant="danger"
          onClick={() => {
            actions.removeMedicine(list, row.id);
            onRemoved();
          }}
        >
          {t('medicines.remove', { name: row.name.trim() || rowLabel })}
        </Button>
      </fieldset>
    </li>
  );
}

/** Medicines (name, dose, how often, why, whether actually taking it), supplements, and allergies. */
export function Medicines({ className }: MedicinesProps) {
  const { t } = useVpT();
  const medicines = useVisitPrepSelector((s) => s.input.medicines);
  const supplements = useVisitPrepSelector((s) => s.input.supplements);
  const allergies = useVisitPrepSelector((s) => s.input.allergies);
  const noMedicines = useVisitPrepSelector((s) => s.input.noMedicines);
  const noAllergies = useVisitPrepSelector((s) => s.input.noAllergies);
  const actions = useVisitPrepActions();
  const ref = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(ref);

  const add = (list: MedicineList) => {
    const id = actions.addMedicine(list);
    focusLater(`[data-row-id="${id}"] input`);
  };

  return (
    <SectionFrame type="medicines" ownClass="sdm-Medicines" className={className}>
      <div ref={ref}>
        <h4 className="sdm-Medicines__subtitle">{t('medicines.medicines')}</h4>
        {medicines.length === 0 ? (
          <Checkbox label={t('medicines.noMedicines')} checked={noMedicines} onChange={actions.setNoMedicines} />
        ) : null}
        <ol className="sdm-Medicines__list">
          {medicines.map((m, i) => (
            <MedicineRow
              key={m.id}
              list="medicines"
              row={m}
              n={i + 1}
              onRemoved={() => focusLater('[data-action="add-medicine"]')}
            />
          ))}
        </ol>
        <Button data-action="add-medicine" onClick={() => add('medicines')}>
          {t('medicines.add')}
        </Button>

        <h4 className="sdm-Medicines__subtitle">{t('medicines.supplements')}</h4>
        <ol className="sdm-Medicines__list">
          {supplements.map((m, i) => (
            <MedicineRow
              key={m.id}
              list="supplements"
              row={m}
              n={i + 1}
              onRemoved={() => focusLater('[data-action="add-supplement"]')}
            />
          ))}
        </ol>
        <Button data-action="add-supplement" onClick={() => add('supplements')}>
          {t('medicines.addSupplement')}
        </Button>

        <h4 className="sdm-Medicines__subtitle">{t('medicines.allergies')}</h4>
        {allergies.length === 0 ? (
          <Checkbox label={t('medicines.noAllergies')} checked={noAllergies} onChange={actions.setNoAllergies} />
        ) : null}
        <ol className="sdm-Medicines__list">
          {allergies.map((a, i) => {
            const label = t('medicines.allergy', { n: i + 1 });
            return (
              <li key={a.id} className="sdm-Medicines__row" data-row-id={a.id}>
                <fieldset className="sdm-VisitPrepRow">
                  <legend>{a.substance.trim() ? `${label}: ${a.substance}` : label}</legend>
                  <div className="sdm-Medicines__fields">
                    <TextField
                      label={t('medicines.substance')}
                      value={a.substance}
                      onChange={(substance) => actions.updateAllergy(a.id, { substance })}
                    />
                    <TextField
                      label={t('medicines.reaction')}
                      value={a.reaction}
                      onChange={(reaction) => actions.updateAllergy(a.id, { reaction })}
                    />
                  </div>
                  <Button
                    variant="danger"
                    onClick={() => {
                      actions.removeAllergy(a.id);
                      focusLater('[data-action="add-allergy"]');
                    }}
                  >
                    {t('medicines.remove', { name: a.substance.trim() || label })}
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button
          data-action="add-allergy"
          onClick={() => {
            const id = actions.addAllergy();
            focusLater(`[data-row-id="${id}"] input`);
          }}
        >
          {t('medicines.addAllergy')}
        </Button>
      </div>
    </SectionFrame>
  );
}
