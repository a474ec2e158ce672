import {
  isOverQuestionSoftLimit,
  MAX_QUESTION_LENGTH,
  openQuestionSuggestions,
  type QuestionListInput,
  type QuestionSuggestion,
  type QuestionTextResult,
  questionItemText,
  questionSoftLimit,
  TOP_QUESTION_COUNT,
} from '@sdmkit/core';
import {
  type ContentLanguage,
  useDraft,
  useIsomorphicLayoutEffect,
  useQuestionListActions,
  useQuestionListContent,
  useQuestionListItem,
  useQuestionListKeyedSelector,
  useQuestionListKeys,
  useQuestionListSelector,
  useQuestionListStore,
} from '@sdmkit/hooks';
import {
  Button,
  CharacterCount,
  findReorderPlace,
  type HeadingLevel,
  type ReorderKeys,
  RowChunks,
  reorderKeys,
  Section,
  showsCharacterCount,
  useAnnouncer,
  useReorderControls,
} from '@sdmkit/ui';
import {
  type ComponentProps,
  type FormEvent,
  memo,
  type ReactNode,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  itemContentLang,
  partClass,
  useQuestionListContentLang,
  useQuestionListTranslation,
} from '../internal/shared.js';

/** Props of `MyQuestions`, the patient's own list of questions to ask. */
export interface MyQuestionsProps {
  /** Questions the host suggests (e.g. from a decision aid's unsure SURE answers). */
  readonly suggestions?: readonly QuestionSuggestion[] | undefined;
  /**
   * Heading level of the section (1–6); its own headings follow one level below. Without it the level comes from
   * where it sits: a `HeadingLevelProvider` or `Section` from `@sdmkit/ui` around it, else 2.
   */
  readonly headingLevel?: HeadingLevel | undefined;
  readonly className?: string | undefined;
}

type Announce = (message: string) => void;

/** The patient's list: reorder (top 3 first), change wording, add their own, remove, host suggestions. */
export function MyQuestions({ suggestions, headingLevel, className }: MyQuestionsProps) {
  const { t } = useQuestionListTranslation();
  const content = useQuestionListContent();
  const keys = useQuestionListKeys();
  const over = useQuestionListSelector((s) => isOverQuestionSoftLimit(content, s.input));
  const [announce, region] = useAnnouncer();
  // Once for the list, not per row.
  const contentLang = useQuestionListContentLang();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useCallback(() => headingRef.current?.focus(), []);
  const [toTop] = useState(reorderKeys);
  // Wording being changed, by question: a row that changes chunk mounts anew with its editor and draft as they were.
  const replacements = useQuestionListSelector((s) => s.replacements);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list (host reset or replace) drops the drafts.
  const openEdits = useMemo(() => new Map<string, string>(), [replacements]);
  const renderRow = useCallback(
    (key: string) => (
      <QuestionRow
        key={toTop.key(key)}
        itemKey={key}
        announce={announce}
        onRemoved={focusHeading}
        contentLang={contentLang}
        toTop={toTop}
        openEdits={openEdits}
      />
    ),
    [announce, focusHeading, contentLang, toTop, openEdits],
  );

  return (
    <Section
      className={partClass('sdm-MyQuestions', className)}
      level={headingLevel}
      headingProps={{ ref: headingRef, className: 'sdm-MyQuestions__heading' }}
      heading={t('mine.heading')}
    >
      {suggestions?.length ? <Suggestions suggestions={suggestions} announce={announce} /> : null}
      <p className="sdm-MyQuestions__hint">{t('mine.topHint')}</p>
      {keys.length === 0 ? (
        <p className="sdm-MyQuestions__empty">{t('mine.empty')}</p>
      ) : (
        // Rows in chunks (ui's `RowChunks`): a move lays out one chunk, and chunks out of view are skipped.
        // biome-ignore lint/a11y/useSemanticElements: an `ol` cannot hold the chunks' elements.
        <div role="list" className="sdm-MyQuestions__list">
          <RowChunks keys={keys} renderRow={renderRow} chunkClassName="sdm-MyQuestions__chunk" />
        </div>
      )}
      <p className="sdm-MyQuestions__nudge" role="status">
        {over ? t('mine.softLimit', { count: keys.length, limit: questionSoftLimit(content) }) : ''}
      </p>
      <AddOwnQuestion announce={announce} />
      {region}
    </Section>
  );
}

