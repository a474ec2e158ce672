import type { PromptQuestion } from '@sdmkit/core';
import { groupQuestionsByCategory } from '@sdmkit/core';
import {
  type ContentLanguage,
  useIsQuestionPicked,
  useQuestionListActions,
  useQuestionListContent,
  useQuestionSearch,
} from '@sdmkit/hooks';
import { Button } from '@sdmkit/ui';
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { Heading, type HeadingLevel, nextLevel, useQlContentLang, useQlTranslation } from '../internal/shared.js';

export interface QuestionBrowserProps {
  /** Heading level of the section (default 2). */
  readonly headingLevel?: HeadingLevel | undefined;
  /** How many matching questions to show before "Show more" (default 50): keeps big libraries fast. */
  readonly pageSize?: number | undefined;
  readonly className?: string | undefined;
}

/** Browse the library by topic and visit reason, search it, read why to ask, and pick questions. */
export function QuestionBrowser({ headingLevel = 2, pageSize = 50, className }: QuestionBrowserProps) {
  const { t } = useQlTranslation();
  const content = useQuestionListContent();
  const cl = useQlContentLang();
  const actions = useQuestionListActions();
  const search = useQuestionSearch();
  const id = useId();
  const [query, setQuery] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [reasonId, setReasonId] = useState('');
  const deferredQuery = useDeferredValue(query);
  const filterKey = `${deferredQuery}\u0000${categoryId}\u0000${reasonId}`;
  const [paging, setPaging] = useState({ key: filterKey, limit: pageSize });
  const limit = paging.key === filterKey ? paging.limit : pageSize;

  const results = useMemo(
    () => search({ text: deferredQuery, categoryId: categoryId || undefined, visitReasonId: reasonId || undefined }),
    [search, deferredQuery, categoryId, reasonId],
  );
  const groups = useMemo(() => groupQuestionsByCategory(content, results.slice(0, limit)), [content, results, limit]);
  const reasons = content.visitReasons ?? [];
  const sub = nextLevel(headingLevel);

  return (
    <section className={['sdm-QuestionBrowser', className].filter(Boolean).join(' ')} aria-labelledby={`${id}-h`}>
      <Heading level={headingLevel} id={`${id}-h`} className="sdm-QuestionBrowser__heading">
        {t('browser.heading')}
      </Heading>
      <div className="sdm-QuestionBrowser__filters">
        <div className="sdm-QuestionBrowser__field">
          <label htmlFor={`${id}-q`}>{t('browser.search')}</label>
          <input
            id={`${id}-q`}
            className="sdm-QuestionBrowser__input"
            type="search"
            value={query}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setQuery(e.target.value)}
          />
          <span id={`${id}-hint`} className="sdm-QuestionBrowser__hint">
            {t('browser.searchHint')}
          </span>
        </div>
        <div className="sdm-QuestionBrowser__field">
          <label htmlFor={`${id}-c`}>{t('browser.category')}</label>
          <select
            id={`${id}-c`}
            className="sdm-QuestionBrowser__input"
            value={categoryId}
            onChange={(e) => setCategoryId(e.target.value)}
          >
            <option value="">{t('browser.allCategories')}</option>
            {content.categories.map((c) => (
              <option key={c.id} value={c.id} {...cl}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        {reasons.length > 0 ? (
          <div className="sdm-QuestionBrowser__field">
            <label htmlFor={`${id}-r`}>{t('browser.reason')}</label>
            <select
              id={`${id}-r`}
              className="sdm-QuestionBrowser__input"
              value={reasonId}
              onChange={(e) => setReasonId(e.target.value)}
            >
              <option value="">{t('browser.allReasons')}</option>
              {reasons.map((r) => (
                <option key={r.id} value={r.id} {...cl}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {content.starterSet?.length ? (
        <Button className="sdm-QuestionBrowser__starter" onClick={() => actions.pickStarterSet()}>
          {t('browser.addStarter')}
        </Button>
      ) : null}
      <p className="sdm-QuestionBrowser__count" role="status">
        {results.length === 0 ? t('browser.noResults') : t('browser.resultCount', { count: results.length })}
      </p>
      {groups.map((g) => (
        <section key={g.categoryId} className="sdm-QuestionBrowser__group" aria-labelledby={`${id}-g-${g.categoryId}`}>
          <Heading level={sub} id={`${id}-g-${g.categoryId}`} className="sdm-QuestionBrowser__groupHeading" {...cl}>
            {g.label}
          </Heading>
          <ul className="sdm-QuestionBrowser__list">
            {g.questions.map((q) => (
              <BrowserRow key={q.id} question={q} contentLang={cl} />
            ))}
          </ul>
        </section>
      ))}
      {results.length > limit ? (
        <Button
          className="sdm-QuestionBrowser__more"
          onClick={() => setPaging({ key: filterKey, limit: limit + pageSize })}
        >
          {t('browser.showMore')} ({results.length - limit})
        </Button>
      ) : null}
    </section>
  );
}

/** One library question: a checkbox named by the question, and its why-ask note. Re-renders on its own. */
const BrowserRow = memo(function BrowserRow({
  question,
  contentLang: cl,
}: {
  question: PromptQuestion;
  contentLang: ContentLanguage | undefined;
}) {
  const { t } = useQlTranslation();
  const picked = useIsQuestionPicked(question.id);
  const actions = useQuestionListActions();
  const id = useId();
  return (
    <li className="sdm-QuestionBrowser__item" data-picked={picked ? 'true' : 'false'}>
      <div className="sdm-QuestionBrowser__pick">
        <input
          id={id}
          type="checkbox"
          className="sdm-QuestionBrowser__checkbox"
          checked={picked}
          onChange={(e) => (e.target.checked ? actions.pick(question.id) : actions.unpick(question.id))}
        />
        <label htmlFor={id} className="sdm-QuestionBrowser__label" {...cl}>
          {question.text}
        </label>
      </div>
      {question.why ? (
        <details className="sdm-QuestionBrowser__why">
          <summary>{t('browser.why')}</summary>
          <p {...cl}>{question.why}</p>
        </details>
      ) : null}
    </li>
  );
});
