import { MAX_ANSWER_NOTE_LENGTH, questionItemText, TOP_QUESTION_COUNT } from '@sdmkit/core';
import {
  type ContentLanguage,
  useQuestionListActions,
  useQuestionListContent,
  useQuestionListCounts,
  useQuestionListItem,
  useQuestionListKeys,
} from '@sdmkit/hooks';
import {
  Button,
  CharacterCount,
  ContentText,
  Heading,
  type HeadingLevel,
  RowChunks,
  Section,
  showsCharacterCount,
} from '@sdmkit/ui';
import { memo, useCallback, useId, useMemo } from 'react';
import {
  itemContentLang,
  partClass,
  useQuestionListContentLang,
  useQuestionListTranslation,
} from '../internal/shared.js';

/** Props of `VisitMode`, the shared screen for going through the questions during the visit. */
export interface VisitModeProps {
  /**
   * Heading level of the section (1–6); its own headings follow one level below. Without it the level comes from
   * where it sits: a `HeadingLevelProvider` or `Section` from `@sdmkit/ui` around it, else 2.
   */
  readonly headingLevel?: HeadingLevel | undefined;
  readonly className?: string | undefined;
}

/** DOM id of a row: this instance's id plus the item key, made safe for ids. */
function rowId(base: string, key: string) {
  return `${base}-${encodeURIComponent(key).replace(/%/g, '_')}`;
}

/**
 * For the shared screen during the visit: large type, one tap to mark a question asked or answered, a note
 * for the answer, a follow-up flag, and the unanswered questions gathered at the end.
 */
export function VisitMode({ headingLevel, className }: VisitModeProps) {
  const { t } = useQuestionListTranslation();
  // The keys only: marking a question or typing a note does not render the list again (the counts are read below
  // it, by the parts that show them).
  const keys = useQuestionListKeys();
  // Once for the list, not per row: rows stay cheap in long lists.
  const contentLang = useQuestionListContentLang();
  const id = useId();
  // The rows' own words, looked up once for the list: the same for every row (4,000 lookups at 1,000 questions).
  const words = useMemo(
    () => ({
      asked: t('visit.asked'),
      answered: t('visit.answered'),
      note: t('visit.note'),
      followUp: t('visit.followUp'),
    }),
    [t],
  );
  // Each row's place, for its number: the keys change only when the host changes the list, not during the visit.
  const places = useMemo(() => new Map(keys.map((key, i) => [key, i])), [keys]);
  const renderRow = useCallback(
    (key: string) => (
      <VisitRow
        itemKey={key}
        index={places.get(key) ?? 0}
        domId={rowId(id, key)}
        contentLang={contentLang}
        words={words}
      />
    ),
    [places, id, contentLang, words],
  );

  return (
    <Section
      className={partClass('sdm-VisitMode', className)}
      level={headingLevel}
      headingProps={{ className: 'sdm-VisitMode__heading' }}
      heading={t('visit.heading')}
    >
      <p className="sdm-VisitMode__intro">{t('visit.intro')}</p>
      {keys.length === 0 ? (
        <p className="sdm-VisitMode__empty">{t('visit.empty')}</p>
      ) : (
        <>
          <Progress />
          {/* biome-ignore lint/a11y/useSemanticElements: an `ol` cannot hold the chunks' elements. */}
          <div role="list" className="sdm-VisitMode__list">
            <RowChunks keys={keys} renderRow={renderRow} chunkClassName="sdm-VisitMode__chunk" />
          </div>
          <Unanswered base={id} contentLang={contentLang} />
        </>
      )}
    </Section>
  );
}

/** How many questions are answered, out of how many. */
function Progress() {
  const { t } = useQuestionListTranslation();
  const counts = useQuestionListCounts();
  return (
    <p className="sdm-VisitMode__progress" role="status">
      {t('visit.progress', { answered: counts.answered, count: counts.total })}
    </p>
  );
}

/** The one-tap status buttons: each sets its status, or back to open. */
const TOGGLES = ['asked', 'answered'] as const;

