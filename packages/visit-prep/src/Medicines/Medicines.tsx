import { MAX_VISIT_PREP_ROWS, type Medicine, type MedicineList, selectCanAddRow, TAKING_ANSWERS } from '@sdmkit/core';
import { useVisitPrepActions, useVisitPrepContent, useVisitPrepSelector } from '@sdmkit/hooks';
import { Button, ChoiceGroup, Heading } from '@sdmkit/ui';
import { type ReactNode, useRef } from 'react';
import { Checkbox, TextField } from '../internal/fields.js';
import { useFocusAfterRender } from '../internal/focus.js';
import { useVisitPrepTranslation } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

/** Props of `Medicines`, the medicines, supplements and allergies section. */
export interface MedicinesProps {
  readonly className?: string;
}

interface PartProps {
  readonly title: string;
  readonly none?: ReactNode;
  readonly rows: ReactNode;
  /** `data-action` of the add button, where focus goes after a row is removed. */
  readonly action: string;
  readonly addLabel: string;
  /** The list the rows are in (the add button adds to it): when it is full, a note takes the add button's place. */
  readonly list: MedicineList | 'allergies';
  /** Key of that note ("You can list up to 200 medicines"). */
  readonly fullLabel: string;
}

/** One row: a group named after what the patient typed, its fields, and a button to remove it. */
function Row({
  id,
  label,
  name,
  fromRecord,
  onRemove,
  children,
}: {
  id: string;
  label: string;
  name: string;
  /** Added from the patient's record: the patient is asked to check and correct it. */
  fromRecord: boolean | undefined;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { t } = useVisitPrepTranslation();
  return (
    <li className="sdm-Medicines__row" data-row-id={id}>
      <fieldset className="sdm-VisitPrepRow">
        <legend>{name.trim() ? `${label}: ${name}` : label}</legend>
        {fromRecord ? <p className="sdm-Medicines__fromRecord">{t('medicines.fromRecord')}</p> : null}
        {children}
        <Button variant="danger" onClick={onRemove}>
          {t('medicines.remove', { name: name.trim() || label })}
        </Button>
      </fieldset>
    </li>
  );
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
  const { t } = useVisitPrepTranslation();
  const actions = useVisitPrepActions();
  const update = (patch: Partial<Omit<Medicine, 'id'>>) => actions.updateMedicine(list, row.id, patch);
  const field = (key: 'dose' | 'frequency' | 'reason') => (
    <TextField label={t(`medicines.${key}`)} value={row[key]} onChange={(v) => update({ [key]: v })} />
  );
  return (
    <Row
      id={row.id}
      label={t(list === 'medicines' ? 'medicines.medicine' : 'medicines.supplement', { n })}
      name={row.name}
      fromRecord={row.fromRecord}
      onRemove={() => {
        actions.removeMedicine(list, row.id);
        onRemoved();
      }}
    >
      <div className="sdm-Medicines__fields">
        <TextField
          label={t('medicines.name')}
          value={row.name}
          onChange={(v) => update({ name: v })}
          data-field="name"
        />
        {field('dose')}
        {field('frequency')}
        {field('reason')}
      </div>
      <ChoiceGroup
        className="sdm-Medicines__taking"
        legend={t('medicines.taking')}
        choices={TAKING_ANSWERS.map((answer) => ({
          key: answer,
          label: t(`taking.${answer}`),
          value: answer,
          checked: row.taking === answer,
          onChange: () => update({ taking: answer }),
        }))}
      />
    </Row>
  );
}

/** Medicines (name, dose, how often, why, whether actually taking it), supplements, and allergies. */
export function Medicines({ className }: MedicinesProps) {
  const { t } = useVisitPrepTranslation();
  const medicines = useVisitPrepSelector((s) => s.input.medicines);
  const supplements = useVisitPrepSelector((s) => s.input.supplements);
  const allergies = useVisitPrepSelector((s) => s.input.allergies);
  const noMedicines = useVisitPrepSelector((s) => s.input.noMedicines);
  const noAllergies = useVisitPrepSelector((s) => s.input.noAllergies);
  const actions = useVisitPrepActions();
  const template = useVisitPrepContent();
  const room: Readonly<Record<PartProps['list'], boolean>> = {
    medicines: useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'medicines')),
    supplements: useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'supplements')),
    allergies: useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'allergies')),
  };
  const ref = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(ref);

  /** A list with its heading, an optional "none" answer before it and an add button (or why not) after it. */
  const part = ({ title, none, rows, action, addLabel, list, fullLabel }: PartProps) => (
    <>
      <Heading className="sdm-Medicines__subtitle">{t(title)}</Heading>
      {none}
      <ol className="sdm-Medicines__list">{rows}</ol>
      {room[list] ? (
        <Button
          data-action={action}
          onClick={() => {
            const added = actions.addRow(list);
            if (added.ok) focusLater(`[data-row-id="${added.id}"] input`);
          }}
        >
          {t(addLabel)}
        </Button>
      ) : (
        <p className="sdm-Medicines__full">{t(fullLabel, { max: MAX_VISIT_PREP_ROWS })}</p>
      )}
    </>
  );
  const medicineRows = (list: MedicineList, rows: readonly Medicine[], action: string) =>
    rows.map((m, i) => (
      <MedicineRow key={m.id} list={list} row={m} n={i + 1} onRemoved={() => focusLater(`[data-action="${action}"]`)} />
    ));

  return (
    <SectionFrame type="medicines" ownClass="sdm-Medicines" className={className}>
      <div ref={ref}>
        {part({
          title: 'medicines.medicines',
          none:
            medicines.length === 0 ? (
              <Checkbox label={t('medicines.noMedicines')} checked={noMedicines} onChange={actions.setNoMedicines} />
            ) : null,
          rows: medicineRows('medicines', medicines, 'add-medicine'),
          action: 'add-medicine',
          addLabel: 'medicines.add',
          list: 'medicines',
          fullLabel: 'medicines.medicinesFull',
        })}
        {part({
          title: 'medicines.supplements',
          rows: medicineRows('supplements', supplements, 'add-supplement'),
          action: 'add-supplement',
          addLabel: 'medicines.addSupplement',
          list: 'supplements',
          fullLabel: 'medicines.supplementsFull',
        })}
        {part({
          title: 'medicines.allergies',
          none:
            allergies.length === 0 ? (
              <Checkbox label={t('medicines.noAllergies')} checked={noAllergies} onChange={actions.setNoAllergies} />
            ) : null,
          rows: allergies.map((a, i) => (
            <Row
              key={a.id}
              id={a.id}
              label={t('medicines.allergy', { n: i + 1 })}
              name={a.substance}
              fromRecord={a.fromRecord}
              onRemove={() => {
                actions.removeAllergy(a.id);
                focusLater('[data-action="add-allergy"]');
              }}
            >
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
            </Row>
          )),
          action: 'add-allergy',
          addLabel: 'medicines.addAllergy',
          list: 'allergies',
          fullLabel: 'medicines.allergiesFull',
        })}
      </div>
    </SectionFrame>
  );
}
