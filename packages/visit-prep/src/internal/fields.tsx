import { checkWords, type DateField, MAX_VISIT_PREP_TEXT } from '@sdmkit/core';
import type { ContentLanguage } from '@sdmkit/hooks';
import { useVisitPrepContent, useVisitPrepProgress } from '@sdmkit/hooks';
import { CharacterCount, showsCharacterCount } from '@sdmkit/ui';
import { type ReactNode, useId, useState } from 'react';
import { useVisitPrepTranslation } from './i18n.js';

interface WordCountProps {
  readonly id: string;
  readonly text: string;
  readonly limit: number;
}

/** "12 of 25 words", and a clear note when the text is over the limit (the text itself is kept). */
export function WordCount({ id, text, limit }: WordCountProps) {
  const { t } = useVisitPrepTranslation();
  const check = checkWords(text, limit);
  return (
    <span id={id} className="sdm-VisitPrepField__count" data-over={check.over || undefined}>
      {t('words.ofLimit', { count: check.words, limit })}
      {check.over ? <span className="sdm-VisitPrepField__over"> {t('words.over', { limit })}</span> : null}
    </span>
  );
}

interface TextFieldProps {
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shows a word count and flags text over it. */
  readonly wordLimit?: number | undefined;
  readonly multiline?: boolean;
  readonly hint?: ReactNode;
  /** A translated problem to show (e.g. a date message). */
  readonly error?: string | null | undefined;
  readonly type?: 'text' | 'date';
  readonly list?: string | undefined;
  readonly id?: string | undefined;
  readonly autoComplete?: string | undefined;
  readonly 'data-field'?: string;
}

/**
 * A labelled text input or text area, with word count, hint and error linked for screen readers. Text stops at the
 * input schema's limit (`maxlength`), with a character count near it.
 */
export function TextField(props: TextFieldProps) {
  const own = useId();
  const id = props.id ?? own;
  // While the patient is typing a date, its parts pass through values that are not dates yet (a year typed digit by
  // digit is 0002, 0020, 0202…): a problem is said once they leave the field, not at every key.
  const [typing, setTyping] = useState(false);
  const error = typing && props.type === 'date' ? null : props.error;
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const charsId = `${id}-chars`;
  const errorId = `${id}-error`;
  const text = props.type !== 'date';
  const nearLimit = text && showsCharacterCount(props.value.length, MAX_VISIT_PREP_TEXT);
  const describedBy =
    [props.hint ? hintId : null, props.wordLimit ? countId : null, nearLimit ? charsId : null, error ? errorId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    value: props.value,
    maxLength: text ? MAX_VISIT_PREP_TEXT : undefined,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'data-field': props['data-field'],
    className: 'sdm-VisitPrepField__control',
  } as const;
  return (
    <div className="sdm-VisitPrepField" data-invalid={error ? true : undefined}>
      <label className="sdm-VisitPrepField__label" htmlFor={id}>
        {props.label}
      </label>
      {props.hint ? (
        <span id={hintId} className="sdm-VisitPrepField__hint">
          {props.hint}
        </span>
      ) : null}
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.currentTarget.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          list={props.list}
          autoComplete={props.autoComplete ?? 'off'}
          onChange={(e) => {
            if (props.type === 'date') setTyping(true);
            props.onChange(e.currentTarget.value);
          }}
          onBlur={() => setTyping(false)}
        />
      )}
      {props.wordLimit ? <WordCount id={countId} text={props.value} limit={props.wordLimit} /> : null}
      {text ? <CharacterCount id={charsId} length={props.value.length} max={MAX_VISIT_PREP_TEXT} /> : null}
      {/* Always in the page (empty without an error), so that a new error is announced. */}
      <span id={errorId} className="sdm-VisitPrepField__error" aria-live="polite">
        {error ?? ''}
      </span>
    </div>
  );
}

interface AnswerFieldsProps<K extends string> {
  /** Namespace of the labels: the label of `key` is `<ns>.<key>`. */
  readonly ns: string;
  readonly keys: readonly K[];
  readonly values: Readonly<Record<K, string>>;
  readonly onChange: (patch: Partial<Record<K, string>>) => void;
}

/** Free-text answers, one text area per key, each with the template's word limit. */
export function AnswerFields<K extends string>({ ns, keys, values, onChange }: AnswerFieldsProps<K>) {
  const { t } = useVisitPrepTranslation();
  const limit = useVisitPrepContent().limits.answerWords;
  return keys.map((key) => (
    <TextField
      key={key}
      label={t(`${ns}.${key}`)}
      value={values[key]}
      multiline
      wordLimit={limit}
      onChange={(value) => onChange({ [key]: value } as Partial<Record<K, string>>)}
    />
  ));
}

/** The translated problem of a date field (`id`: a timeline entry's), or null; dates are checked against `today`. */
export function useDateError(today: Date | undefined) {
  const { t } = useVisitPrepTranslation();
  const { dateProblems } = useVisitPrepProgress(today);
  return (field: DateField, id?: string) => {
    const code = dateProblems.find((p) => p.field === field && p.id === id)?.code;
    return code ? t(`dates.${code}`) : null;
  };
}

interface CheckboxProps {
  readonly label: ReactNode;
  /** `lang`/`dir` of the label and hint when they are template text in another language than the interface. */
  readonly labelLang?: ContentLanguage | undefined;
  /** A line under the label (e.g. why a question can help), linked to the box for screen readers. */
  readonly hint?: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function Checkbox({ label, labelLang, hint, checked, onChange }: CheckboxProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="sdm-VisitPrepField" data-kind="checkbox">
      <input
        id={id}
        type="checkbox"
        className="sdm-VisitPrepField__check"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label htmlFor={id} className="sdm-VisitPrepField__checkLabel" {...labelLang}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="sdm-VisitPrepField__hint" {...labelLang}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