function errorText(t: ReturnType<typeof useQuestionListTranslation>['t'], result: QuestionTextResult): string {
  return result.ok ? '' : t(`mine.errors.${result.error}`, { max: MAX_QUESTION_LENGTH });
}

interface RowProps {
  readonly itemKey: string;
  readonly announce: Announce;
  readonly onRemoved: () => void;
  /** The content's language when it differs from the interface's (worked out once for the list). */
  readonly contentLang: ContentLanguage | undefined;
  /** The list's row keys: a row moved into the top 3 is keyed anew (see `reorderKeys`). */
  readonly toTop: ReorderKeys;
  /** Drafts of the rows whose wording is being changed (kept across a new mount). */
  readonly openEdits: Map<string, string>;
}

/** The row's move buttons, in order, with their labels' keys. */
const MOVES = [
  { move: 'up', label: 'moveUp' },
  { move: 'down', label: 'moveDown' },
  { move: 'top', label: 'moveTop' },
] as const;

/** The store action that makes each move. */
const MOVE_ACTIONS = { up: 'moveUp', down: 'moveDown', top: 'moveToTop' } as const;

/**
 * The row's place, as a keyed selector: one store listener serves every row, only the ends of the list are looked
 * at, and the same place is the same object (no re-render). It gives the move buttons first, last and in the top 3,
 * and the row that ends the top 3 (`topEnd`), whose margin is the gap after the top 3. (A sibling selector,
 * `[data-top='true'] + [data-top='false']`, made Chromium style every row again on any move: 1,001 elements and
 * 41 ms at 4x CPU with 1,000 questions.)
 */
const selectReorderPlace = (s: { input: QuestionListInput }, key: string) =>
  findReorderPlace(s.input.items, (item) => item.key === key, TOP_QUESTION_COUNT);

/**
 * One question on the list. Subscribes to its own item and to its place for the move buttons only, so editing one
 * question re-renders one row, and a move re-renders only the rows whose first/last/top-3 place changes. Nothing in
 * a row depends on its position: the number shown is a CSS counter (each chunk starts it at its place), and the
 * group of actions is named by the question's text, so the rows that only shift when a question moves are not
 * rendered at all.
 */
