import type { PromptQuestion } from '@sdmkit/core';
import { groupQuestionsByCategory, isQuestionListFull } from '@sdmkit/core';
import {
  type ContentLanguage,
  useIsQuestionPicked,
  useQuestionListActions,
  useQuestionListContent,
  useQuestionListSelector,
  useQuestionSearch,
} from '@sdmkit/hooks';
import { Button, type HeadingLevel, Section, VisuallyHidden } from '@sdmkit/ui';
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { partClass, useQuestionListContentLang, useQuestionListTranslation } from '../internal/shared.js';

/** Props of `QuestionBrowser`, where the patient finds questions in the library and adds them to their list. */
export interface QuestionBrowserProps {
  /**
   * Heading level of the section (1–6); its own headings follow one level below. Without it the level comes from
   * where it sits: a `HeadingLevelProvider` or `Section` from `@sdmkit/ui` around it, else 2.
   */
  readonly headingLevel?: HeadingLevel | undefined;
  /** How many matching questions to show before "Show more" (default 50): keeps big libraries fast. */
  readonly pageSize?: number | undefined;
  readonly className?: string | undefined;
}

/** Browse the library by topic and visit reason, search it, read why to ask, and pick questions. */
export function QuestionBrowser({ headingLevel, pageSize = 50, className }: QuestionBrowserProps) {
  const { t } = useQuestionListTranslation();
  const content = useQuestionListContent();
  const cl = useQuestionListContentLang();
  const actions = useQuestionListActions();
  const search = useQuestionSearch();
  const full = useQuestionListSelector((s) => isQuestionListFull(s.input));
  const id = useId();
  const [query, setQuery] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [reasonId, setReasonId] = useState('');
  const deferredQuery = useDeferredValue(query);
  const filterKey = `${deferredQuery}\u0000${categoryId}\u0000${reasonId}`;
  const [paging, setPaging] = useState({ key: filterKey, limit: pageSize });
  const limit = paging.key === filterKey ? paging.limit : pageSize;

  const results = useMemo(
    // '' (all topics, any reason) filters nothing.
    () => search({ text: deferredQuery, categoryId, visitReasonId: reasonId }),
    [search, deferredQuery, categoryId, reasonId],
  );
  const groups = useMemo(() => groupQuestionsByCategory(content, results.slice(0, limit)), [content, results, limit]);
  const reasons = content.visitReasons ?? [];

  return (
    <Section
      className={partClass('sdm-QuestionBrowser', className)}
      level={headingLevel}
      headingProps={{ className: 'sdm-QuestionBrowser__heading' }}
      heading={t('browser.heading')}
    >
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
        <Filter
          label={t('browser.category')}
          all={t('browser.allCategories')}
          options={content.categories}
          value={categoryId}
          onChange={setCategoryId}
          contentLang={cl}
        />
        {reasons.length > 0 ? (
          <Filter
            label={t('browser.reason')}
            all={t('browser.allReasons')}
            options={reasons}
            value={reasonId}
            onChange={setReasonId}
            contentLang={cl}
          />
        ) : null}
      </div>
      {content.starterSet?.length ? (
        <Button className="sdm-QuestionBrowser__starter" onClick={() => actions.pickStarterSet()}>
          {t('browser.addStarter')}
        </Button>
      ) : null}
      {/* Picking does nothing on a full list: say why. */}
      {full ? <p className="sdm-QuestionBrowser__full">{t('mine.errors.list_full')}</p> : null}
      <p className="sdm-QuestionBrowser__count" role="status">
        {results.length === 0 ? t('browser.noResults') : t('browser.resultCount', { count: results.length })}
      </p>
      {groups.map((g) => (
        <Section
          key={g.categoryId}
          className="sdm-QuestionBrowser__group"
          headingProps={{ className: 'sdm-QuestionBrowser__groupHeading', ...cl }}
          heading={g.label}
        >
          <ul className="sdm-QuestionBrowser__list">
            {g.questions.map((q) => (
              <BrowserRow key={q.id} question={q} contentLang={cl} />
            ))}
          </ul>
        </Section>
      ))}
      {results.length > limit ? (
        <Button
          className="sdm-QuestionBrowser__more"
          onClick={() => setPaging({ key: filterKey, limit: limit + pageSize })}
        >
          {t('browser.showMore')} ({results.length - limit})
        </Button>
      ) : null}
    </Section>
  );
}

/** A filter of the library: "all" or one of `options` (topics, visit reasons). */
function Filter({
  label,
  all,
  options,
  value,
  onChange,
  contentLang,
}: {
  label: string;
  all: string;
  options: readonly { readonly id: string; readonly label: string }[];
  value: string;
  onChange: (id: string) => void;
  contentLang: ContentLanguage | undefined;
}) {
  const id = useId();
  return (
    <div className="sdm-QuestionBrowser__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="sdm-QuestionBrowser__input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id} {...contentLang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
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
  const { t } = useQuestionListTranslation();
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
          <summary>
            {t('browser.why')}
            {/* The question it is about, for screen readers: 23 summaries all named "Why ask this?" say nothing. */}
            <VisuallyHidden {...cl}> {question.text}</VisuallyHidden>
          </summary>
          <p {...cl}>{question.why}</p>
        </details>
      ) : null}
    </li>
  );
});
