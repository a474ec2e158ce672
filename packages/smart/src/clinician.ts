import type { FhirParseResult } from '@sdmkit/fhir';
import type { QuestionnaireResponse, Reference } from 'fhir/r4';
import { type SmartClientLike, send } from './client.js';
import { SmartError } from './errors.js';
import type { SdmForm } from './forms.js';
import { checkId, checkStoredResponse, searchResponses, versionOf } from './resources.js';
import { documentReference, type SubmitDocument } from './submit.js';

/** One of the patient's responses to a form's questionnaire (any version), as the clinician's screen opens it. */
export interface PatientResponse<Input> {
  /** The server's id and version, for writing back with `If-Match`; absent when the resource has none. */
  readonly id: string | undefined;
  readonly versionId: string | undefined;
  readonly status: QuestionnaireResponse['status'] | undefined;
  readonly authored: string | undefined;
  /** The questionnaire it answers, `url|version` as the response names it. */
  readonly questionnaire: string | undefined;
  /**
   * The response read back: `ok` with the input, or the issues with their paths and, where some could be read,
   * `partial` (a response to another version of the questionnaire is read by linkId). Show `partial` as "what could
   * be read", next to the issues; never drop a response silently.
   */
  readonly read: FhirParseResult<Input>;
}

/** Options for `findResponses`: the form, the patient, and which responses. */
export interface FindResponsesOptions<Input> {
  readonly form: SdmForm<Input>;
  /** The patient's id. */
  readonly patient: string;
  /** Only responses for this encounter, when known. */
  readonly encounter?: Reference | undefined;
  /** Only responses authored on or after this date (FHIR date or dateTime), e.g. the last few weeks. */
  readonly since?: string | undefined;
  /** Most responses read (default 20, newest first). */
  readonly count?: number | undefined;
}

/**
 * Finds the patient's `in-progress` and `completed` responses to the form's questionnaire, newest first, in any
 * version of it, and reads each back with the form. A response that cannot be read whole is given with its issues
 * and what could be read; the server's answer itself is checked and a malformed search is a `SmartError`.
 * SMART scopes: `patient/QuestionnaireResponse.rs` (or `user/…` for a clinician's EHR launch).
 */
export async function findResponses<Input>(
  client: SmartClientLike,
  options: FindResponsesOptions<Input>,
): Promise<PatientResponse<Input>[]> {
  const { form } = options;
  checkId(options.patient, 'findResponses');
  const q = new URLSearchParams({
    subject: `Patient/${options.patient}`,
    status: 'in-progress,completed',
    _sort: '-authored',
    _count: String(options.count ?? 20),
  });
  if (options.encounter?.reference) q.set('encounter', options.encounter.reference);
  if (options.since) q.set('authored', `ge${options.since}`);
  const answer = await send(client, 'Finding responses', { url: `QuestionnaireResponse?${q}`, method: 'GET' });
  const url = form.questionnaire.url;
  return searchResponses(answer.body, 'Finding responses')
    .filter((r) => {
      const named = (r as { questionnaire?: unknown }).questionnaire;
      return typeof named === 'string' && named.split('|')[0] === url;
    })
    .map((resource) => {
      let stored: QuestionnaireResponse | undefined;
      try {
        stored = checkStoredResponse(resource, 'Finding responses');
      } catch {
        stored = undefined;
      }
      const raw = resource as QuestionnaireResponse;
      return {
        id: stored?.id,
        versionId: stored?.meta?.versionId,
        status: stored?.status,
        authored: typeof raw.authored === 'string' ? raw.authored : undefined,
        questionnaire: typeof raw.questionnaire === 'string' ? raw.questionnaire : undefined,
        read: form.read(resource),
      };
    });
}

/** Options for `saveResponse`: the response read, the input to store, and who it is about. */
export interface SaveResponseOptions<Input> {
  readonly form: SdmForm<Input>;
  /** The response being updated, as `findResponses` gave it: its id and the version it was read at. */
  readonly response: { readonly id: string; readonly versionId: string };
  /** The input to store: e.g. the question list with the answers noted in the visit. */
  readonly input: Input;
  readonly status: 'in-progress' | 'completed';
  readonly subject: Reference;
  /** Who recorded it: the patient's author stays the patient's; pass the clinician for notes taken in the visit. */
  readonly author?: Reference | undefined;
  readonly encounter?: Reference | undefined;
  /** Clock for `authored` (tests). */
  readonly now?: (() => Date) | undefined;
}

/**
 * Writes the response back as an update of the same resource, with `If-Match` on the version it was read at.
 * Resolves with the new version. When someone else (the patient, another clinician) changed it meanwhile, the
 * server answers 412 and this throws a `SmartError` `conflict`: read it again with `findResponses`, bring the two
 * together with the patient, and save again. Nothing is written over a change not seen.
 */
export async function saveResponse<Input>(
  client: SmartClientLike,
  options: SaveResponseOptions<Input>,
): Promise<{ readonly id: string; readonly versionId: string }> {
  const { form, response } = options;
  const resource = {
    ...form.response(options.input, {
      status: options.status,
      subject: options.subject,
      author: options.author,
      encounter: options.encounter,
      authored: (options.now?.() ?? new Date()).toISOString(),
    }),
    id: response.id,
  };
  const answer = await send(client, 'Saving the response', {
    url: `QuestionnaireResponse/${response.id}`,
    method: 'PUT',
    body: JSON.stringify(resource),
    headers: { 'if-match': `W/"${response.versionId}"` },
  });
  const saved = checkStoredResponse(answer.body, 'Saving the response');
  const versionId = versionOf(saved, answer.versionId, 'Saving the response');
  return { id: saved.id, versionId };
}

/** Options for `documentDecision`: who and what the note is about, and its text. */
export interface DocumentDecisionOptions {
  readonly subject: Reference;
  readonly encounter?: Reference | undefined;
  /** Who wrote the note (the clinician), and who took part, as the record names them. */
  readonly author?: Reference | undefined;
  readonly document: SubmitDocument;
  /** The responses the note is about (`QuestionnaireResponse/<id>`). */
  readonly related?: readonly Reference[] | undefined;
  /** Clock for the note's date (tests). */
  readonly now?: (() => Date) | undefined;
}

/**
 * Stores a `DocumentReference` with the note of the shared decision as `text/plain` (the decision made or "not
 * decided yet" with the next step, who took part, the patient's values and questions with their answers), linked
 * to the encounter and the responses. Resolves with its id.
 */
export async function documentDecision(
  client: SmartClientLike,
  options: DocumentDecisionOptions,
): Promise<{ readonly id: string }> {
  const note = documentReference({
    subject: options.subject,
    encounter: options.encounter,
    author: options.author,
    document: options.document,
    related: options.related ?? [],
    now: (options.now?.() ?? new Date()).toISOString(),
  });
  const answer = await send(client, 'Storing the note', {
    url: 'DocumentReference',
    method: 'POST',
    body: JSON.stringify(note),
  });
  const id = (answer.body as { resourceType?: unknown; id?: unknown } | undefined)?.id;
  if ((answer.body as { resourceType?: unknown })?.resourceType !== 'DocumentReference' || typeof id !== 'string')
    throw new SmartError('invalid_resource', 'Storing the note: the FHIR server sent back something unexpected', {
      path: 'DocumentReference.id',
    });
  return { id };
}
