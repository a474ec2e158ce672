import {
  type Allergy,
  MAX_VISIT_PREP_ROWS,
  type Medicine,
  type MedicineList,
  selectCanAddRow,
  TAKING_ANSWERS,
} from '@sdmkit/core';
import {
  useEvent,
  useVisitPrepActions,
  useVisitPrepContent,
  useVisitPrepRow,
  useVisitPrepRowIds,
  useVisitPrepRowPosition,
  useVisitPrepSelector,
} from '@sdmkit/hooks';
import { Button, ChoiceGroup, Heading } from '@sdmkit/ui';
import { memo, type ReactNode, useRef } from 'react';
import { Checkbox, TextField } from '../internal/fields.js';
import { useFocusAfterRender } from '../internal/focus.js';
import { useVisitPrepTranslation } from '../internal/i18n.js';
import { SectionFrame } from '../internal/section.js';

/** Props of `Medicines`, the medicines, supplements, allergies and health conditions section. */
export interface MedicinesProps {
  readonly className?: string;
}

/** The lists of the section. */
type PartList = MedicineList | 'allergies' | 'conditions';

interface PartProps {
  readonly title: string;
  readonly none?: ReactNode;
  readonly rows: ReactNode;
  /** `data-action` of the add button, where focus goes after a row is removed. */
  readonly action: string;
  readonly addLabel: string;
  /** The list the rows are in (the add button adds to it): when it is full, a note takes the add button's place. */
  readonly list: PartList;
  /** Key of that note ("You can list up to 200 medicines"). */
  readonly fullLabel: string;
}

/**
 * The section's `t`, passed down to its rows: a row of a long list then has no subscription of its own to the
 * strings (the section renders again with a new `t` when the language or the strings change, and so do its rows).
 */
type Translation = ReturnType<typeof useVisitPrepTranslation>['t'];

/**
 * One row: a group named after its place and what the patient typed, its fields, and a button to remove it. It
 * reads the row's place itself, so when rows before it are removed or added only this frame renders again (with
 * the same `children` elements, so the fields inside do not), not the row's fields (issue 17).
 */