const QuestionRow = memo(function QuestionRow({
  itemKey,
  announce,
  onRemoved,
  contentLang,
  toTop,
  openEdits,
}: RowProps) {
  const { t } = useQuestionListTranslation();
  const content = useQuestionListContent();
  const store = useQuestionListStore();
  const item = useQuestionListItem(itemKey);
  const place = useQuestionListKeyedSelector(itemKey, selectReorderPlace);
  const actions = useQuestionListActions();
  // Mounted anew while its wording was being changed (it changed chunk): the editor is open again.
  const [editing, setEditing] = useState(() => openEdits.has(itemKey));
  // Move up/down stay focusable (and say they are unavailable) at the ends; Move to top 3 is left out in the top 3;
  // focus stays on the button used after the move.
  const moves = useReorderControls({
    place,
    onMove: (move) => {
      // Moved into the top 3, the row is keyed anew; across a chunk's edge, it may mount anew.
      toTop.moving(itemKey, move);
      actions[MOVE_ACTIONS[move]](itemKey);
    },
    announce,
    movedMessage: () => {
      const items = store.getState().input.items;
      const at = items.findIndex((i) => i.key === itemKey);
      return t('mine.moved', { position: at + 1, total: items.length });
    },
  });
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEdit = useRef(false);
  const textId = useId();

  // Mounted anew by a move (into the top 3, or across a chunk's edge): focus goes where the move leaves it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only.
  useLayoutEffect(() => {
    const move = toTop.takeFocus(itemKey);
    if (move) moves.focusAfter(move);
  }, []);

  // After editing, focus goes back to "Change wording".
  useLayoutEffect(() => {
    if (!focusEdit.current) return;
    focusEdit.current = false;
    editButton.current?.focus();
  });

  if (!item) return null;
  const text = questionItemText(content, item);
  const isTop = place.inTop === true;

  const edited = item.source === 'library' && item.text !== undefined;
  const origin = item.source !== 'library' ? t(`mine.${item.source}`) : edited ? t('mine.edited') : null;

  return (
    // biome-ignore lint/a11y/useSemanticElements: in a chunk's element, not in an `ol` (see the list).
    <div
      role="listitem"
      className="sdm-MyQuestions__item"
      data-top={isTop ? 'true' : 'false'}
      data-top-end={place.topEnd || undefined}
      data-source={item.source}
    >
      <div className="sdm-MyQuestions__main">
        {/* The number is the list's CSS counter (styles.css): the list's own order, with no render. */}
        <span className="sdm-MyQuestions__rank" aria-hidden="true" />
        <div className="sdm-MyQuestions__body">
          {isTop ? <span className="sdm-MyQuestions__badge">{t('mine.top')}</span> : null}
          {editing ? (
            <EditWording
              itemKey={itemKey}
              initial={text}
              canReset={edited}
              openEdits={openEdits}
              onDone={(saved) => {
                setEditing(false);
                focusEdit.current = true;
                if (saved) announce(t('mine.saved'));
              }}
            />
          ) : (
            <p id={textId} className="sdm-MyQuestions__text" {...itemContentLang(item, contentLang)}>
              {text}
            </p>
          )}
          {origin && !editing ? <span className="sdm-MyQuestions__origin">{origin}</span> : null}
        </div>
      </div>
      {editing ? null : (
        <fieldset className="sdm-MyQuestions__actions" aria-labelledby={textId}>
          {MOVES.map(({ move, label }) => {
            const props = moves[move];
            return props ? (
              <Button key={move} variant="quiet" {...props}>
                {t(`mine.${label}`)}
              </Button>
            ) : null;
          })}
          <Button ref={editButton} variant="quiet" onClick={() => setEditing(true)}>
            {t('mine.edit')}
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              actions.remove(itemKey);
              announce(t('mine.removed', { text }));
              onRemoved();
            }}
          >
            {t('mine.remove')}
          </Button>
        </fieldset>
      )}
    </div>
  );
});

function EditWording({
  itemKey,
  initial,
  canReset,
  openEdits,
  onDone,
}: {
  itemKey: string;
  initial: string;
  canReset: boolean;
  openEdits: Map<string, string>;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useQuestionListTranslation();
  const actions = useQuestionListActions();
  const ref = useRef<HTMLTextAreaElement>(null);
  // The draft of the editor this one takes over from (the row mounted anew), else none.
  const [restored] = useState(() => openEdits.get(itemKey));
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only.
  useLayoutEffect(() => {
    // Opened by the patient: focus goes to the text box. Taken over: focus stays where the patient is.
    openEdits.set(itemKey, restored ?? initial);
    if (restored === undefined) ref.current?.focus();
    // Gone with the editor (a new mount of the row sets it again after this, in the same commit).
    return () => {
      openEdits.delete(itemKey);
    };
  }, []);
  return (
    <WordingForm
      className="sdm-MyQuestions__edit"
      label={t('mine.editLabel')}
      initial={initial}
      save={(text) => actions.edit(itemKey, text)}
      onSaved={() => onDone(true)}
      restored={restored}
      onDraft={(text) => openEdits.set(itemKey, text)}
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone(false);
        }
      }}
    >
      <div className="sdm-MyQuestions__actions">
        <Button type="submit" variant="primary">
          {t('mine.save')}
        </Button>
        <Button onClick={() => onDone(false)}>{t('mine.cancel')}</Button>
        {canReset ? (
          <Button
            variant="quiet"
            onClick={() => {
              actions.resetWording(itemKey);
              onDone(true);
            }}
          >
            {t('mine.resetWording')}
          </Button>
        ) : null}
      </div>
    </WordingForm>
  );
}

/**
 * A form for a question's wording: its label, the text box, the error that refused it (announced when it appears;
 * cleared when the patient types) and `children` (the buttons). `save` checks and stores the text; when it is
 * taken, `onSaved` gets it and the form starts again from `initial`, as it does when the host resets or replaces
 * the list. `restored` is the draft to start from instead, once, and `onDraft` hears each change of the draft.
 */
