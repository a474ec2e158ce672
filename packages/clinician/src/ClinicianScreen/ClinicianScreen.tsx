import {
  type DecisionAidDocument,
  type DecisionAidInput,
  decisionAidHandoff,
  type PromptList,
  parseDecisionAidInput,
  parseQuestionListInput,
  type QuestionListInput,
  questionListHandoff,
  type VisitPrepTemplate,
  visitFlags,
} from '@sdmkit/core';
import { DecisionAid, decisionAidBundle } from '@sdmkit/decision-aid';
import { type DecisionAidVisit, type DecisionAidWithVisit, emptyDecisionAidVisit, type FhirIssue } from '@sdmkit/fhir';
import { useControllableState, useSdmTranslation } from '@sdmkit/hooks';
import { QuestionList } from '@sdmkit/question-list';
import {
  decisionAidVisitForm,
  documentDecision,
  type PatientResponse,
  questionListForm,
  type SmartClientLike,
  saveResponse,
  visitPrepForm,
} from '@sdmkit/smart';
import {
  Button,
  type CommonWidgetProps,
  Heading,
  HeadingLevelProvider,
  pickCommonWidgetProps,
  WidgetShell,
} from '@sdmkit/ui';
import { VisitPrep } from '@sdmkit/visit-prep';
import type { Reference } from 'fhir/r4';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CLINICIAN_NAMESPACE, clinicianBundle } from '../i18n/resources.js';
import { handoffText } from './handoff-text.js';
import {
  type ClinicianForms,
  openPatientPreparation,
  type PatientPreparation,
  readableInput,
  withNotesInHand,
} from './open.js';
import { PatientAnswers } from './PatientAnswers.js';
import { participantsFrom, VisitDecision, visitNoteLines } from './VisitDecision.js';

/** Props of `ClinicianScreen`: the connection, the patient and visit, the widgets' content, and the host's hooks. */
export interface ClinicianScreenProps extends CommonWidgetProps {
  /** A SMART client: `await FHIR.oauth2.ready()` after an EHR launch, or any `SmartClientLike`. */
  readonly client: SmartClientLike;
  /** The patient's id on the server (`client.patient.id` after an EHR launch). */
  readonly patient: string;
  /** The encounter's id, when the launch gave one: only this visit's responses are opened, and notes link to it. */
  readonly encounter?: string | undefined;
  /** Only responses authored on or after this date (FHIR date or dateTime). */
  readonly since?: string | undefined;
  /** The base of the Questionnaires' canonical URLs, as the patient's portal made them. */
  readonly canonicalBase: string;
  /** The visit-prep template the patient filled in (leave out a widget the patient does not use). */
  readonly visitPrep?: VisitPrepTemplate | undefined;
  /** The decision aid the patient worked through. */
  readonly decisionAid?: DecisionAidDocument | undefined;
  /** The question prompt list the patient picked questions from. */
  readonly questionList?: PromptList | undefined;
  /** The clinician, as the record names them (`Practitioner/…`): the author of what is written back. */
  readonly author?: Reference | undefined;
  /** The question list with the answers noted in the visit (controlled); `undefined` leaves it to the screen. */
  readonly questions?: QuestionListInput | undefined;
  /** Told of every change to the noted answers, controlled or not, and when a response is opened. */
  readonly onQuestionsChange?: ((questions: QuestionListInput) => void) | undefined;
  /**
   * What the visit records in the decision aid's response: the decision, the next step, who took part (controlled);
   * `undefined` leaves it to the screen, which starts from what the response holds.
   */
  readonly visit?: DecisionAidVisit | undefined;
  /** Told of every change to what the visit records, controlled or not, and when a response is opened. */
  readonly onVisitChange?: ((visit: DecisionAidVisit) => void) | undefined;
  /** Told when the patient's responses were opened (again), with what was read. */
  readonly onOpen?: ((preparation: PatientPreparation) => void) | undefined;
  /** Told when something could not be read or written (a `SmartError`): for the host's own error reporting. */
  readonly onError?: ((error: unknown) => void) | undefined;
  /** Today's date for the agenda's dates (default: now). For tests and demos. */
  readonly today?: Date | undefined;
}

/** Where opening stands; a screen opened before keeps showing what it read while it opens again. */
interface Loading {
  readonly status: 'loading' | 'failed' | 'ready';
  readonly preparation?: PatientPreparation | undefined;
}

