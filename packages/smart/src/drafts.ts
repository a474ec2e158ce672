import { type SavedEnvelope, type StorageAdapter, watchStorage } from '@sdmkit/core';
import type { QuestionnaireResponseItem, Reference } from 'fhir/r4';
import { type SmartClientLike, send } from './client.js';
import { isTransient, SmartError } from './errors.js';
import type { SdmForm } from './forms.js';
import { checkStoredResponse, type StoredResponse, searchResponses, versionOf } from './resources.js';

/**
 * Where the patient's draft stands on the server:
 * - `idle`: nothing to send (no draft yet, or it was just read from the server);
 * - `sending`: a change is being sent, or waits for a quiet moment to be;
 * - `sent`: the server has the latest answers;
 * - `pending`: saved on this device, not sent yet (offline, signed out, or the server failing); tried again;
 * - `conflict`: the draft was changed on another device; the two are being brought together;
 * - `failed`: the server refused the draft, or sent back something that cannot be read; tried again with the next
 *   change. Nothing is lost: the device copy stays.
 */
export type SyncStatus = 'idle' | 'sending' | 'sent' | 'pending' | 'conflict' | 'failed';

/** Where the draft stands on the server, for the host to show ("Saved on this device, not sent yet"). */
export interface SyncState {
  readonly status: SyncStatus;
  /** ISO time the server last took the draft. */
  readonly lastSentAt: string | null;
  /** Why the draft is `pending` or `failed` (safe to log: no URL, token or patient data). */
  readonly error: SmartError | null;
  /** While `pending`: when the next try is (ISO). */
  readonly retryAt: string | null;
}

/** Options for `serverDrafts`: the connection, the form, who the draft is about, and the device's storage. */
export interface ServerDraftsOptions<Input> {
  /** The connection: a `fhirclient` client or `fetchFhirClient(...)`. */
  readonly client: SmartClientLike;
  /** The widget's content bound to its Questionnaire (`visitPrepForm`, `decisionAidForm`, `questionListForm`). */
  readonly form: SdmForm<Input>;
  /** The patient, e.g. `{ reference: 'Patient/123' }` (from `client.patient.id` after a SMART launch). */
  readonly subject: Reference;
  /** Who records the answers (usually the patient, or a RelatedPerson). */
  readonly author?: Reference | undefined;
  /** The visit the preparation is for, when known: drafts are then kept per encounter. */
  readonly encounter?: Reference | undefined;
  /**
   * The copy on this device and its outbox: what was not sent yet waits here. `() => window.localStorage` keeps it
   * across a reload while offline; `createMemoryStorage()` keeps nothing on the device.
   */
  readonly local: StorageAdapter | (() => StorageAdapter | null | undefined);
  /** Quiet time after the last change before the draft is sent (default 1500 ms; at most 5 times that while typing). */
  readonly debounceMs?: number | undefined;
  /** Longest wait between tries while offline or failing (default 60 s; tries back off from 1 s). */
  readonly maxRetryMs?: number | undefined;
  /** Told of every change of the sync state (also `getSyncState` / `onSyncChange`). */
  readonly onSyncChange?: ((state: SyncState) => void) | undefined;
}

/**
 * A `StorageAdapter` for `createPersistence` that keeps a widget's draft on the FHIR server as an `in-progress`
 * QuestionnaireResponse (FHIR SDC), with a copy and an outbox on the device.
 */
export interface ServerDrafts extends StorageAdapter {
  /** Where the draft stands on the server now. */
  getSyncState(): SyncState;
  /** Calls `listener` on every change of the sync state; returns an unsubscribe function. */
  onSyncChange(listener: (state: SyncState) => void): () => void;
  /** Sends what is waiting now (before submitting, on `pagehide`); resolves with the state after it. */
  sendNow(): Promise<SyncState>;
  /** The server's id and version of the draft, once it has one. */
  draft(): { readonly id: string; readonly versionId: string } | null;
  /** After the draft was submitted: the next change starts a new draft. */
  forget(): Promise<void>;
  /** Stops timers and listeners (the portal page is going away). */
  destroy(): void;
}

/** What the adapter keeps about the server's copy, next to the device copy (`<key>:server`). */
interface SyncMeta {
  /** Identifier sent with the first create, so that a retried create finds the first one. */
  readonly identifier: string;
  readonly id?: string | undefined;
  /** The server version the device copy is based on. */
  readonly versionId?: string | undefined;
  /** The saved text that version holds (the base for merging a copy changed elsewhere). */
  readonly base: string | null;
  /** The device copy has changes the server does not have. */
  readonly pending: boolean;
  /** A copy changed elsewhere, offered to the widget to merge; nothing is sent until the merge is written. */
  readonly theirs?: { readonly versionId: string; readonly text: string } | undefined;
}

const IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986';

function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

function readMeta(raw: string | null): SyncMeta | null {
  if (raw === null) return null;
  let m: unknown;
  try {
    m = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof m !== 'object' || m === null) return null;
  const r = m as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const identifier = str(r.identifier);
  if (!identifier?.startsWith('urn:uuid:')) return null;
  const theirs = r.theirs as Record<string, unknown> | undefined;
  return {
    identifier,
    id: str(r.id),
    versionId: str(r.versionId),
    base: str(r.base) ?? null,
    pending: r.pending === true,
    theirs:
      theirs && typeof theirs.versionId === 'string' && typeof theirs.text === 'string'
        ? { versionId: theirs.versionId, text: theirs.text }
        : undefined,
  };
}

/** Reads the saved-shape version from a storage key (`…:v2` -> 2). */
function versionOfKey(key: string): number {
  return Number(/:v(\d+)$/.exec(key)?.[1] ?? '1');
}

/**
 * Keeps a widget's draft on the FHIR server (see `ServerDrafts`). Hand it to `createPersistence({ storage })`:
 * - every change is written to the device at once and sent after a quiet moment: created as an `in-progress`
 *   QuestionnaireResponse, then updated with `If-Match` on the version it is based on;
 * - offline, signed out (401) or a failing server (5xx, 429): the change waits in the device's outbox and is sent
 *   again with backoff (1 s, 2 s, 4 s … `maxRetryMs`) and when the browser comes back online;
 * - changed on another device (412): the server's copy is handed to the widget with the copy both started from; the
 *   widget merges it answer by answer and keeps the other copy aside where both changed the same answer (reported
 *   as `conflict`, as for another tab), and the merge is sent;
 * - opened on another device: the first read takes the server's draft.
 * Only the draft's own key goes to the server; the widget's copies kept aside stay on the device.
 */
