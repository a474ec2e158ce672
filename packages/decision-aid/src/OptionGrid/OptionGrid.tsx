import { useDecisionAidContent } from '@sdmkit/hooks';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';

/**
 * Option Grid: the patient's frequently asked questions (rows) answered for every option (columns), in the same
 * order and type. A missing answer says "no data", never an empty cell. Stacks into cards on narrow screens.
 */
export function OptionGrid() {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const cl = useDaContentLang();
  if (content.faq.length === 0) return null;
  return (
    <section className="sdm-OptionGrid">
      <h3 className="sdm-OptionGrid__heading">{t('grid.heading')}</h3>
      <table className="sdm-OptionGrid__table">
        <caption className="sdm-OptionGrid__caption">{t('grid.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.question')}</th>
            {content.options.map((o) => (
              <th scope="col" key={o.id} data-option-id={o.id} {...cl}>
                {o.title}
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
                    data-label={o.title}
                    data-no-data={a === null ? 'true' : undefined}
                    {...(a === null ? undefined : cl)}
                  >
                    {a ?? <em className="sdm-OptionGrid__noData">{t('grid.noData')}</em>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
