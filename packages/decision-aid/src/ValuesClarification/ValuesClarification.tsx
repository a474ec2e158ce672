import { MAX_CONCERN_LENGTH, MAX_CONCERNS, type Rating } from '@sdmkit/core';
import {
  type ContentLanguage,
  useDecisionAidActions,
  useDecisionAidContent,
  useDecisionAidSelector,
  useValuesFit,
} from '@sdmkit/hooks';
import { Bar, Button } from '@sdmkit/ui';
import { type FormEvent, useId, useState } from 'react';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';

const RATINGS: readonly Rating[] = [0, 1, 2, 3, 4];

function RatingGroup({
  legend,
  description,
  value,
  onChange,
  contentLang,
}: {
  legend: string;
  /** `lang`/`dir` of the legend and description when they come from the content. */
  contentLang?: ContentLanguage | undefined;
  description?: string | undefined;
  value: Rating | null | undefined;
  onChange: (r: Rating) => void;
}) {
  const { t } = useDaTranslation();
  const name = useId();
  return (
    <fieldset className="sdm-Choice sdm-ValuesClarification__item" data-rated={value != null ? 'true' : 'false'}>
      <legend {...contentLang}>{legend}</legend>
      {description ? (
        <p className="sdm-Choice__hint" {...contentLang}>
          {description}
        </p>
      ) : null}
      <div className="sdm-Choice__row">
        {RATINGS.map((r) => (
          <label key={r} className="sdm-Choice__option">
            <input type="radio" name={name} value={r} checked={value === r} onChange={() => onChange(r)} />
            <span>{t(`rating.${r}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Values clarification: rate how much each consideration matters (0-4), add your own, then see how each option
 * fits the ratings (documented maths in core's `selectValuesFit`), in content order, never as a recommendation.
 */
export function ValuesClarification() {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const cl = useDaContentLang();
  const ratings = useDecisionAidSelector((s) => s.input.ratings);
  const concerns = useDecisionAidSelector((s) => s.input.ownConcerns);
  const actions = useDecisionAidActions();
  const fit = useValuesFit();
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const full = concerns.length >= MAX_CONCERNS;

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (actions.addConcern(draft)) setDraft('');
  };

  return (
    <section className="sdm-ValuesClarification">
      <h3 className="sdm-ValuesClarification__heading">{t('values.heading')}</h3>
      <p>{t('values.intro')}</p>
      {content.values.map((c) => (
        <RatingGroup
          key={c.id}
          legend={c.label}
          description={c.description}
          contentLang={cl}
          value={ratings[c.id]}
          onChange={(r) => actions.rate(c.id, r)}
        />
      ))}
      {concerns.map((c) => (
        <div key={c.id} className="sdm-ValuesClarification__own" data-concern-id={c.id}>
          <RatingGroup legend={c.text} value={c.rating} onChange={(r) => actions.updateConcern(c.id, { rating: r })} />
          <fieldset className="sdm-Choice">
            <legend>{t('values.ownFits')}</legend>
            <div className="sdm-Choice__row">
              {content.options.map((o) => (
                <label key={o.id} className="sdm-Choice__option">
                  <input
                    type="checkbox"
                    checked={c.optionIds.includes(o.id)}
                    onChange={(e) =>
                      actions.updateConcern(c.id, {
                        optionIds: e.currentTarget.checked
                          ? [...c.optionIds, o.id]
                          : c.optionIds.filter((x) => x !== o.id),
                      })
                    }
                  />
                  <span {...cl}>{o.title}</span>
                </label>
              ))}
            </div>
          </fieldset>
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
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          <Button type="submit" disabled={full || draft.trim() === ''}>
            {t('values.add')}
          </Button>
        </div>
        {/* Always in the page, so that the message is announced when it appears. */}
        <p role="status">{full ? t('values.full') : ''}</p>
      </form>
      <section className="sdm-ValuesClarification__fit" aria-live="polite">
        <h4>{t('values.fitHeading')}</h4>
        <p>{t('values.fitIntro')}</p>
        {fit.every((f) => f.percent === null) ? (
          <p>{t('values.fitNone')}</p>
        ) : (
          <ul className="sdm-ValuesClarification__fitList">
            {fit.map((f) => {
              const o = content.options.find((x) => x.id === f.optionId);
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
  );
}
