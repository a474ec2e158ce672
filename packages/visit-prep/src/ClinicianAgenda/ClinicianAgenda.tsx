import {
  type AgendaAddition,
  type AgendaBlock,
  type ContentIssue,
  formatVisitAgendaText,
  isAgendaEmpty,
  layoutVisitAgenda,
} from '@sdmkit/core';
import { useVisitAgenda } from '@sdmkit/hooks';
import { Button, Heading, HeadingLevelProvider, useCopyStatus } from '@sdmkit/ui';
import { type ReactNode, useId, useState } from 'react';
import { useCheckedAdditions } from '../internal/additions.js';
import { useTranslate, useVisitPrepContentLang, useVisitPrepTranslation } from '../internal/i18n.js';

/** Props of `ClinicianAgenda`, the one-screen summary of the patient's answers for the clinician. */
export interface ClinicianAgendaProps {
  /** The 30-second view: top concerns, timeline, medicine changes, allergies, top questions, key needs. */
  readonly compact?: boolean | undefined;
  /** Show the print and copy buttons (default true). */
  readonly showActions?: boolean | undefined;
  readonly className?: string | undefined;
  /**
   * What the host adds from other tools (e.g. a decision aid's leaning, a question list's top 3), each under its
   * own heading, in the agenda's language. Shown, printed and copied with the agenda; never stored as input.
   */
  readonly additions?: readonly AgendaAddition[] | undefined;
  /** Called with the issues when `additions` has invalid entries (those are left out). */
  readonly onAdditionsError?: ((issues: readonly ContentIssue[]) => void) | undefined;
}

const nameClass = (name: string | undefined) => (name ? `sdm-ClinicianAgenda__${name}` : undefined);

const flag = (note: string | undefined) =>
  note === undefined ? null : <span className="sdm-ClinicianAgenda__flag"> ({note})</span>;

/**
 * Text clipped to its word limit, with a "Show all" button (aria-expanded) that shows the whole text in place
 * and "Show less" that clips it again. Text that was not clipped is plain text.
 */
function Clipped({ text, full }: { text: string; full: string | undefined }): ReactNode {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (full === undefined) return text;
  return (
    <>
      <span id={id} className="sdm-ClinicianAgenda__clipped">
        {open ? full : text}
      </span>{' '}
      <ShowAll open={open} controls={id} onToggle={() => setOpen((x) => !x)} />
    </>
  );
}

/** The "Show all" / "Show less" button of clipped text or hidden items: a real button with aria-expanded. */
function ShowAll({ open, controls, onToggle }: { open: boolean; controls: string; onToggle: () => void }) {
  const { t } = useVisitPrepTranslation();
  return (
    <button
      type="button"
      className="sdm-ClinicianAgenda__more"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {open ? t('agenda.showLess') : t('agenda.showAll')}
    </button>
  );
}