function WordingForm({
  className,
  noValidate,
  label,
  initial = '',
  save,
  onSaved,
  restored,
  onDraft,
  children,
  ...textarea
}: {
  className: string;
  noValidate?: boolean;
  label: string;
  initial?: string;
  save: (text: string) => QuestionTextResult;
  onSaved: (text: string) => void;
  restored?: string | undefined;
  onDraft?: (text: string) => void;
  children: ReactNode;
} & Pick<ComponentProps<'textarea'>, 'ref' | 'onKeyDown'>) {
  const { t } = useQuestionListTranslation();
  const id = useId();
  // Gone with the list it was typed against when the host resets or replaces the list.
  const [draft, setDraft] = useDraft(
    initial,
    useQuestionListSelector((s) => s.replacements),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only.
  useIsomorphicLayoutEffect(() => {
    if (restored !== undefined) setDraft(restored);
  }, []);
  const [error, setError] = useState('');
  const describedBy =
    [error ? `${id}-e` : null, showsCharacterCount(draft.length, MAX_QUESTION_LENGTH) ? `${id}-c` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = save(draft);
    setError(errorText(t, result));
    if (result.ok) {
      onSaved(draft);
      setDraft(initial);
    }
  };
  return (
    <form className={className} onSubmit={submit} noValidate={noValidate}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="sdm-MyQuestions__input"
        rows={2}
        // The input schema's limit; the count below shows near it, so typing never stops without a word.
        maxLength={MAX_QUESTION_LENGTH}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setDraft(e.target.value);
          onDraft?.(e.target.value);
          if (error) setError('');
        }}
        {...textarea}
      />
      <CharacterCount id={`${id}-c`} length={draft.length} max={MAX_QUESTION_LENGTH} />
      <p id={`${id}-e`} className="sdm-MyQuestions__error" role="alert">
        {error}
      </p>
      {children}
    </form>
  );
}

/** Memoized: the list above re-renders on every move or removal; this form has nothing to change then. */
const AddOwnQuestion = memo(function AddOwnQuestion({ announce }: { announce: Announce }) {
  const { t } = useQuestionListTranslation();
  const actions = useQuestionListActions();
  return (
    <WordingForm
      className="sdm-MyQuestions__add"
      noValidate
      label={t('mine.addOwnLabel')}
      save={actions.addOwn}
      onSaved={(text) => announce(t('mine.added', { text: text.trim() }))}
    >
      <Button type="submit" variant="primary">
        {t('mine.addOwnButton')}
      </Button>
    </WordingForm>
  );
});

function Suggestions({ suggestions, announce }: { suggestions: readonly QuestionSuggestion[]; announce: Announce }) {
  const { t } = useQuestionListTranslation();
  const actions = useQuestionListActions();
  const input = useQuestionListSelector((s) => s.input);
  const open = useMemo(() => openQuestionSuggestions(input, suggestions), [input, suggestions]);
  const id = useId();
  if (open.length === 0) return null;
  return (
    <Section
      className="sdm-MyQuestions__suggestions"
      headingProps={{ className: 'sdm-MyQuestions__subheading' }}
      heading={t('mine.suggestionsHeading')}
    >
      <ul className="sdm-MyQuestions__suggestionList">
        {open.map((s, i) => (
          <li key={s.id} className="sdm-MyQuestions__suggestion">
            <p id={`${id}-s${i}`} className="sdm-MyQuestions__text">
              {s.text}
            </p>
            {s.why ? <p className="sdm-MyQuestions__why">{s.why}</p> : null}
            <fieldset className="sdm-MyQuestions__actions" aria-labelledby={`${id}-s${i}`}>
              <Button
                variant="primary"
                onClick={() => {
                  const result = actions.acceptSuggestion(s);
                  announce(result.ok ? t('mine.added', { text: s.text.trim() }) : errorText(t, result));
                }}
              >
                {t('mine.suggestionAdd')}
              </Button>
              <Button variant="quiet" onClick={() => actions.dismissSuggestion(s.id)}>
                {t('mine.suggestionDismiss')}
              </Button>
            </fieldset>
          </li>
        ))}
      </ul>
    </Section>
  );
}