const VisitRow = memo(function VisitRow({
  itemKey,
  index,
  domId,
  contentLang,
  words,
}: {
  itemKey: string;
  index: number;
  domId: string;
  contentLang: ContentLanguage | undefined;
  /** The row's labels, from the list (see `VisitMode`). */
  words: Readonly<Record<'asked' | 'answered' | 'note' | 'followUp', string>>;
}) {
  const content = useQuestionListContent();
  const item = useQuestionListItem(itemKey);
  const actions = useQuestionListActions();
  if (!item) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: in a chunk's element, not in an `ol` (see the list).
    <div
      role="listitem"
      id={domId}
      tabIndex={-1}
      className="sdm-VisitMode__item"
      data-status={item.status}
      data-top={index < TOP_QUESTION_COUNT ? 'true' : 'false'}
      aria-labelledby={`${domId}-t`}
    >
      <Heading id={`${domId}-t`} className="sdm-VisitMode__text">
        <span className="sdm-VisitMode__rank">{index + 1}.</span>{' '}
        <ContentText lang={itemContentLang(item, contentLang)}>{questionItemText(content, item)}</ContentText>
      </Heading>
      <fieldset className="sdm-VisitMode__status" aria-labelledby={`${domId}-t`}>
        {TOGGLES.map((status) => (
          <Button
            key={status}
            className="sdm-VisitMode__toggle"
            aria-pressed={item.status === status}
            onClick={() => actions.toggleStatus(itemKey, status)}
          >
            {words[status]}
          </Button>
        ))}
      </fieldset>
      <div className="sdm-VisitMode__field">
        <label htmlFor={`${domId}-n`}>{words.note}</label>
        <textarea
          id={`${domId}-n`}
          className="sdm-VisitMode__note"
          rows={3}
          maxLength={MAX_ANSWER_NOTE_LENGTH}
          value={item.note}
          aria-describedby={showsCharacterCount(item.note.length, MAX_ANSWER_NOTE_LENGTH) ? `${domId}-c` : undefined}
          onChange={(e) => actions.setNote(itemKey, e.target.value)}
        />
        <CharacterCount id={`${domId}-c`} length={item.note.length} max={MAX_ANSWER_NOTE_LENGTH} />
      </div>
      <div className="sdm-VisitMode__check">
        <input
          id={`${domId}-f`}
          type="checkbox"
          className="sdm-VisitMode__checkbox"
          checked={item.followUp}
          onChange={(e) => actions.setFollowUp(itemKey, e.target.checked)}
        />
        <label htmlFor={`${domId}-f`}>{words.followUp}</label>
      </div>
    </div>
  );
});

function Unanswered({ base, contentLang }: { base: string; contentLang: ContentLanguage | undefined }) {
  const { t } = useQuestionListTranslation();
  const counts = useQuestionListCounts();
  const open = counts.total - counts.answered;
  return (
    <Section
      className="sdm-VisitMode__unanswered"
      headingProps={{ className: 'sdm-VisitMode__subheading' }}
      heading={open === 0 ? t('visit.allAnswered') : t('visit.unansweredHeading', { count: open })}
    >
      {open > 0 ? <UnansweredList base={base} contentLang={contentLang} /> : null}
    </Section>
  );
}

/**
 * An entry for every question, in the list's order; each shows itself while its question is not answered. Marking
 * a question renders its own entry, not this list: the cost does not grow with the list.
 */
const UnansweredList = memo(function UnansweredList({
  base,
  contentLang,
}: {
  base: string;
  contentLang: ContentLanguage | undefined;
}) {
  const { t } = useQuestionListTranslation();
  const keys = useQuestionListKeys();
  const goTo = t('visit.goTo');
  const renderEntry = useCallback(
    (key: string) => <UnansweredEntry itemKey={key} domId={rowId(base, key)} goTo={goTo} contentLang={contentLang} />,
    [base, goTo, contentLang],
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a `ul` cannot hold the chunks' elements.
    <div role="list" className="sdm-VisitMode__openList">
      <RowChunks keys={keys} renderRow={renderEntry} chunkClassName="sdm-VisitMode__openChunk" />
    </div>
  );
});

/** One unanswered question with its "Go to" button; nothing once it is answered. Subscribes to its own item only. */
const UnansweredEntry = memo(function UnansweredEntry({
  itemKey,
  domId,
  goTo,
  contentLang,
}: {
  itemKey: string;
  domId: string;
  goTo: string;
  contentLang: ContentLanguage | undefined;
}) {
  const content = useQuestionListContent();
  const item = useQuestionListItem(itemKey);
  if (!item || item.status === 'answered') return null;
  const text = questionItemText(content, item);
  return (
    // biome-ignore lint/a11y/useSemanticElements: in a chunk's element, not in a `ul` (see the list).
    <div role="listitem" className="sdm-VisitMode__openItem">
      <span {...itemContentLang(item, contentLang)}>{text}</span>{' '}
      <Button
        variant="quiet"
        aria-label={`${goTo}: ${text}`}
        onClick={() => {
          const el = document.getElementById(domId);
          el?.scrollIntoView?.({ block: 'center' });
          el?.focus();
        }}
      >
        {goTo}
      </Button>
    </div>
  );
});
