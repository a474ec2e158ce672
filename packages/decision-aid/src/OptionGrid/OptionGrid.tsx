import { useDecisionAidContent } from '@sdmkit/hooks';
import { Heading, HeadingLevelProvider } from '@sdmkit/ui';
import { useId } from 'react';
import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';
import { StatusQuo } from '../StatusQuo/StatusQuo.js';

/**
 * Option Grid: the patient's frequently asked questions (rows) answered for every option (columns), in the same
 * order and type. A missing answer says "no data", never an empty cell.
 *
 * Rendered twice, and the stylesheet shows exactly one by the width of the grid's own box (a container query): a
 * table where there is room, and on narrow screens one card per option, each with every question in the same
 * order (a heading and a description list). The other one is `display: none`, so it is out of the accessibility
 * tree too: a screen reader meets one grid, the one on screen. Restyling the table's rows into cards would need
 * the table turned round (a card is a column) and `display` changes that some browsers answer by dropping the
 * table's semantics. Without the stylesheet (or container queries) the table shows.
 */
export function OptionGrid() {
  const { t } = useDecisionAidTranslation();
  const content = useDecisionAidContent();
  const cl = useDecisionAidContentLang();
  const captionId = useId();
  if (content.faq.length === 0) return null;
  const noData = <em className="sdm-OptionGrid__noData">{t('grid.noData')}</em>;
  // A part of the decision aid: an h3 under its title, unless the widget or the host says where it sits.
  return (
    <HeadingLevelProvider defaultLevel={3}>
      <section className="sdm-OptionGrid">
        <Heading className="sdm-OptionGrid__heading">{t('grid.heading')}</Heading>
        <HeadingLevelProvider>
          <table className="sdm-OptionGrid__table">
            <caption className="sdm-OptionGrid__caption">{t('grid.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grid.question')}</th>
                {content.options.map((o) => (
                  <th scope="col" key={o.id} data-option-id={o.id} {...cl}>
                    {o.title}
                    {o.statusQuo ? <StatusQuo /> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {content.faq.map((row) => (
                <tr key={row.id}>
                  <th scope="row" {...cl}>
                    {row.question}
                  </th>
                  {content.options.map((o) => {
                    const a = row.answers[o.id] ?? null;
                    return (
                      <td
                        key={o.id}
                        data-option-id={o.id}
                        data-no-data={a === null ? 'true' : undefined}
                        {...(a === null ? undefined : cl)}
                      >
                        {a ?? noData}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="sdm-OptionGrid__cards">
            <p className="sdm-OptionGrid__caption" id={captionId}>
              {t('grid.caption')}
            </p>
            <ul className="sdm-OptionGrid__cardList" aria-labelledby={captionId}>
              {content.options.map((o) => (
                <li key={o.id} className="sdm-OptionGrid__card" data-option-id={o.id}>
                  <Heading className="sdm-OptionGrid__cardTitle" {...cl}>
                    {o.title}
                  </Heading>
                  {o.statusQuo ? <StatusQuo /> : null}
                  <dl className="sdm-OptionGrid__answers">
                    {content.faq.map((row) => {
                      const a = row.answers[o.id] ?? null;
                      return (
                        <div key={row.id} className="sdm-OptionGrid__answer">
                          <dt className="sdm-OptionGrid__question" {...cl}>
                            {row.question}
                          </dt>
                          <dd
                            className="sdm-OptionGrid__value"
                            data-answer-missing={a === null ? 'true' : undefined}
                            {...(a === null ? undefined : cl)}
                          >
                            {a ?? noData}
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                </li>
              ))}
            </ul>
          </div>
        </HeadingLevelProvider>
      </section>
    </HeadingLevelProvider>
  );
}