function Row({
  list,
  id,
  name,
  fromRecord,
  onRemove,
  t,
  children,
}: {
  list: PartList;
  id: string;
  name: string;
  /** Added from the patient's record: the patient is asked to check and correct it. */
  fromRecord: boolean | undefined;
  onRemove: () => void;
  t: Translation;
  children: ReactNode;
}) {
  const place = useVisitPrepRowPosition(list, id);
  // Named in the singular of its list ("Medicine 4", "Allergy 2").
  const label = t(
    `medicines.${list === 'allergies' ? 'allergy' : (list.slice(0, -1) as 'medicine' | 'supplement' | 'condition')}`,
    {
      n: place + 1,
    },
  );
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

/**
 * A medicine or supplement row. It reads its own row from the store, so typing in one row of a long list renders
 * that row alone, and its place is read by `Row`, so renumbering does not render it either (issue 17); `onRemoved`
 * must be stable, and `t` is the section's.
 */
const MedicineRow = memo(function MedicineRow({
  list,
  id,
  onRemoved,
  t,
}: {
  list: MedicineList;
  id: string;
  onRemoved: (list: PartList) => void;
  t: Translation;
}) {
  const actions = useVisitPrepActions();
  const row = useVisitPrepRow(list, id);
  if (!row) return null;
  const update = (patch: Partial<Omit<Medicine, 'id'>>) => actions.updateMedicine(list, row.id, patch);
  const field = (key: 'dose' | 'frequency' | 'reason') => (
    <TextField label={t(`medicines.${key}`)} value={row[key]} onChange={(v) => update({ [key]: v })} />
  );
  return (
    <Row
      list={list}
      id={row.id}
      name={row.name}
      fromRecord={row.fromRecord}
      t={t}
      onRemove={() => {
        actions.removeMedicine(list, row.id);
        onRemoved(list);
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
});

/** The text fields of the lists whose rows are only text, the first naming the row. */
const TEXT_FIELDS = { allergies: ['substance', 'reaction'], conditions: ['name'] } as const;

/** An allergy or health condition row, reading its own row from the store as `MedicineRow` does. */
const TextRow = memo(function TextRow({
  list,
  id,
  onRemoved,
  t,
}: {
  list: keyof typeof TEXT_FIELDS;
  id: string;
  onRemoved: (list: PartList) => void;
  t: Translation;
}) {
  const actions = useVisitPrepActions();
  const row = useVisitPrepRow(list, id) as
    | (Pick<Allergy, 'fromRecord'> & { readonly [K in 'substance' | 'reaction' | 'name']: string })
    | undefined;
  if (!row) return null;
  const allergy = list === 'allergies';
  const fields = TEXT_FIELDS[list];
  return (
    <Row
      list={list}
      id={id}
      name={row[fields[0]]}
      fromRecord={row.fromRecord}
      t={t}
      onRemove={() => {
        (allergy ? actions.removeAllergy : actions.removeCondition)(id);
        onRemoved(list);
      }}
    >
      <div className="sdm-Medicines__fields">
        {fields.map((key) => (
          <TextField
            key={key}
            label={t(`medicines.${key}`)}
            value={row[key]}
            onChange={(v) => (allergy ? actions.updateAllergy : actions.updateCondition)(id, { [key]: v })}
          />
        ))}
      </div>
    </Row>
  );
});

/** Where focus goes after a row of each list is removed: that list's add button. */
const ADD_ACTION = {
  medicines: 'add-medicine',
  supplements: 'add-supplement',
  allergies: 'add-allergy',
  conditions: 'add-condition',
} as const;

/**
 * Medicines (name, dose, how often, why, whether actually taking it), supplements, allergies, and health conditions
 * when the template's section asks for them (`conditions`) or the list has entries (e.g. from the patient's record).
 */
export function Medicines({ className }: MedicinesProps) {
  const { t } = useVisitPrepTranslation();
  const medicines = useVisitPrepRowIds('medicines');
  const supplements = useVisitPrepRowIds('supplements');
  const allergies = useVisitPrepRowIds('allergies');
  const conditions = useVisitPrepRowIds('conditions');
  const noMedicines = useVisitPrepSelector((s) => s.input.noMedicines);
  const noAllergies = useVisitPrepSelector((s) => s.input.noAllergies);
  const actions = useVisitPrepActions();
  const template = useVisitPrepContent();
  const room: Readonly<Record<PartProps['list'], boolean>> = {
    medicines: useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'medicines')),
    supplements: useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'supplements')),
    allergies: useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'allergies')),
    conditions: useVisitPrepSelector((s) => selectCanAddRow(template, s.input, 'conditions')),
  };
  const askConditions = template.sections.some((s) => s.type === 'medicines' && s.conditions);
  const ref = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(ref);
  // Stable, so that a row's props do not change when another row does: focus goes to the list's add button.
  // The last condition removed hides the list unless the template asks for it: focus goes to the allergies' button.
  const onRemoved = useEvent((list: PartList) =>
    focusLater(
      `[data-action="${ADD_ACTION[list === 'conditions' && !askConditions && conditions.length < 2 ? 'allergies' : list]}"]`,
    ),
  );

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
  const medicineRows = (list: MedicineList, ids: readonly string[]) =>
    ids.map((id) => <MedicineRow key={id} list={list} id={id} onRemoved={onRemoved} t={t} />);

  return (
    <SectionFrame type="medicines" ownClass="sdm-Medicines" className={className}>
      <div ref={ref}>
        {part({
          title: 'medicines.medicines',
          none:
            medicines.length === 0 ? (
              <Checkbox label={t('medicines.noMedicines')} checked={noMedicines} onChange={actions.setNoMedicines} />
            ) : null,
          rows: medicineRows('medicines', medicines),
          action: 'add-medicine',
          addLabel: 'medicines.add',
          list: 'medicines',
          fullLabel: 'medicines.medicinesFull',
        })}
        {part({
          title: 'medicines.supplements',
          rows: medicineRows('supplements', supplements),
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
          rows: allergies.map((id) => <TextRow key={id} list="allergies" id={id} onRemoved={onRemoved} t={t} />),
          action: 'add-allergy',
          addLabel: 'medicines.addAllergy',
          list: 'allergies',
          fullLabel: 'medicines.allergiesFull',
        })}
        {(askConditions || conditions.length > 0) &&
          part({
            title: 'medicines.conditions',
            rows: conditions.map((id) => <TextRow key={id} list="conditions" id={id} onRemoved={onRemoved} t={t} />),
            action: 'add-condition',
            addLabel: 'medicines.addCondition',
            list: 'conditions',
            fullLabel: 'medicines.conditionsFull',
          })}
      </div>
    </SectionFrame>
  );
}