/** A count ("2 more concerns") whose items are one click away. */
function More({ block }: { block: Extract<AgendaBlock, { kind: 'more' }> }): ReactNode {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={nameClass(block.name)}>
      <p>
        <span>{block.text}</span> <ShowAll open={open} controls={id} onToggle={() => setOpen((x) => !x)} />
      </p>
      <ul id={id} hidden={!open}>
        {block.items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the agenda is derived; order is the identity.
          <li key={i}>
            <Clipped text={item.text} full={item.full} />
            {flag(item.flag)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One block of the laid-out agenda (the same layout as the plain text). */
function Block({ block }: { block: AgendaBlock }): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={nameClass(block.name)}>
          {block.label === undefined ? null : (
            <>
              <strong>{block.label}:</strong>{' '}
            </>
          )}
          <Clipped text={block.text} full={block.full} />
          {flag(block.flag)}
        </p>
      );
    case 'minor':
      return <Heading className="sdm-ClinicianAgenda__minor">{block.text}</Heading>;
    case 'pairs':
      return (
        <dl className="sdm-ClinicianAgenda__pairs">
          {block.pairs.map((x) => (
            <div key={x.label} className="sdm-ClinicianAgenda__pair">
              <dt>{x.label}</dt>{' '}
              <dd>
                <Clipped text={x.value} full={x.full} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'more':
      return <More block={block} />;
    case 'group':
      return <div className={nameClass(block.name)}>{block.blocks.map(blockNode)}</div>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={nameClass(block.name)}>
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the agenda is derived; order is the identity.
            <li key={i}>
              {item.label === undefined ? (
                <>
                  <Clipped text={item.text} full={item.full} />
                  {flag(item.flag)}
                </>
              ) : (
                // A dated timeline entry: the date, then the note if any.
                <>
                  <span className="sdm-ClinicianAgenda__date">{item.label}</span>
                  {item.text ? (
                    <>
                      {': '}
                      <Clipped text={item.text} full={item.full} />
                    </>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </List>
      );
    }
  }
}

// Blocks are derived from the agenda; their order is their identity.
const blockNode = (block: AgendaBlock, i: number) => <Block key={i} block={block} />;

/**
 * One screen for the clinician: top concerns first, the symptom timeline, medicine changes, what matters and
 * the top three questions. Prints on its own and copies as plain text.
 *
 * Its title takes its level from where the agenda sits (`HeadingLevelProvider` or `Section` from `@sdmkit/ui`);
 * where nothing says, it is an `h3`, under the widget's `h2` title (in `VisitPrep` and on its own alike). Each
 * part's heading is one level below the title, and the small headings inside a part one level below that.
 */
export function ClinicianAgenda({
  compact = false,
  showActions = true,
  className,
  additions,
  onAdditionsError,
}: ClinicianAgendaProps) {
  const { t, lng } = useVisitPrepTranslation();
  const cl = useVisitPrepContentLang();
  const translate = useTranslate();
  const agenda = useVisitAgenda(useCheckedAdditions(additions, onAdditionsError));
  const headingId = useId();
  const textId = useId();
  const [copy, copyToClipboard] = useCopyStatus();
  // Dates are written in the widget's language; entries are clipped the same way on screen and in the text.
  const text = formatVisitAgendaText(agenda, translate, { locale: lng });
  const empty = isAgendaEmpty(agenda);
  const sections = layoutVisitAgenda(agenda, translate, { compact, locale: lng });

  return (
    <HeadingLevelProvider defaultLevel={3}>
      <article
        className={['sdm-ClinicianAgenda', className].filter(Boolean).join(' ')}
        aria-labelledby={headingId}
        data-compact={compact || undefined}
      >
        <Heading id={headingId} className="sdm-ClinicianAgenda__title" data-step-heading="">
          {t('agenda.title')}
        </Heading>
        <p className="sdm-ClinicianAgenda__visit" {...cl}>
          {agenda.title}
        </p>
        {empty ? <p className="sdm-ClinicianAgenda__empty">{t('agenda.empty')}</p> : null}

        {sections.length === 0 ? null : (
          // The parts sit one level below the title, their small headings (timeline, medicine changes…) below them.
          <HeadingLevelProvider>
            <div className="sdm-ClinicianAgenda__parts">
              {sections.map((section) => (
                <section
                  key={`${section.part} ${section.id ?? ''}`}
                  className="sdm-ClinicianAgenda__part"
                  data-part={section.part}
                  data-addition={section.id}
                >
                  <Heading className="sdm-ClinicianAgenda__partTitle">{section.heading}</Heading>
                  <HeadingLevelProvider>{section.blocks.map(blockNode)}</HeadingLevelProvider>
                </section>
              ))}
            </div>
          </HeadingLevelProvider>
        )}

        {showActions ? (
          <div className="sdm-ClinicianAgenda__actions">
            <Button onClick={() => globalThis.print?.()}>{t('agenda.print')}</Button>
            <Button onClick={() => void copyToClipboard(text)}>{t('agenda.copy')}</Button>
            <p className="sdm-ClinicianAgenda__status" role="status">
              {copy && t(`agenda.${copy}`)}
            </p>
            {copy === 'copyFailed' ? (
              <div className="sdm-ClinicianAgenda__text">
                <label htmlFor={textId}>{t('agenda.plainText')}</label>
                <textarea id={textId} readOnly value={text} rows={10} dir="auto" />
              </div>
            ) : null}
          </div>
        ) : null}
      </article>
    </HeadingLevelProvider>
  );
}
