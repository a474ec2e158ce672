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
