import { countOnScale, type IconScale, layoutIcons } from '@sdmkit/core';
import { type ContentLanguage, useSdmTranslation } from '@sdmkit/hooks';
import { useId, useMemo } from 'react';
import { UI_NAMESPACE } from '../i18n/resources.js';

export interface IconArrayProps {
  /** Icons in the array: 100 or 1000 (the same for every array in one comparison). */
  readonly total: IconScale;
  /** Icons drawn as events (already rounded; see `planIconArrays` in core). */
  readonly events: number;
  /** Extra events over a baseline, drawn after the baseline events in their own colour. */
  readonly extra?: number | undefined;
  /** What happens to the people counted, e.g. "died of prostate cancer". */
  readonly eventText: string;
  /** What happens to the others, e.g. "did not die of prostate cancer". */
  readonly nonEventText: string;
  /** Text for the extra events, when `extra` is given. */
  readonly extraText?: string | undefined;
  /** Heading of this array, e.g. the option's name. */
  readonly title?: string | undefined;
  /** Rate above zero that rounds to no icon: said as "fewer than 1 out of …". */
  readonly belowOne?: boolean | undefined;
  /** Rate below all that rounds to every icon but one: said as "more than … out of …". */
  readonly aboveMax?: boolean | undefined;
  /**
   * `lang`/`dir` of the texts that come from content in another language than the interface (see
   * `useContentLanguage`), by prop name; texts without one inherit the widget's language.
   */
  readonly textLang?:
    | {
        readonly title?: ContentLanguage | undefined;
        readonly eventText?: ContentLanguage | undefined;
        readonly extraText?: ContentLanguage | undefined;
        readonly nonEventText?: ContentLanguage | undefined;
      }
    | undefined;
  readonly className?: string | undefined;
}

/** The text alone, or wrapped in its own language when that differs from the interface's. */
function inLang(text: string, lang: ContentLanguage | undefined) {
  return lang ? <span {...lang}>{text}</span> : text;
}

const CELL = 10;

function personPath(x: number, y: number): string {
  return `M${x + 5} ${y + 0.6}a1.9 1.9 0 1 1 0 3.8a1.9 1.9 0 1 1 0-3.8ZM${x + 1.6} ${y + 9.6}C${x + 1.6} ${y + 5.2} ${x + 8.4} ${y + 5.2} ${x + 8.4} ${y + 9.6}Z`;
}

/**
 * A part-to-whole icon array: person-like icons, events grouped and filled from the top inline-start corner
 * (mirrored right-to-left), events distinct by fill (solid) as well as colour from non-events (outline), the
 * numbers in words beside it in both frames, and a text alternative (`role="img"` label plus a table).
 */
export function IconArray({
  total,
  events,
  extra = 0,
  eventText,
  nonEventText,
  extraText,
  title,
  belowOne,
  aboveMax,
  textLang,
  className,
}: IconArrayProps) {
  const { t, dir } = useSdmTranslation(UI_NAMESPACE);
  const titleId = useId();
  const layout = useMemo(() => layoutIcons(total, events, { extra, dir }), [total, events, extra, dir]);
  const paths = useMemo(() => {
    const by: Record<string, string[]> = { event: [], extra: [], none: [] };
    for (const c of layout.cells) by[c.kind]?.push(personPath(c.column * CELL, c.row * CELL));
    return { event: by.event?.join('') ?? '', extra: by.extra?.join('') ?? '', none: by.none?.join('') ?? '' };
  }, [layout]);

  const rest = total - events - extra;
  const outOf = (count: number) => t('iconArray.outOf', { count, total });
  const eventsWords = belowOne ? t('iconArray.fewerThanOne', { total }) : outOf(events);
  const restWords = aboveMax ? t('iconArray.moreThan', { count: total - 1, total }) : outOf(rest);
  const label = t('iconArray.label', {
    events: eventsWords,
    event: eventText,
    rest: restWords,
    nonEvent: nonEventText,
  });

  return (
    <figure className={['sdm-IconArray', className].filter(Boolean).join(' ')} data-total={total}>
      {title ? (
        <figcaption className="sdm-IconArray__title" id={titleId} {...textLang?.title}>
          {title}
        </figcaption>
      ) : null}
      <div className="sdm-IconArray__body">
        <svg
          className="sdm-IconArray__icons"
          role="img"
          aria-label={title ? `${title}: ${label}` : label}
          viewBox={`0 0 ${layout.columns * CELL} ${layout.rows * CELL}`}
          data-columns={layout.columns}
        >
          <path className="sdm-IconArray__none" d={paths.none} data-count={rest} />
          <path className="sdm-IconArray__extra" d={paths.extra} data-count={extra} />
          <path className="sdm-IconArray__event" d={paths.event} data-count={events} />
        </svg>
        <div className="sdm-IconArray__words">
          <p className="sdm-IconArray__line" data-kind="event">
            <span className="sdm-IconArray__key" data-kind="event" aria-hidden="true" />
            <span>
              <strong>{eventsWords}</strong> {inLang(eventText, textLang?.eventText)}
            </span>
          </p>
          {extra > 0 && extraText ? (
            <p className="sdm-IconArray__line" data-kind="extra">
              <span className="sdm-IconArray__key" data-kind="extra" aria-hidden="true" />
              <span>
                <strong>{outOf(extra)}</strong> {inLang(extraText, textLang?.extraText)}
              </span>
            </p>
          ) : null}
          <p className="sdm-IconArray__line" data-kind="none">
            <span className="sdm-IconArray__key" data-kind="none" aria-hidden="true" />
            <span>
              <strong>{restWords}</strong> {inLang(nonEventText, textLang?.nonEventText)}
            </span>
          </p>
          <details className="sdm-IconArray__table">
            <summary>{t('iconArray.showTable')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('iconArray.tableGroup')}</th>
                  <th scope="col">{t('iconArray.tableCount')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row" {...textLang?.eventText}>
                    {eventText}
                  </th>
                  <td>{eventsWords}</td>
                </tr>
                {extra > 0 && extraText ? (
                  <tr>
                    <th scope="row" {...textLang?.extraText}>
                      {extraText}
                    </th>
                    <td>{outOf(extra)}</td>
                  </tr>
                ) : null}
                <tr>
                  <th scope="row" {...textLang?.nonEventText}>
                    {nonEventText}
                  </th>
                  <td>{restWords}</td>
                </tr>
              </tbody>
            </table>
          </details>
        </div>
      </div>
    </figure>
  );
}
