import type { Bundle, BundleEntry, CodeableConcept, DocumentReference, Reference } from 'fhir/r4';
import { type SmartClientLike, send } from './client.js';
import type { ServerDrafts } from './drafts.js';
import { SmartError } from './errors.js';
import type { SdmForm } from './forms.js';
import { checkTransactionResponse, parseLocation } from './resources.js';

/** The plain-text note sent with the answers (`DocumentReference`). */
export interface SubmitDocument {
  /**
   * The text, exactly as the patient and clinician read it: the widget's copied summary or agenda (e.g.
   * `buildDecisionAidSummary`, the visit-prep agenda's copy text). Sent as `text/plain`: nothing in it is markup.
   */
  readonly text: string;
  /** A short title, e.g. "Visit preparation" (the document's `description` and the attachment's `title`). */
  readonly title: string;
  /** The document type the host's record expects (e.g. a LOINC document code); left out when not given. */
  readonly type?: CodeableConcept | undefined;
  /** The language of the text (BCP 47), e.g. the widget's locale. */
  readonly language?: string | undefined;
}

/** Options for `submitResponse`: the connection, the form and finished input, who it is about, and the note. */
export interface SubmitOptions<Input> {
  readonly client: SmartClientLike;
  readonly form: SdmForm<Input>;
  /** The finished input (the widget's `onComplete` result). */
  readonly input: Input;
  readonly subject: Reference;
  readonly author?: Reference | undefined;
  readonly encounter?: Reference | undefined;
  readonly document: SubmitDocument;
  /** The draft kept on the server: it becomes the completed response (updated with `If-Match`), then is forgotten. */
  readonly drafts?: ServerDrafts | undefined;
  /** Clock for `authored` and the document's date (tests). */
  readonly now?: (() => Date) | undefined;
}

/** Where the server stored the completed response and the note. */
export interface SubmitResult {
  readonly response: { readonly id: string; readonly versionId?: string | undefined };
  readonly document: { readonly id: string };
}

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return btoa(binary);
}

/** A `DocumentReference` with `document` as one `text/plain` attachment (base64 of its UTF-8 text). */
export function documentReference(options: {
  readonly subject: Reference;
  readonly encounter?: Reference | undefined;
  readonly author?: Reference | undefined;
  readonly document: SubmitDocument;
  readonly related: readonly Reference[];
  /** FHIR dateTime for `date` and the attachment's `creation`. */
  readonly now: string;
}): DocumentReference {
  const { subject, encounter, author, document, related, now } = options;
  if (document.text.trim() === '') throw new TypeError('The document text is empty');
  return {
    resourceType: 'DocumentReference',
    status: 'current',
    docStatus: 'final',
    ...(document.type ? { type: document.type } : {}),
    subject,
    date: now,
    ...(author ? { author: [author] } : {}),
    description: document.title,
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          ...(document.language ? { language: document.language } : {}),
          data: base64Utf8(document.text),
          title: document.title,
          creation: now,
        },
      },
    ],
    ...(encounter || related.length > 0
      ? {
          context: {
            ...(encounter ? { encounter: [encounter] } : {}),
            ...(related.length > 0 ? { related: [...related] } : {}),
          },
        }
      : {}),
  };
}

/**
 * Submits the finished answers in one FHIR transaction: the `completed` QuestionnaireResponse (the server's draft,
 * updated with `If-Match`, when `drafts` has one) and a `DocumentReference` with the note as a `text/plain`
 * attachment, linked to the response and to the encounter when known. Either both are stored or neither.
 * Throws a `SmartError`: `conflict` when the draft changed on another device first (let the drafts merge, then
 * submit again), `offline`, `unauthorized`, `rejected`, `server`, or `invalid_resource` for an unreadable answer.
 */
export async function submitResponse<Input>(options: SubmitOptions<Input>): Promise<SubmitResult> {
  const { client, form, subject, author, encounter, document } = options;
  if (document.text.trim() === '') throw new TypeError('submitResponse: document.text is empty');
  const now = (options.now?.() ?? new Date()).toISOString();
  await options.drafts?.sendNow();
  const draft = options.drafts?.draft() ?? null;
  const responseUrl = draft ? `QuestionnaireResponse/${draft.id}` : `urn:uuid:${globalThis.crypto.randomUUID()}`;
  const response = {
    ...form.response(options.input, { status: 'completed', subject, author, encounter, authored: now }),
    ...(draft ? { id: draft.id } : {}),
  };
  const note = documentReference({
    subject,
    encounter,
    author,
    document,
    related: [{ reference: responseUrl }],
    now,
  });
  const entries: BundleEntry[] = [
    draft
      ? {
          fullUrl: responseUrl,
          resource: response,
          request: { method: 'PUT', url: responseUrl, ifMatch: `W/"${draft.versionId}"` },
        }
      : { fullUrl: responseUrl, resource: response, request: { method: 'POST', url: 'QuestionnaireResponse' } },
    {
      fullUrl: `urn:uuid:${globalThis.crypto.randomUUID()}`,
      resource: note,
      request: { method: 'POST', url: 'DocumentReference' },
    },
  ];
  const bundle: Bundle = { resourceType: 'Bundle', type: 'transaction', entry: entries };
  const answer = await send(client, 'Submitting the answers', {
    url: '',
    method: 'POST',
    body: JSON.stringify(bundle),
  });
  const result = checkTransactionResponse(answer.body, entries.length, 'Submitting the answers');
  const [qrEntry, docEntry] = result.entry ?? [];
  const savedResponse = parseLocation(qrEntry?.response?.location, 'QuestionnaireResponse');
  const savedDocument = parseLocation(docEntry?.response?.location, 'DocumentReference');
  if (!savedResponse || !savedDocument)
    throw new SmartError(
      'invalid_resource',
      'Submitting the answers: the FHIR server did not say where it stored them',
      {
        path: `Bundle.entry[${savedResponse ? 1 : 0}].response.location`,
      },
    );
  await options.drafts?.forget();
  return { response: savedResponse, document: { id: savedDocument.id } };
}
