import { MAX_CONCERN_LENGTH, MAX_CONCERNS, type Rating } from '@sdmkit/core';
import {
  type ContentLanguage,
  useDecisionAidActions,
  useDecisionAidContent,
  useDecisionAidSelector,
  useDraft,
  useValuesFit,
} from '@sdmkit/hooks';
import {
  Bar,
  Button,
  CharacterCount,
  ChoiceGroup,
  Heading,
  HeadingLevelProvider,
  showsCharacterCount,
} from '@sdmkit/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';

const RATINGS: readonly Rating[] = [0, 1, 2, 3, 4];

/** How much one consideration matters, 0-4. */
function RatingGroup({
  value,
  onChange,
  ...text
}: {
  legend: string;
  /** `lang`/`dir` of the legend and hint when they come from the content. */
  textLang?: ContentLanguage | undefined;
  hint?: string | undefined;
  value: Rating | null | undefined;
  onChange: (r: Rating) => void;
}) {
  const { t } = useDecisionAidTranslation();
  return (
    <ChoiceGroup
      {...text}
      className="sdm-ValuesClarification__item"
      data-rated={String(value != null)}
      choices={RATINGS.map((r) => ({
        key: r,
        value: r,
        label: t(`rating.${r}`),
        checked: value === r,
        onChange: () => onChange(r),
      }))}
    />
  );
}

/**
 * Values clarification: rate how much each consideration matters (0-4), add your own, then see how each option
 * fits the ratings (documented maths in core's `selectValuesFit`), in content order, never as a recommendation.
 */
export function ValuesClarification() {
  const { t } = useDecisionAidTranslation();
  const content = useDecisionAidContent();
  const cl = useDecisionAidContentLang();
  const ratings = useDecisionAidSelector((s) => s.input.ratings);
  const concerns = useDecisionAidSelector((s) => s.input.ownConcerns);
  const actions = useDecisionAidActions();
  const fit = useValuesFit();
  // Kept while the step is hidden; gone with the input it was typed against when the host resets or replaces it.
  const [draft, setDraft] = useDraft(
    '',
    useDecisionAidSelector((s) => s.replacements),
  );
  const inputId = useId();
  const full = concerns.length >= MAX_CONCERNS;
  const rootRef = useRef<HTMLElement>(null);
  // The concern just added: focus moves to its rating, the next thing to do, so it is in view and read out
  // (the form it came from stays below it, where it was).
  const [added, setAdded] = useState<string | null>(null);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const result = actions.addOwnConcern(draft);
    // Refused (empty text, or the list is full): the draft stays, and the form already says why it cannot add.
    if (!result.ok) return;
    setDraft('');
    setAdded(result.id);
  };

  useEffect(() => {
    if (!added) return;
    const blocks = rootRef.current?.querySelectorAll<HTMLElement>('[data-concern-id]') ?? [];
    const block = [...blocks].find((b) => b.dataset.concernId === added);
    block?.querySelector<HTMLElement>('input')?.focus();
    setAdded(null);
  }, [added]);

  // A part of the decision aid: an h3 under its title, unless the widget or the host says where it sits.
  return (
    <HeadingLevelProvider defaultLevel={3}>
      <section className="sdm-ValuesClarification" ref={rootRef}>
        <Heading className="sdm-ValuesClarification__heading">{t('values.heading')}</Heading>
        <p>{t('values.intro')}</p>
        {content.values.map((c) => (
          <RatingGroup
            key={c.id}
            legend={c.label}
            hint={c.description}
            textLang={cl}
            value={ratings[c.id]}
            onChange={(r) => actions.rate(c.id, r)}
          />
        ))}
        {concerns.map((c) => (
          <div key={c.id} className="sdm-ValuesClarification__own" data-concern-id={c.id}>
            <RatingGroup
              legend={c.text}
              value={c.rating}
              onChange={(r) => actions.updateConcern(c.id, { rating: r })}
            />
            <ChoiceGroup
              type="checkbox"
              legend={t('values.ownFits')}
              choices={content.options.map((o) => ({
                key: o.id,
                label: o.title,
                lang: cl,
                checked: c.optionIds.includes(o.id),
                onChange: (checked) =>
                  actions.updateConcern(c.id, {
                    optionIds: checked ? [...c.optionIds, o.id] : c.optionIds.filter((x) => x !== o.id),
                  }),
              }))}
            />
            <Button variant="quiet" onClick={() => actions.removeConcern(c.id)}>
              {t('values.remove', { text: c.text })}
            </Button>
          </div>
        ))}
        <form className="sdm-ValuesClarification__add" onSubmit={add}>
          <label htmlFor={inputId}>{t('values.own')}</label>
          <div className="sdm-ValuesClarification__addRow">
            <input
              id={inputId}
              className="sdm-Input"
              type="text"
              value={draft}
              maxLength={MAX_CONCERN_LENGTH}
              disabled={full}
              aria-describedby={showsCharacterCount(draft.length, MAX_CONCERN_LENGTH) ? `${inputId}-chars` : undefined}
              onChange={(e) => setDraft(e.currentTarget.value)}
            />
            <Button type="submit" disabled={full || draft.trim() === ''}>
              {t('values.add')}
            </Button>
          </div>
          <CharacterCount id={`${inputId}-chars`} length={draft.length} max={MAX_CONCERN_LENGTH} />
          {/* Always in the page, so that the message is announced when it appears. */}
          <p role="status">{full ? t('values.full') : ''}</p>
        </form>
        {/* Not a live region: it would read the whole fit list again on every rating. The ratings say their own
          state; the fit is here to read when the patient wants it. */}
        <section className="sdm-ValuesClarification__fit">
          <HeadingLevelProvider>
            <Heading>{t('values.fitHeading')}</Heading>
          </HeadingLevelProvider>
          <p>{t('values.fitIntro')}</p>
          {fit.every((f) => f.percent === null) ? (
            <p>{t('values.fitNone')}</p>
          ) : (
            <ul className="sdm-ValuesClarification__fitList">
              {/* One entry per option, in content order. */}
              {fit.map((f, i) => {
                const o = content.options[i];
                return (
                  <li key={f.optionId} data-option-id={f.optionId}>
                    <span className="sdm-ValuesClarification__fitTitle" {...cl}>
                      {o?.title}
                    </span>
                    <Bar
                      className="sdm-ValuesClarification__bar"
                      fillClassName="sdm-ValuesClarification__fill"
                      percent={f.percent ?? 0}
                    />
                    <span>
                      {t('values.fitPercent', { percent: f.percent ?? 0 })} (
                      {t('values.fitSupports', { count: f.supportingCount })})
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </section>
    </HeadingLevelProvider>
  );
}
