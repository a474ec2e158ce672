import { useSdmTranslation } from '@sdmkit/hooks';
import { UI_NAMESPACE } from '../i18n/resources.js';

/** Share of the limit from which the count shows: far from the limit it would only be noise. */
export const CHARACTER_COUNT_FROM = 0.9;

/** Whether `CharacterCount` shows for this text length, e.g. to link it with `aria-describedby` only then. */
export function showsCharacterCount(length: number, max: number): boolean {
  return length >= Math.ceil(max * CHARACTER_COUNT_FROM);
}

/** Props of `CharacterCount`, the character count shown under a text box near its limit. */
export interface CharacterCountProps {
  /** Characters in the field now (UTF-16 units, as `maxlength` counts them). */
  readonly length: number;
  /** The field's `maxlength`: the input schema's limit for that text. */
  readonly max: number;
  /** For the field's `aria-describedby`, while the count shows (`showsCharacterCount`). */
  readonly id?: string | undefined;
  readonly className?: string | undefined;
}

/**
 * "4,950 of 5,000 characters" under a text box, shown only near its limit (from 90 %), so a patient knows why
 * typing stops. Renders nothing before that.
 */
export function CharacterCount(props: CharacterCountProps) {
  // The text (and its translation hook) only near the limit: a long list of fields pays nothing for it.
  return showsCharacterCount(props.length, props.max) ? <Count {...props} /> : null;
}

function Count({ length, max, id, className }: CharacterCountProps) {
  const { t, lng } = useSdmTranslation(UI_NAMESPACE);
  // Grouped like the language writes numbers, in the same digits as the widgets' other counts.
  const format = new Intl.NumberFormat(lng, { numberingSystem: 'latn' }).format;
  return (
    <span
      id={id}
      className={className ? `sdm-CharacterCount ${className}` : 'sdm-CharacterCount'}
      data-full={length >= max || undefined}
    >
      {t('characterCount', { count: length, used: format(length), limit: format(max) })}
    </span>
  );
}
