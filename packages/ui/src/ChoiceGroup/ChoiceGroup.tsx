import type { ContentLanguage } from '@sdmkit/hooks';
import { type ReactNode, useId } from 'react';

/** One choice of a `ChoiceGroup`: its label and whether its radio button or checkbox is checked. */
export interface Choice {
  readonly key: string | number;
  readonly label: string;
  /** `lang`/`dir` of the label when it comes from content in another language than the interface. */
  readonly lang?: ContentLanguage | undefined;
  /**
   * Shown after the label, inside it (part of the input's name), e.g. the status-quo label or "(2 of 5)". Start it
   * with a space (`<> <span>…</span></>`) when its words must stay apart from the label's in the name.
   */
  readonly note?: ReactNode;
  readonly checked: boolean;
  /** Called with the input's new state (radio buttons only ever become checked). */
  readonly onChange: (checked: boolean) => void;
  /** The input's `value` attribute, when it has one. */
  readonly value?: string | number | undefined;
}

/** Other props are `data-*` attributes of the fieldset. */
export interface ChoiceGroupProps {
  readonly [data: `data-${string}`]: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  /** `lang`/`dir` of the legend and the hint when they come from content in another language. */
  readonly textLang?: ContentLanguage | undefined;
  /** Classes added to `sdm-Choice` on the fieldset. */
  readonly className?: string | undefined;
  readonly legendClassName?: string | undefined;
  /** Radio buttons (one name for the group, the default) or checkboxes. */
  readonly type?: 'radio' | 'checkbox' | undefined;
  readonly choices: readonly Choice[];
  /** Shown after the choices, inside the group (e.g. feedback). */
  readonly children?: ReactNode;
}

/**
 * One question: a fieldset with its legend, an optional hint and the choices in a row, each a label around its
 * input (so the whole label is the click target and the input's name).
 */
export function ChoiceGroup({
  legend,
  hint,
  textLang,
  className,
  legendClassName,
  type = 'radio',
  choices,
  children,
  ...data
}: ChoiceGroupProps) {
  const name = useId();
  return (
    <fieldset className={className ? `sdm-Choice ${className}` : 'sdm-Choice'} {...data}>
      <legend className={legendClassName} {...textLang}>
        {legend}
      </legend>
      {hint ? (
        <p className="sdm-Choice__hint" {...textLang}>
          {hint}
        </p>
      ) : null}
      <div className="sdm-Choice__row">
        {choices.map((c) => (
          <label key={c.key} className="sdm-Choice__option">
            <input
              type={type}
              name={type === 'radio' ? name : undefined}
              value={c.value}
              checked={c.checked}
              onChange={(e) => c.onChange(e.currentTarget.checked)}
            />
            <span {...c.lang}>{c.label}</span>
            {c.note}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
