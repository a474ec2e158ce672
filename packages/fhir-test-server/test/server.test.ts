import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FhirTestServer, startFhirServer } from '../src/index.js';

// The server the FHIR tests run against must behave as a production FHIR server does where our code depends on it.
let server: FhirTestServer;
const H = { 'content-type': 'application/fhir+json' };
const draft = {
  resourceType: 'QuestionnaireResponse',
  status: 'in-progress',
  questionnaire: 'https://portal.example.org/fhir/Questionnaire/x|1',
  subject: { reference: 'Patient/p1' },
};

beforeAll(async () => {
  server = await startFhirServer();
});
afterAll(() => server.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { method: 'POST', headers: { ...H, ...headers }, body: JSON.stringify(body) });

describe('the FHIR test server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.baseUrl).hostname).toBe('127.0.0.1');
  });

  it('creates with a version in ETag and Location, and refuses an update based on an old version (412)', async () => {
    const created = await post('/QuestionnaireResponse', draft);
    expect(created.status).toBe(201);
    const qr = await created.json();
    expect(created.headers.get('etag')).toBe(`W/"${qr.meta.versionId}"`);
    expect(created.headers.get('location')).toContain(`/QuestionnaireResponse/${qr.id}/_history/`);
    const put = (ifMatch: string) =>
      fetch(`${server.baseUrl}/QuestionnaireResponse/${qr.id}`, {
        method: 'PUT',
        headers: { ...H, 'if-match': ifMatch },
        body: JSON.stringify({ ...qr, authored: '2026-12-01T09:00:00Z' }),
      });
    expect((await put(`W/"${qr.meta.versionId}"`)).status).toBe(200);
    expect((await put(`W/"${qr.meta.versionId}"`)).status).toBe(412);
  });

  it('validates every write against the R4 definitions (400 with the path)', async () => {
    const bad = await post('/QuestionnaireResponse', { ...draft, item: [{ text: 'no linkId' }], extra: 1 });
    expect(bad.status).toBe(400);
    const outcome = await bad.json();
    expect(outcome.issue.map((i: { expression: string[] }) => i.expression[0])).toEqual([
      'QuestionnaireResponse.item[0].linkId',
      'QuestionnaireResponse.extra',
    ]);
    expect(server.validate({ resourceType: 'DocumentReference', status: 'current', content: [] })).not.toEqual([]);
  });

  it('applies a transaction whole or not at all', async () => {
    const qr = await (await post('/QuestionnaireResponse', draft)).json();
    const docs = (await server.all('DocumentReference')).length;
    const bundle = (ifMatch: string) => ({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: `QuestionnaireResponse/${qr.id}`,
          resource: { ...qr, status: 'completed' },
          request: { method: 'PUT', url: `QuestionnaireResponse/${qr.id}`, ifMatch },
        },
        {
          fullUrl: 'urn:uuid:5f0c1f7e-8a55-4d0e-9d1e-2b7f6c0a0001',
          resource: {
            resourceType: 'DocumentReference',
            status: 'current',
            content: [{ attachment: { contentType: 'text/plain', data: 'aGk=' } }],
          },
          request: { method: 'POST', url: 'DocumentReference' },
        },
      ],
    });
    expect((await post('', bundle('W/"stale"'))).status).toBe(412);
    expect((await server.all('DocumentReference')).length).toBe(docs);
    expect((await post('', bundle(`W/"${qr.meta.versionId}"`))).status).toBe(200);
    expect((await server.all('DocumentReference')).length).toBe(docs + 1);
  });

  it('describes itself in a valid R4 CapabilityStatement at /metadata', async () => {
    const answer = await fetch(`${server.baseUrl}/metadata`);
    expect(answer.status).toBe(200);
    const statement = await answer.json();
    expect(statement).toMatchObject({
      resourceType: 'CapabilityStatement',
      status: 'active',
      kind: 'instance',
      fhirVersion: '4.0.1',
      format: expect.arrayContaining(['json', 'application/fhir+json']),
      rest: [{ mode: 'server', interaction: [{ code: 'transaction' }] }],
    });
    expect(server.validate(statement)).toEqual([]);
    const types = statement.rest[0].resource.map((r: { type: string }) => r.type);
    expect(types).toEqual(
      expect.arrayContaining(['Patient', 'QuestionnaireResponse', 'DocumentReference', 'Condition']),
    );
    expect((await fetch(`${server.baseUrl}/metadata`, { method: 'POST', headers: H, body: '{}' })).status).toBe(405);
  });

  it('does each interaction the CapabilityStatement lists for a type', async () => {
    const statement = await (await fetch(`${server.baseUrl}/metadata`)).json();
    const condition = statement.rest[0].resource.find((r: { type: string }) => r.type === 'Condition');
    const claimed = condition.interaction.map((i: { code: string }) => i.code);
    expect(claimed.sort()).toEqual(
      ['create', 'delete', 'history-instance', 'read', 'search-type', 'update', 'vread'].sort(),
    );
    expect(condition).toMatchObject({ versioning: 'versioned-update', readHistory: true, conditionalCreate: true });
    const resource = {
      resourceType: 'Condition',
      identifier: [{ system: 'urn:example:conditions', value: 'capability-check' }],
      subject: { reference: 'Patient/p1' },
      code: { text: 'Asthma' },
    };
    const once = { 'if-none-exist': 'identifier=urn:example:conditions|capability-check' };
    const created = await post('/Condition', resource, once); // create, conditional
    expect(created.status).toBe(201);
    const { id, meta } = await created.json();
    expect((await (await post('/Condition', resource, once)).json()).id).toBe(id);
    expect((await fetch(`${server.baseUrl}/Condition/${id}`)).status).toBe(200); // read
    const updated = await fetch(`${server.baseUrl}/Condition/${id}`, {
      method: 'PUT',
      headers: { ...H, 'if-match': `W/"${meta.versionId}"` },
      body: JSON.stringify({ ...resource, id, code: { text: 'Asthma, mild' } }),
    }); // update, versioned
    expect(updated.status).toBe(200);
    const first = await (await fetch(`${server.baseUrl}/Condition/${id}/_history/${meta.versionId}`)).json(); // vread
    expect(first.code.text).toBe('Asthma');
    const history = await (await fetch(`${server.baseUrl}/Condition/${id}/_history`)).json(); // history-instance
    expect(history).toMatchObject({ resourceType: 'Bundle', type: 'history' });
    expect(history.entry).toHaveLength(2);
    const found = await (await fetch(`${server.baseUrl}/Condition?subject=Patient/p1`)).json(); // search-type
    expect(found.entry.map((e: { resource: { id: string } }) => e.resource.id)).toContain(id);
    expect((await fetch(`${server.baseUrl}/Condition/${id}`, { method: 'DELETE' })).status).toBe(200); // delete
    expect((await fetch(`${server.baseUrl}/Condition/${id}`)).status).toBeGreaterThanOrEqual(404);
  });

  it('stops like an outage and comes back on the same port with the same resources', async () => {
    const created = await (await post('/QuestionnaireResponse', draft)).json();
    await server.stop();
    await expect(fetch(`${server.baseUrl}/QuestionnaireResponse/${created.id}`)).rejects.toThrow();
    await server.restart();
    const again = await fetch(`${server.baseUrl}/QuestionnaireResponse/${created.id}`);
    expect(again.status).toBe(200);
    expect((await again.json()).meta.versionId).toBe(created.meta.versionId);
  });

  it('answers injected faults on the wire, and 401 without the token when one is set', async () => {
    server.failNext(503);
    expect((await fetch(`${server.baseUrl}/Patient`)).status).toBe(503);
    expect((await fetch(`${server.baseUrl}/Patient`)).status).toBe(200);
    const secured = await startFhirServer({ token: 't0ken' });
    try {
      expect((await fetch(`${secured.baseUrl}/Patient`)).status).toBe(401);
      const ok = await fetch(`${secured.baseUrl}/Patient`, { headers: { authorization: 'Bearer t0ken' } });
      expect(ok.status).toBe(200);
    } finally {
      await secured.close();
    }
  });
});
