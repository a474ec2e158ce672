import {
  type AgendaAddition,
  type AgendaText,
  type ContentIssue,
  formatAgendaMedicine,
  formatVisitAgendaText,
  isAgendaEmpty,
} from '@sdmkit/core';
import { useVisitAgenda } from '@sdmkit/hooks';
import { Button } from '@sdmkit/ui';
import { type ReactNode, useId, useState } from 'react';
import { useCheckedAdditions } from '../internal/additions.js';
import { useTranslate, useVpContentLang, useVpT } from '../internal/i18n.js';

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

function Pair({ label, children }: { label: string; children: ReactNode }) {
  if (children === '' || children === null || children === undefined) return null;
  return (
    <div className="sdm-ClinicianAgenda__pair">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * One screen for the clinician: top concerns first, the symptom timeline, medicine changes, what matters and
 * the top three questions. Prints on its own and copies as plain text.
 */
export function ClinicianAgenda({
  compact = false,
  showActions = true,
  className,
  additions,
  onAdditionsError,
}: ClinicianAgendaProps) {
  const { t } = useVpT();
  const cl = useVpContentLang();
  const translate = useTranslate();
  const agenda = useVisitAgenda(useCheckedAdditions(additions, onAdditionsError));
  const headingId = useId();
  const textId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = formatVisitAgendaText(agenda, translate);
  const flag = (x: AgendaText) =>
    x.overLimit ? <span className="sdm-ClinicianAgenda__flag"> ({t('agenda.overLimit')})</span> : null;
  const empty = isAgendaEmpty(agenda);

  const copyText = async () => {
    try {
      if (!globalThis.navigator?.clipboard) throw new Error('no clipboard');
      await globalThis.navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const s = agenda.symptoms;
  const hasMedicines =
    agenda.medicines.length > 0 ||
    agenda.supplements.length > 0 ||
    agenda.allergies.length > 0 ||
    agenda.noMedicines ||
    agenda.noAllergies;

  return (
    <article
      className={['sdm-ClinicianAgenda', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-compact={compact || undefined}
    >
      <h3 id={headingId} className="sdm-ClinicianAgenda__title" tabIndex={-1} data-step-heading="">
        {t('agenda.title')}
      </h3>
      <p className="sdm-ClinicianAgenda__visit" {...cl}>
        {agenda.title}
      </p>
      {empty ? <p className="sdm-ClinicianAgenda__empty">{t('agenda.empty')}</p> : null}

      {agenda.reason || agenda.topConcerns.length > 0 ? (
        <section className="sdm-ClinicianAgenda__part" data-part="concerns">
          <h4>{t('agenda.concerns')}</h4>
          {agenda.reason ? (
            <p className="sdm-ClinicianAgenda__reason">
              <strong>{t('agenda.reason')}:</strong> {agenda.reason.text}
              {flag(agenda.reason)}
            </p>
          ) : null}
          {agenda.topConcerns.length > 0 ? (
            <ol className="sdm-ClinicianAgenda__concerns">
              {agenda.topConcerns.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the agenda is derived; order is the identity.
                <li key={i}>
                  {c.text}
                  {flag(c)}
                </li>
              ))}
            </ol>
          ) : null}
          {agenda.otherConcerns.length > 0 ? (
            compact ? (
              <p>{t('agenda.otherConcerns', { count: agenda.otherConcerns.length })}</p>
            ) : (
              <>
                <p>{t('agenda.otherConcerns', { count: agenda.otherConcerns.length })}:</p>
                <ul>
                  {agenda.otherConcerns.map((c, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: derived list.
                    <li key={i}>
                      {c.text}
                      {flag(c)}
                    </li>
                  ))}
                </ul>
              </>
            )
          ) : null}
        </section>
      ) : null}

      {s ? (
        <section className="sdm-ClinicianAgenda__part" data-part="symptoms">
          <h4>{t('agenda.symptoms')}</h4>
          <dl className="sdm-ClinicianAgenda__pairs">
            <Pair label={t('agenda.what')}>{s.what}</Pair>
            <Pair label={t('agenda.where')}>{[s.where, ...s.bodyAreas].filter(Boolean).join(', ')}</Pair>
            <Pair label={t('agenda.onset')}>{s.onset}</Pair>
            <Pair label={t('agenda.severity')}>{s.severity ? t(`severity.${s.severity}`) : ''}</Pair>
            {compact ? null : (
              <>
                <Pair label={t('agenda.better')}>{s.better}</Pair>
                <Pair label={t('agenda.worse')}>{s.worse}</Pair>
                <Pair label={t('agenda.tried')}>{s.tried}</Pair>
              </>
            )}
          </dl>
          {s.timeline.length > 0 ? (
            <>
              <h5 className="sdm-ClinicianAgenda__minor">{t('agenda.timeline')}</h5>
              <ol className="sdm-ClinicianAgenda__timeline">
                {s.timeline.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: derived list.
                  <li key={i}>
                    <span className="sdm-ClinicianAgenda__date">{e.date || t('symptoms.noDate')}</span>
                    {e.note ? `: ${e.note}` : ''}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
      ) : null}

      {hasMedicines ? (
        <section className="sdm-ClinicianAgenda__part" data-part="medicines">
          <h4>{t('agenda.medicines')}</h4>
          {agenda.medicineChanges.length > 0 ? (
            <div className="sdm-ClinicianAgenda__changes">
              <h5 className="sdm-ClinicianAgenda__minor">{t('agenda.medicineChanges')}</h5>
              <ul>
                {agenda.medicineChanges.map((m, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: derived list.
                  <li key={i}>{formatAgendaMedicine(m, translate)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {agenda.noMedicines ? <p>{t('agenda.noMedicines')}</p> : null}
          {!compact && agenda.medicines.length > 0 ? (
            <ul className="sdm-ClinicianAgenda__medicines">
              {agenda.medicines.map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: derived list.
                <li key={i}>{formatAgendaMedicine(m, translate)}</li>
              ))}
            </ul>
          ) : null}
          {!compact && agenda.supplements.length > 0 ? (
            <>
              <h5 className="sdm-ClinicianAgenda__minor">{t('agenda.supplements')}</h5>
              <ul>
                {agenda.supplements.map((m, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: derived list.
                  <li key={i}>{formatAgendaMedicine(m, translate)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {agenda.noAllergies ? <p>{t('agenda.noAllergies')}</p> : null}
          {agenda.allergies.length > 0 ? (
            <>
              <h5 className="sdm-ClinicianAgenda__minor">{t('agenda.allergies')}</h5>
              <ul>
                {agenda.allergies.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: derived list.
                  <li key={i}>
                    {a.substance}
                    {a.reaction ? ` (${a.reaction})` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {agenda.whatMatters ? (
        <section className="sdm-ClinicianAgenda__part" data-part="what-matters">
          <h4>{t('agenda.whatMatters')}</h4>
          <dl className="sdm-ClinicianAgenda__pairs">
            <Pair label={t('agenda.goals')}>{agenda.whatMatters.goals}</Pair>
            <Pair label={t('agenda.worries')}>{agenda.whatMatters.worries}</Pair>
          </dl>
        </section>
      ) : null}

      {agenda.topQuestions.length > 0 ? (
        <section className="sdm-ClinicianAgenda__part" data-part="questions">
          <h4>{t('agenda.questions')}</h4>
          <ol>
            {agenda.topQuestions.map((q, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: derived list.
              <li key={i}>{q}</li>
            ))}
          </ol>
          {agenda.otherQuestions.length > 0 ? (
            <p>{t('agenda.otherQuestions', { count: agenda.otherQuestions.length })}</p>
          ) : null}
        </section>
      ) : null}

      {agenda.additions.map((x) => (
        <section key={x.id} className="sdm-ClinicianAgenda__part" data-part="addition" data-addition={x.id}>
          <h4>{x.heading}</h4>
          <ul>
            {x.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: host lines; order is the identity.
              <li key={i}>{item}</li>
            ))}
          </ul>
        </section>
      ))}

      {agenda.practical ? (
        <section className="sdm-ClinicianAgenda__part" data-part="practical">
          <h4>{t('agenda.practical')}</h4>
          {agenda.practical.interpreter ? (
            <p>
              {agenda.practical.interpreterLanguage
                ? t('agenda.interpreterIn', { language: agenda.practical.interpreterLanguage })
                : t('agenda.interpreter')}
            </p>
          ) : null}
          <dl className="sdm-ClinicianAgenda__pairs">
            <Pair label={t('agenda.accessibility')}>{agenda.practical.accessibility}</Pair>
            <Pair label={t('agenda.companion')}>{agenda.practical.companion}</Pair>
            <Pair label={t('agenda.time')}>{agenda.practical.time}</Pair>
          </dl>
        </section>
      ) : null}

      {!compact && agenda.after ? (
        <section className="sdm-ClinicianAgenda__part" data-part="after-visit">
          <h4>{t('agenda.after')}</h4>
          <dl className="sdm-ClinicianAgenda__pairs">
            <Pair label={t('agenda.nextSteps')}>{agenda.after.nextSteps}</Pair>
            <Pair label={t('agenda.tests')}>{agenda.after.tests}</Pair>
            <Pair label={t('agenda.results')}>{agenda.after.results}</Pair>
            <Pair label={t('agenda.followUpDate')}>{agenda.after.followUpDate}</Pair>
            <Pair label={t('agenda.watchFor')}>{agenda.after.watchFor}</Pair>
          </dl>
        </section>
      ) : null}

      {showActions ? (
        <div className="sdm-ClinicianAgenda__actions">
          <Button onClick={() => globalThis.print?.()}>{t('agenda.print')}</Button>
          <Button onClick={() => void copyText()}>{t('agenda.copy')}</Button>
          <p className="sdm-ClinicianAgenda__status" role="status">
            {copy === 'copied' ? t('agenda.copied') : copy === 'failed' ? t('agenda.copyFailed') : ''}
          </p>
          {copy === 'failed' ? (
            <div className="sdm-ClinicianAgenda__text">
              <label htmlFor={textId}>{t('agenda.plainText')}</label>
              <textarea id={textId} readOnly value={text} rows={10} dir="auto" />
            </div>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