/**
 * The clinician's screen over the patient's record: finds the patient's latest responses (`findResponses`) and
 * opens the 30-second agenda first, the decision aid in encounter mode and the question list in visit mode, with
 * what the widgets hand on to each other on the agenda. A response that could only be partly read is shown with
 * what could be read and its typed issues. The answers noted in the visit are saved as an update of the same
 * response with a version check; a change made meanwhile elsewhere is shown as a conflict, never written over.
 */
export function ClinicianScreen(props: ClinicianScreenProps) {
  const parsed = useMemo(() => ({ ok: true as const, value: props, issues: [] as [] }), [props]);
  return (
    <WidgetShell
      widgetClass="sdm-ClinicianScreen"
      bundles={[clinicianBundle, decisionAidBundle]}
      parsed={parsed}
      {...pickCommonWidgetProps(props)}
    >
      {() => <ClinicianBody {...props} />}
    </WidgetShell>
  );
}

function ClinicianBody(props: ClinicianScreenProps) {
  const { client, patient, encounter, since, canonicalBase, visitPrep, decisionAid, questionList, onOpen, onError } =
    props;
  const { t } = useSdmTranslation(CLINICIAN_NAMESPACE);
  const common = pickCommonWidgetProps(props);
  const widgetProps = { ...common, className: undefined, onContentError: undefined };
  const forms: ClinicianForms = useMemo(
    () => ({
      visitPrep: visitPrep ? visitPrepForm(visitPrep, { canonicalBase }) : undefined,
      decisionAid: decisionAid ? decisionAidVisitForm(decisionAid, { canonicalBase }) : undefined,
      questionList: questionList ? questionListForm(questionList, { canonicalBase }) : undefined,
    }),
    [visitPrep, decisionAid, questionList, canonicalBase],
  );
  const encounterRef = useMemo(() => (encounter ? { reference: `Encounter/${encounter}` } : undefined), [encounter]);
  const subject = useMemo(() => ({ reference: `Patient/${patient}` }), [patient]);
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  const [questions, setQuestions] = useControllableState<QuestionListInput | undefined>({
    value: props.questions,
    defaultValue: undefined,
    onChange: (next) => {
      if (next) props.onQuestionsChange?.(next);
    },
    name: 'ClinicianScreen `questions`',
  });
  const [said, setSaid] = useState<'saving' | 'saved' | 'conflict' | 'merged' | 'failed' | 'recorded' | null>(null);
  // The decision aid as it is on the shared screen, and what the visit records, both saved in its response.
  const [decisionNow, setDecisionNow] = useState<DecisionAidInput | undefined>(undefined);
  const [visitState, setVisit] = useControllableState<DecisionAidVisit | undefined>({
    value: props.visit,
    defaultValue: undefined,
    onChange: (next) => {
      if (next) props.onVisitChange?.(next);
    },
    name: 'ClinicianScreen `visit`',
  });
  const visit = visitState ?? emptyDecisionAidVisit();
  // Who took part as typed (one per line); follows the visit when the host changes it.
  const [participants, setParticipants] = useState('');
  useEffect(() => {
    setParticipants((typed) =>
      participantsFrom(typed).join('\n') === visit.participants.join('\n') ? typed : visit.participants.join('\n'),
    );
  }, [visit.participants]);

  // What is in hand now, for bringing it together with the server's copy after a conflict.
  const inHand = useRef<{
    questions?: QuestionListInput;
    decision?: DecisionAidWithVisit;
    opened?: PatientPreparation;
  }>({});
  const open = useCallback(
    (live: () => boolean = () => true, mergeInHand = false) => {
      setLoading((before) => ({ status: 'loading', preparation: before.preparation }));
      openPatientPreparation(client, { forms, patient, encounter: encounterRef, since }).then(
        (preparation) => {
          if (!live()) return;
          const { opened, questions: mine, decision: mineDecision } = inHand.current;
          // After a conflict: the server's copy with what was noted here since it was opened (answer by answer).
          const merged = <I,>(
            base: I | undefined,
            own: I | undefined,
            theirs: I | undefined,
            parse: (raw: unknown) => { ok: boolean; value?: I },
          ) => (mergeInHand ? withNotesInHand(base, own, theirs, parse) : theirs);
          setLoading({ status: 'ready', preparation });
          const noted = merged(
            readableInput(opened?.questionList),
            mine,
            readableInput(preparation.questionList),
            (raw) => (questionList ? parseQuestionListInput(raw, questionList) : { ok: false }),
          );
          if (noted) setQuestions(noted);
          const decided = merged(
            readableInput(opened?.decisionAid),
            mineDecision,
            readableInput(preparation.decisionAid),
            (raw) => {
              const value = raw as DecisionAidWithVisit;
              const input = decisionAid ? parseDecisionAidInput(value.input, decisionAid) : { ok: false as const };
              return input.ok ? { ok: true, value: { input: input.value, visit: value.visit } } : { ok: false };
            },
          );
          setDecisionNow(decided?.input);
          setVisit(decided?.visit ?? emptyDecisionAidVisit());
          if (mergeInHand) setSaid('merged');
          onOpen?.(preparation);
        },
        (error: unknown) => {
          if (!live()) return;
          setLoading((before) => ({ status: 'failed', preparation: before.preparation }));
          onError?.(error);
        },
      );
    },
    [client, forms, patient, encounterRef, since, questionList, decisionAid, setQuestions, setVisit, onOpen, onError],
  );
  useEffect(() => {
    let live = true;
    open(() => live);
    return () => {
      live = false;
    };
  }, [open]);

  const preparation = loading.preparation;
  const visitInput = readableInput(preparation?.visitPrep);
  const decisionInput = decisionNow ?? readableInput(preparation?.decisionAid)?.input;
  const listInput = questions ?? readableInput(preparation?.questionList);
  useEffect(() => {
    inHand.current = {
      opened: preparation,
      questions: listInput,
      decision: decisionInput ? { input: decisionInput, visit } : undefined,
    };
  });
  const text = useMemo(() => handoffText(t), [t]);
  const additions = useMemo(() => {
    // What to raise first (unanswered top-3 questions, SURE "no"), then what the widgets hand on.
    const flags = visitFlags(
      {
        decisionAid: decisionAid && decisionInput ? { doc: decisionAid, input: decisionInput } : undefined,
        questionList: questionList && listInput ? { list: questionList, input: listInput } : undefined,
      },
      {
        heading: t('flags.heading'),
        unansweredTop: (question) => t('flags.unansweredTop', { question }),
        sureNo: (name) => t('flags.sureNo', { name }),
        sureNames: text.decisionAid.sureNames,
      },
    );
    const fromDecision =
      decisionAid && decisionInput ? decisionAidHandoff(decisionAid, decisionInput, text.decisionAid).addition : null;
    const fromList = questionList && listInput ? questionListHandoff(questionList, listInput, text.questionList) : null;
    return [flags, fromDecision, fromList].filter((a) => a !== null);
  }, [decisionAid, decisionInput, questionList, listInput, text, t]);

  /** Writes with `If-Match` on the version opened, then opens the responses again at the new versions. */
  const write = async (store: () => Promise<unknown>) => {
    setSaid('saving');
    try {
      await store();
      setSaid('saved');
      open();
    } catch (error) {
      setSaid((error as { code?: unknown }).code === 'conflict' ? 'conflict' : 'failed');
      onError?.(error);
    }
  };
  const save = () => {
    const response = preparation?.questionList;
    const form = forms.questionList;
    if (!form || !response?.id || !response.versionId || !listInput) return;
    const version = { id: response.id, versionId: response.versionId };
    void write(() =>
      saveResponse(client, {
        form,
        response: version,
        input: listInput,
        status: 'completed',
        subject,
        author: props.author,
        encounter: encounterRef,
      }),
    );
  };
  const saveDecision = () => {
    const response = preparation?.decisionAid;
    const form = forms.decisionAid;
    if (!form || !response?.id || !response.versionId || !decisionInput) return;
    const version = { id: response.id, versionId: response.versionId };
    void write(() =>
      saveResponse(client, {
        form,
        response: version,
        input: { input: decisionInput, visit },
        status: response.status === 'in-progress' ? 'in-progress' : 'completed',
        subject,
        author: props.author,
        encounter: encounterRef,
      }),
    );
  };
  const record = async () => {
    if (!preparation) return;
    const decided = decisionAid ? visitNoteLines(decisionAid, visit, t) : [];
    const lines = [...decided, ...additions.flatMap((a) => [a.heading, ...a.items])];
    try {
      await documentDecision(client, {
        subject,
        encounter: encounterRef,
        author: props.author,
        document: { text: lines.join('\n'), title: t('write.noteTitle'), language: common.locale },
        related: [preparation.visitPrep, preparation.decisionAid, preparation.questionList].flatMap((r) =>
          r?.id ? [{ reference: `QuestionnaireResponse/${r.id}` }] : [],
        ),
      });
      setSaid('recorded');
    } catch (error) {
      setSaid('failed');
      onError?.(error);
    }
  };

  const found = [preparation?.visitPrep, preparation?.decisionAid, preparation?.questionList].some((r) => r);
  return (
    <div className="sdm-ClinicianScreen__body">
      <Heading className="sdm-ClinicianScreen__title">{t('title')}</Heading>
      <p className="sdm-ClinicianScreen__status" role="status">
        {loading.status === 'loading' ? t('loading') : said ? t(`write.${said}`) : ''}
      </p>
      {said === 'conflict' && loading.status !== 'loading' ? (
        <div className="sdm-ClinicianScreen__actions">
          <Button onClick={() => open(undefined, true)}>{t('write.reopen')}</Button>
        </div>
      ) : null}
      {loading.status === 'failed' ? (
        <div className="sdm-ClinicianScreen__error" role="alert">
          <p>{t('error')}</p>
          <Button onClick={() => open()}>{t('retry')}</Button>
        </div>
      ) : null}
      {preparation && !found ? <p className="sdm-ClinicianScreen__empty">{t('empty')}</p> : null}
      {preparation && found ? (
        <HeadingLevelProvider>
          {visitPrep ? (
            <section className="sdm-ClinicianScreen__part" aria-label={t('sections.agenda')}>
              <Partial response={preparation.visitPrep} />
              {visitInput ? (
                <VisitPrep
                  key={`visit-${preparation.visitPrep?.versionId}`}
                  {...widgetProps}
                  content={visitPrep}
                  defaultValue={{ ...visitInput, step: 'agenda' }}
                  agendaAdditions={additions}
                  compactAgenda
                  today={props.today}
                />
              ) : (
                <p className="sdm-ClinicianScreen__empty">{t('missing.visitPrep')}</p>
              )}
            </section>
          ) : null}
          {decisionAid ? (
            <section className="sdm-ClinicianScreen__part" aria-label={t('sections.decision')}>
              <Partial response={preparation.decisionAid} />
              {decisionInput ? <PatientAnswers doc={decisionAid} input={decisionInput} /> : null}
              {decisionInput ? (
                <>
                  <DecisionAid
                    key={`decision-${preparation.decisionAid?.versionId}`}
                    {...widgetProps}
                    content={decisionAid}
                    defaultValue={decisionInput}
                    onValueChange={setDecisionNow}
                    mode="encounter"
                  />
                  <VisitDecision
                    doc={decisionAid}
                    visit={visit}
                    participants={participants}
                    onVisitChange={setVisit}
                    onParticipantsChange={setParticipants}
                    onSave={preparation.decisionAid?.read.ok ? saveDecision : null}
                    saving={said === 'saving'}
                  />
                </>
              ) : (
                <p className="sdm-ClinicianScreen__empty">{t('missing.decisionAid')}</p>
              )}
            </section>
          ) : null}
          {questionList ? (
            <section className="sdm-ClinicianScreen__part" aria-label={t('sections.questions')}>
              <Partial response={preparation.questionList} />
              {listInput ? (
                <>
                  <QuestionList
                    key={`questions-${preparation.questionList?.versionId}`}
                    {...widgetProps}
                    content={questionList}
                    value={listInput}
                    onValueChange={setQuestions}
                    defaultMode="visit"
                  />
                  <div className="sdm-ClinicianScreen__actions">
                    {preparation.questionList?.read.ok ? (
                      <Button variant="primary" onClick={save} disabled={said === 'saving'}>
                        {t('write.save')}
                      </Button>
                    ) : (
                      <p>{t('partial.noSave')}</p>
                    )}
                  </div>
                </>
              ) : (
                <p className="sdm-ClinicianScreen__empty">{t('missing.questionList')}</p>
              )}
            </section>
          ) : null}
          <div className="sdm-ClinicianScreen__actions">
            <Button onClick={() => void record()}>{t('write.record')}</Button>
          </div>
        </HeadingLevelProvider>
      ) : null}
    </div>
  );
}

/** A response read only in part: says so and lists its typed issues (problem and path, never the answers). */
function Partial({ response }: { response: PatientResponse<unknown> | undefined }) {
  const { t } = useSdmTranslation(CLINICIAN_NAMESPACE);
  if (!response || response.read.ok) return null;
  const issues: readonly FhirIssue[] = response.read.issues;
  return (
    <div className="sdm-ClinicianScreen__partial">
      <Heading className="sdm-ClinicianScreen__partialTitle">{t('partial.heading')}</Heading>
      <p>{response.read.partial ? t('partial.intro') : t('partial.none')}</p>
      <ul>
        {issues.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues are a fixed list read once.
          <li key={i} data-code={issue.code}>
            {t('partial.issue', { problem: t(`partial.codes.${issue.code}`), path: issue.path })}
          </li>
        ))}
      </ul>
    </div>
  );
}