export function serverDrafts<Input>(options: ServerDraftsOptions<Input>): ServerDrafts {
  const { client, form } = options;
  const debounceMs = options.debounceMs ?? 1500;
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  const draftKey = new RegExp(`^sdmkit:${form.widget}:(?:[^:]*:)?${encodeURIComponent(form.contentId)}:v\\d+$`);
  const isDraft = (key: string) => draftKey.test(key);
  const metaKey = (key: string) => `${key}:server`;

  let local: StorageAdapter | null = null;
  const device = (): StorageAdapter => {
    if (local) return local;
    const found = typeof options.local === 'function' ? options.local() : options.local;
    if (!found) throw new SmartError('offline', 'No storage on this device was given for the draft');
    local = found;
    return found;
  };

  let state: SyncState = { status: 'idle', lastSentAt: null, error: null, retryAt: null };
  const syncListeners = new Set<(s: SyncState) => void>();
  const setState = (patch: Partial<SyncState>) => {
    state = { ...state, ...patch };
    for (const l of [options.onSyncChange, ...syncListeners]) {
      try {
        l?.(state);
      } catch {
        // A host listener that throws must not stop syncing.
      }
    }
  };

  const listeners = new Set<(key: string, value: string | null, base?: string | null) => void>();
  /** Copies changed elsewhere, waiting for the widget to merge (also offered to a widget that subscribes later). */
  const offers = new Map<string, { text: string; base: string | null }>();
  const offer = (key: string, text: string, base: string | null) => {
    offers.set(key, { text, base });
    for (const l of listeners) l(key, text, base);
  };

  /** The keys this adapter has seen, to send and retry. */
  const keys = new Set<string>();
  const pulled = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt: number | undefined;
  let retryDelay = 0;
  let inflight: Promise<void> | null = null;
  let again = false;
  let destroyed = false;

  let current: { id: string; versionId: string } | null = null;
  const loadMeta = async (key: string): Promise<SyncMeta> => {
    const meta = readMeta(await device().getItem(metaKey(key)));
    if (meta?.id && meta.versionId) current = { id: meta.id, versionId: meta.versionId };
    return meta ?? { identifier: `urn:uuid:${randomUuid()}`, base: null, pending: false };
  };
  const saveMeta = (key: string, meta: SyncMeta) => {
    current = meta.id && meta.versionId ? { id: meta.id, versionId: meta.versionId } : null;
    return device().setItem(metaKey(key), JSON.stringify(meta));
  };

  /** The server's draft as saved text for the widget, or an error with where it could not be read. */
  const envelopeOf = (key: string, qr: StoredResponse): string => {
    const read = form.read(qr);
    if (!read.ok) {
      const first = read.issues[0];
      throw new SmartError('invalid_resource', 'Reading the draft: the server copy does not fit this content', {
        ...(first ? { path: first.path } : {}),
      });
    }
    const envelope: SavedEnvelope = {
      sdmkit: 1,
      widget: form.widget,
      contentId: form.contentId,
      contentVersion: form.contentVersion,
      version: versionOfKey(key),
      savedAt: qr.meta?.lastUpdated ?? qr.authored ?? new Date().toISOString(),
      state: read.value,
    };
    return JSON.stringify(envelope);
  };

  /** The server's copy as saved text, or `fallback` if it cannot be read. */
  const readBack = (key: string, qr: StoredResponse, fallback: string): string => {
    try {
      return envelopeOf(key, qr);
    } catch {
      return fallback;
    }
  };

  const searchQuery = () => {
    const q = new URLSearchParams({ questionnaire: form.canonical, status: 'in-progress' });
    if (options.subject.reference) q.set('subject', options.subject.reference);
    if (options.encounter?.reference) q.set('encounter', options.encounter.reference);
    q.set('_sort', '-_lastUpdated');
    q.set('_count', '1');
    return q.toString();
  };

  /** The server's current draft: by id when this device knows it, else the latest one for this patient. */
  const fetchDraft = async (meta: SyncMeta): Promise<{ qr: StoredResponse; versionId: string } | null> => {
    if (meta.id) {
      try {
        const answer = await send(client, 'Reading the draft', {
          url: `QuestionnaireResponse/${meta.id}`,
          method: 'GET',
        });
        const qr = checkStoredResponse(answer.body, 'Reading the draft');
        const versionId = versionOf(qr, answer.versionId, 'Reading the draft');
        if (qr.status === 'in-progress') return { qr, versionId };
      } catch (error) {
        if (!(error instanceof SmartError && error.code === 'not_found')) throw error;
      }
    }
    const answer = await send(client, 'Searching drafts', {
      url: `QuestionnaireResponse?${searchQuery()}`,
      method: 'GET',
    });
    const [first] = searchResponses(answer.body, 'Searching drafts');
    if (first === undefined) return null;
    const qr = checkStoredResponse(first, 'Searching drafts', 'Bundle.entry[0].resource');
    const versionId = versionOf(qr, undefined, 'Searching drafts', 'Bundle.entry[0].resource');
    return { qr, versionId };
  };

  /**
   * The items of the version about to be replaced that someone else wrote and the form never does (`form.keeps`,
   * e.g. the clinician's `visit` group), so that saving the patient's draft does not drop them. Read only when the
   * server still holds that version; otherwise the update is refused (412) and the copies are merged first.
   */
  const keptItems = async (id: string, versionId: string): Promise<QuestionnaireResponseItem[]> => {
    const keeps = new Set(form.keeps ?? []);
    if (keeps.size === 0) return [];
    try {
      const answer = await send(client, 'Reading the draft', { url: `QuestionnaireResponse/${id}`, method: 'GET' });
      const qr = checkStoredResponse(answer.body, 'Reading the draft');
      if (versionOf(qr, answer.versionId, 'Reading the draft') !== versionId) return [];
      return (qr.item ?? []).filter((i) => keeps.has(i.linkId));
    } catch (error) {
      // Gone: the update below says so. Anything else (offline, 5xx) keeps the draft on the device for a retry.
      if (error instanceof SmartError && error.code === 'not_found') return [];
      throw error;
    }
  };

  const failed = (error: unknown) => {
    const e = error instanceof SmartError ? error : new SmartError('invalid_resource', 'The draft could not be sent');
    if (isTransient(e)) {
      retryDelay = Math.min(Math.max(1000, retryDelay * 2), maxRetryMs);
      setState({ status: 'pending', error: e, retryAt: new Date(Date.now() + retryDelay).toISOString() });
      schedule(retryDelay);
    } else setState({ status: 'failed', error: e, retryAt: null });
  };

  /** First read of a draft key on this device: takes the server's copy unless the device has unsent changes. */
  const pull = async (key: string): Promise<string | null> => {
    const store = device();
    const localText = await store.getItem(key);
    const meta = await loadMeta(key);
    if (meta.theirs) offer(key, meta.theirs.text, meta.base);
    let found: Awaited<ReturnType<typeof fetchDraft>>;
    try {
      found = await fetchDraft(meta);
    } catch (error) {
      failed(error);
      return localText;
    }
    if (!found) {
      if (meta.pending) schedule(0);
      return localText;
    }
    if (found.versionId === meta.versionId && localText !== null) {
      if (meta.pending) schedule(0);
      return localText;
    }
    let serverText: string;
    try {
      serverText = envelopeOf(key, found.qr);
    } catch (error) {
      failed(error);
      return localText;
    }
    if (!meta.pending || localText === null) {
      await store.setItem(key, serverText);
      await saveMeta(key, { ...meta, id: found.qr.id, versionId: found.versionId, base: serverText, pending: false });
      setState({ status: 'idle', error: null, retryAt: null });
      return serverText;
    }
    // Changed here while offline and on another device meanwhile: the widget merges the two once it listens.
    const next = { ...meta, id: found.qr.id, theirs: { versionId: found.versionId, text: serverText } };
    await saveMeta(key, next);
    setState({ status: 'conflict', error: null, retryAt: null });
    offer(key, serverText, meta.base);
    return localText;
  };

  /** Sends one key's device copy if the server does not have it. */
  const pushKey = async (key: string): Promise<void> => {
    const store = device();
    const meta = await loadMeta(key);
    if (!meta.pending || meta.theirs) return;
    const text = await store.getItem(key);
    if (text === null) return;
    let qrBody: ReturnType<typeof form.response>;
    try {
      const envelope = JSON.parse(text) as SavedEnvelope<Input>;
      qrBody = form.response(envelope.state, {
        status: 'in-progress',
        subject: options.subject,
        author: options.author,
        encounter: options.encounter,
        authored: envelope.savedAt,
      });
    } catch {
      throw new SmartError('invalid_resource', 'Sending the draft: the copy on this device cannot be read');
    }
    setState({ status: 'sending' });
    const resource = {
      ...qrBody,
      item: [...(qrBody.item ?? []), ...(meta.id && meta.versionId ? await keptItems(meta.id, meta.versionId) : [])],
      ...(meta.id ? { id: meta.id } : {}),
      identifier: { system: IDENTIFIER_SYSTEM, value: meta.identifier },
    };
    try {
      const answer = meta.id
        ? await send(client, 'Saving the draft', {
            url: `QuestionnaireResponse/${meta.id}`,
            method: 'PUT',
            body: JSON.stringify(resource),
            headers: meta.versionId ? { 'if-match': `W/"${meta.versionId}"` } : {},
          })
        : await send(client, 'Saving the draft', {
            url: 'QuestionnaireResponse',
            method: 'POST',
            body: JSON.stringify(resource),
            headers: { 'if-none-exist': `identifier=${IDENTIFIER_SYSTEM}|${meta.identifier}` },
          });
      const saved = checkStoredResponse(answer.body, 'Saving the draft');
      const versionId = versionOf(saved, answer.versionId, 'Saving the draft');
      // A create that found the first try's draft (its answer was lost) sends the latest copy over it next.
      const existed = !meta.id && answer.status === 200;
      const now = await store.getItem(key);
      const latest = await loadMeta(key);
      await saveMeta(key, {
        ...latest,
        id: saved.id,
        versionId,
        // The base for a later merge is what the server holds, as read back (what it does not keep, it does not give).
        base: existed ? latest.base : readBack(key, saved, text),
        pending: existed || now !== text || latest.theirs !== undefined,
      });
      retryDelay = 0;
      setState({ status: 'sent', lastSentAt: new Date().toISOString(), error: null, retryAt: null });
      if (existed || now !== text) again = true;
    } catch (error) {
      if (error instanceof SmartError && error.code === 'conflict' && meta.id) {
        // Changed on another device: hand the server's copy to the widget to merge; send the merge after.
        const found = await fetchDraft({ ...meta, versionId: undefined });
        if (!found) {
          await saveMeta(key, { ...meta, id: undefined, versionId: undefined });
          again = true;
          return;
        }
        const serverText = envelopeOf(key, found.qr);
        await saveMeta(key, { ...meta, id: found.qr.id, theirs: { versionId: found.versionId, text: serverText } });
        setState({ status: 'conflict', error: null, retryAt: null });
        offer(key, serverText, meta.base);
        return;
      }
      if (error instanceof SmartError && error.code === 'not_found' && meta.id) {
        // Removed on the server: created again.
        await saveMeta(key, { ...meta, id: undefined, versionId: undefined });
        again = true;
        return;
      }
      throw error;
    }
  };

  const pushAll = (): Promise<void> => {
    if (inflight) {
      again = true;
      return inflight;
    }
    inflight = (async () => {
      do {
        again = false;
        for (const key of keys) {
          try {
            await pushKey(key);
          } catch (error) {
            failed(error);
            again = false;
            return;
          }
        }
      } while (again && !destroyed);
    })().finally(() => {
      inflight = null;
    });
    return inflight;
  };

  function schedule(delay: number) {
    if (destroyed) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      firstChangeAt = undefined;
      void pushAll();
    }, delay);
  }

  const online = () => {
    retryDelay = 0;
    schedule(0);
  };
  const win = typeof window === 'undefined' ? undefined : window;
  win?.addEventListener?.('online', online);

  return {
    async getItem(key) {
      if (!isDraft(key)) return device().getItem(key);
      keys.add(key);
      if (pulled.has(key)) return device().getItem(key);
      pulled.add(key);
      return pull(key);
    },
    async setItem(key, value) {
      const store = device();
      await store.setItem(key, value);
      if (!isDraft(key)) return;
      keys.add(key);
      const meta = await loadMeta(key);
      // A write after a copy changed elsewhere was offered is the widget's merge: it is based on that copy.
      const merged = meta.theirs
        ? { ...meta, versionId: meta.theirs.versionId, base: meta.theirs.text, theirs: undefined }
        : meta;
      offers.delete(key);
      await saveMeta(key, { ...merged, pending: true });
      if (state.status === 'conflict') setState({ status: 'pending', error: null, retryAt: null });
      // Saved on the device and about to be sent: no longer "sent" (the widget says "Saved" until it is).
      else if (state.status === 'sent' || state.status === 'idle') setState({ status: 'sending' });
      firstChangeAt ??= Date.now();
      const waited = Date.now() - firstChangeAt;
      schedule(Math.max(0, Math.min(debounceMs, debounceMs * 5 - waited)));
    },
    async removeItem(key) {
      const store = device();
      if (isDraft(key)) {
        const meta = await loadMeta(key);
        await store.removeItem(metaKey(key));
        offers.delete(key);
        if (meta.id) {
          // The patient removed their answers: the server's draft goes too (it held nothing else).
          try {
            await send(client, 'Removing the draft', {
              url: `QuestionnaireResponse/${meta.id}`,
              method: 'DELETE',
              headers: meta.versionId ? { 'if-match': `W/"${meta.versionId}"` } : {},
            });
          } catch (error) {
            setState({
              status: 'failed',
              error: error instanceof SmartError ? error : null,
              retryAt: null,
            });
          }
        }
      }
      await store.removeItem(key);
    },
    subscribe(listener) {
      listeners.add(listener);
      for (const [key, o] of offers) queueMicrotask(() => listeners.has(listener) && listener(key, o.text, o.base));
      const store = local ?? (typeof options.local === 'function' ? null : options.local);
      // Changes of the device copy made elsewhere (another tab) reach the widget as they would without this adapter.
      const unwatchLocal = store
        ? watchStorage(store, (key, value) => {
            if (key !== null) listener(key, value);
          })
        : () => {};
      return () => {
        listeners.delete(listener);
        unwatchLocal();
      };
    },
    watchRemote(listener) {
      // The widget's save status says "Saved on this device, not sent yet" while pending or failed.
      const tell = (s: SyncState) => {
        if (s.status !== 'idle') listener(s.status);
      };
      tell(state);
      syncListeners.add(tell);
      return () => syncListeners.delete(tell);
    },
    getSyncState: () => state,
    onSyncChange(listener) {
      syncListeners.add(listener);
      return () => syncListeners.delete(listener);
    },
    async sendNow() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await pushAll();
      return state;
    },
    draft() {
      return current;
    },
    async forget() {
      for (const key of keys) await device().removeItem(metaKey(key));
      offers.clear();
      current = null;
      setState({ status: 'idle', error: null, retryAt: null });
    },
    destroy() {
      destroyed = true;
      if (timer !== undefined) clearTimeout(timer);
      win?.removeEventListener?.('online', online);
      listeners.clear();
    },
  };
}
