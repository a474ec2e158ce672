import { type IconKind, type IconLayout, layoutIcons } from '@sdmkit/core';
import { type ContentLanguage, useSdmTranslation } from '@sdmkit/hooks';
import { useId, useMemo } from 'react';
import { ContentText } from '../ContentText/ContentText.js';
import { UI_NAMESPACE } from '../i18n/resources.js';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';

/** Props of `IconArray`, a picture of how many people out of a group an outcome happens to. */
export interface IconArrayProps {
  /**
   * Icons in the array: the comparison's scale (100, 1,000 or 10,000, the same for every array in it) or a study
   * group's size. See `planIconArrays` in core, which never rounds.
   */
  readonly total: number;
  /** Icons drawn as events: the figure itself, a whole number (see `planIconArrays` in core). */
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

const CELL = 10;

function personPath(x: number, y: number): string {
  return `M${x + 5} ${y + 0.6}a1.9 1.9 0 1 1 0 3.8a1.9 1.9 0 1 1 0-3.8ZM${x + 1.6} ${y + 9.6}C${x + 1.6} ${y + 5.2} ${x + 8.4} ${y + 5.2} ${x + 8.4} ${y + 9.6}Z`;
}

/** Arrays up to this size draw one person per icon; larger ones (10,000) draw each row's groups as bars. */
const PERSON_ICONS_UP_TO = 1000;

function personIcons(layout: IconLayout): Record<IconKind, string> {
  const d: Record<IconKind, string> = { event: '', extra: '', none: '' };
  for (const c of layout.cells) d[c.kind] += personPath(c.column * CELL, c.row * CELL);
  return d;
}

/**
 * Each row's run of events, extra events and others as one bar per run: 10,000 person shapes would be too small
 * to see and some 900 KB of path data; the areas stay exact (one cell per person, the same corner and order).
 */
function rowRuns(layout: IconLayout): Record<IconKind, string> {
  const d: Record<IconKind, string> = { event: '', extra: '', none: '' };
  const cells = layout.cells;
  for (let start = 0; start < cells.length; ) {
    const first = cells[start] as (typeof cells)[number];
    let end = start + 1;
    while (end < cells.length && cells[end]?.row === first.row && cells[end]?.kind === first.kind) end++;
    const last = cells[end - 1] as (typeof cells)[number];
    const left = Math.min(first.column, last.column) * CELL;
    const width = (Math.abs(last.column - first.column) + 1) * CELL;
    d[first.kind] += `M${left + 0.5} ${first.row * CELL + 0.5}h${width - 1}v${CELL - 1}h${1 - width}Z`;
    start = end;
  }
  return d;
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
  textLang,
  className,
}: IconArrayProps) {
  const { t, dir } = useSdmTranslation(UI_NAMESPACE);
  const titleId = useId();
  const layout = useMemo(() => layoutIcons(total, events, { extra, dir }), [total, events, extra, dir]);
  const paths = useMemo(() => (total > PERSON_ICONS_UP_TO ? rowRuns(layout) : personIcons(layout)), [layout, total]);

  const rest = total - events - extra;
  const outOf = (count: number) => t('iconArray.outOf', { count, total });
  const eventsWords = outOf(events);
  const restWords = outOf(rest);
  const label = t('iconArray.label', {
    events: eventsWords,
    event: eventText,
    rest: restWords,
    nonEvent: nonEventText,
  });
  // Each group once, for the words beside the array and for the table: events, extra events, the others.
  const groups: { kind: IconKind; words: string; text: string; lang: ContentLanguage | undefined }[] = [
    { kind: 'event', words: eventsWords, text: eventText, lang: textLang?.eventText },
    ...(extra > 0 && extraText
      ? [{ kind: 'extra' as const, words: outOf(extra), text: extraText, lang: textLang?.extraText }]
      : []),
    { kind: 'none', words: restWords, text: nonEventText, lang: textLang?.nonEventText },
  ];
  // Drawn in this order (events on top); `data-count` is the number of icons in each path.
  const counts = [
    ['none', rest],
    ['extra', extra],
    ['event', events],
  ] as const;

  return (
    <figure
      className={className ? `sdm-IconArray ${className}` : 'sdm-IconArray'}
      data-total={total}
      data-size={total <= 100 ? 'small' : total <= PERSON_ICONS_UP_TO ? 'medium' : 'large'}
    >
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
          {counts.map(([kind, count]) => (
            <path key={kind} className={`sdm-IconArray__${kind}`} d={paths[kind]} data-count={count} />
          ))}
        </svg>
        <div className="sdm-IconArray__words">
          {groups.map((g) => (
            <p key={g.kind} className="sdm-IconArray__line" data-kind={g.kind}>
              <span className="sdm-IconArray__key" data-kind={g.kind} aria-hidden="true" />
              <span>
                <strong>{g.words}</strong> <ContentText lang={g.lang}>{g.text}</ContentText>
              </span>
            </p>
          ))}
          <details className="sdm-IconArray__table">
            <summary>
              {t('iconArray.showTable')}
              {/* Which array, for screen readers: several "Show as a table" side by side say nothing alone. */}
              {title ? <VisuallyHidden {...textLang?.title}> {title}</VisuallyHidden> : null}
            </summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('iconArray.tableGroup')}</th>
                  <th scope="col">{t('iconArray.tableCount')}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.kind}>
                    <th scope="row" {...g.lang}>
                      {g.text}
                    </th>
                    <td>{g.words}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      </div>
    </figure>
  );
}
