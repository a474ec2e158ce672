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
  useVisitPrepStore,
} from '@sdmkit/hooks';
import { Button, ChoiceGroup, Heading } from '@sdmkit/ui';
import { memo, type ReactNode, useRef } from 'react';
import { Checkbox, TextField } from '../internal/fields.js';
import { type FocusLater, useApplyFocus, useFocusAfterRender } from '../internal/focus.js';
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
  /** The "none" answer shown before an empty list (its input flag). */
  readonly none?: 'noMedicines' | 'noAllergies' | undefined;
  /** `data-action` of the add button, where focus goes after a row is removed. */
  readonly action: string;
  readonly addLabel: string;
  /** The list the rows are in (the add button adds to it): when it is full, a note takes the add button's place. */
  readonly list: PartList;
  /** Key of that note ("You can list up to 200 medicines"). */
  readonly fullLabel: string;
  /** Told after a row of the list is removed (stable). */
  readonly onRemoved: (list: PartList) => void;
  readonly focusLater: FocusLater;
  readonly t: Translation;
}

/**
 * The section's `t`, passed down to its rows: a row of a long list then has no subscription of its own to the
 * strings (the section renders again with a new `t` when the language or the strings change, and so do its rows).
 */
type Translation = ReturnType<typeof useVisitPrepTranslation>['t'];

/**
 * The name of a row the patient has not named yet, by its place in the singular of its list ("Medicine 4",
 * "Allergy 2"), or its remove button's ("Remove Medicine 4"). It reads the row's place itself, so when rows before
 * it are removed or added only this text renders again.
 */
function PlaceName({ list, id, t, remove }: { list: PartList; id: string; t: Translation; remove?: boolean }) {
  const place = useVisitPrepRowPosition(list, id);
  const kind = list === 'allergies' ? 'allergy' : (list.slice(0, -1) as 'medicine' | 'supplement' | 'condition');
  const label = t(`medicines.${kind}`, { n: place + 1 });
  return remove ? t('medicines.remove', { name: label }) : label;
}

/**
 * One row: a group named by what the patient typed as its name, its fields, and a button to remove it. A named row
 * does not read its place, so it renders nothing when rows before it come or go; a row without a name yet is named
 * by its place (`PlaceName`), and only that text follows it (issue 17; ADR 0011). The place stays in the page as
 * the list's own order.
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
  const named = name.trim();
  return (
    <li className="sdm-Medicines__row" data-row-id={id}>
      <fieldset className="sdm-VisitPrepRow">
        <legend>{named || <PlaceName list={list} id={id} t={t} />}</legend>
        {fromRecord ? <p className="sdm-Medicines__fromRecord">{t('medicines.fromRecord')}</p> : null}
        {children}
        <Button variant="danger" onClick={onRemove}>
          {named ? t('medicines.remove', { name: named }) : <PlaceName list={list} id={id} t={t} remove />}
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
 * One list of the section with its heading, an optional "none" answer before it and an add button (or why not)
 * after it. It reads its own rows: adding or removing a row renders this list, not the section's other lists
 * (up to 600 rows in all).
 */
const Part = memo(function Part({
  title,
  none,
  action,
  addLabel,
  list,
  fullLabel,
  onRemoved,
  focusLater,
  t,
}: PartProps) {
  const ids = useVisitPrepRowIds(list);
  const template = useVisitPrepContent();
  const room = useVisitPrepSelector((s) => selectCanAddRow(template, s.input, list));
  const noneChecked = useVisitPrepSelector((s) => (none ? s.input[none] : false));
  const actions = useVisitPrepActions();
  useApplyFocus(focusLater);
  return (
    <>
      <Heading className="sdm-Medicines__subtitle">{t(title)}</Heading>
      {none && ids.length === 0 ? (
        <Checkbox
          label={t(`medicines.${none}`)}
          checked={noneChecked}
          onChange={none === 'noMedicines' ? actions.setNoMedicines : actions.setNoAllergies}
        />
      ) : null}
      <ol className="sdm-Medicines__list">
        {list === 'medicines' || list === 'supplements'
          ? ids.map((id) => <MedicineRow key={id} list={list} id={id} onRemoved={onRemoved} t={t} />)
          : ids.map((id) => <TextRow key={id} list={list} id={id} onRemoved={onRemoved} t={t} />)}
      </ol>
      {room ? (
        <Button
          data-action={action}
          onClick={() => {
            const added = actions.addRow(list);
            if (added.ok) focusLater(`[data-row-id="${added.id}"]`, 'input');
          }}
        >
          {t(addLabel)}
        </Button>
      ) : (
        <p className="sdm-Medicines__full">{t(fullLabel, { max: MAX_VISIT_PREP_ROWS })}</p>
      )}
    </>
  );
});

/**
 * Medicines (name, dose, how often, why, whether actually taking it), supplements, allergies, and health conditions
 * when the template's section asks for them (`conditions`) or the list has entries (e.g. from the patient's record).
 */
export function Medicines({ className }: MedicinesProps) {
  const { t } = useVisitPrepTranslation();
  const store = useVisitPrepStore();
  const template = useVisitPrepContent();
  const askConditions = template.sections.some((s) => s.type === 'medicines' && s.conditions);
  const hasConditions = useVisitPrepSelector((s) => s.input.conditions.length > 0);
  const ref = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender(ref);
  // Stable, so that a row's props do not change when another row does: focus goes to the list's add button.
  // The last condition removed hides the list unless the template asks for it: focus goes to the allergies' button.
  const onRemoved = useEvent((list: PartList) =>
    focusLater(
      `[data-action="${ADD_ACTION[list === 'conditions' && !askConditions && store.getState().input.conditions.length === 0 ? 'allergies' : list]}"]`,
    ),
  );
  const common = { onRemoved, focusLater, t };

  return (
    <SectionFrame type="medicines" ownClass="sdm-Medicines" className={className}>
      <div ref={ref}>
        <Part
          title="medicines.medicines"
          none="noMedicines"
          action="add-medicine"
          addLabel="medicines.add"
          list="medicines"
          fullLabel="medicines.medicinesFull"
          {...common}
        />
        <Part
          title="medicines.supplements"
          action="add-supplement"
          addLabel="medicines.addSupplement"
          list="supplements"
          fullLabel="medicines.supplementsFull"
          {...common}
        />
        <Part
          title="medicines.allergies"
          none="noAllergies"
          action="add-allergy"
          addLabel="medicines.addAllergy"
          list="allergies"
          fullLabel="medicines.allergiesFull"
          {...common}
        />
        {askConditions || hasConditions ? (
          <Part
            title="medicines.conditions"
            action="add-condition"
            addLabel="medicines.addCondition"
            list="conditions"
            fullLabel="medicines.conditionsFull"
            {...common}
          />
        ) : null}
      </div>
    </SectionFrame>
  );
}
