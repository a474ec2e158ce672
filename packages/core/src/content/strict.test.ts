// Strict content validation (issue 21): unknown keys, case-insensitive enums, unique ids, invisible or broken
// text, and links whose host is the host visited. Each rule has a case it refuses and a near miss it accepts.
import { describe, expect, it } from 'vitest';
import { parseDecisionAid } from '../decision-aid/schema.js';
import { testDecisionAid } from '../decision-aid/test-utils/fixture.js';
import type { ContentIssue } from '../errors.js';
import { parsePromptList } from '../question-list/schema.js';
import { tinyList } from '../question-list/test-utils/fixture.js';
import { parseVisitPrepTemplate } from '../visit-prep/schema.js';
import { testTemplate } from '../visit-prep/test-utils/template.js';
import { urlProblem } from './common.js';
import { closestKey } from './validate.js';

const brief = (issues: readonly ContentIssue[]) => issues.map((i) => `${i.path} ${i.code}`);

type Edit = [path: readonly (string | number)[], value: unknown];

/** Parses the test decision aid with each `[path, value]` set, as an author editing the JSON would. */
function aid(...edits: Edit[]) {
  const doc = structuredClone(testDecisionAid());
  for (const [path, value] of edits) {
    let at = doc as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path.at(-1) ?? ''] = value;
  }
  return parseDecisionAid(doc);
}

const withSourceUrl = (url: string) => aid([['meta', 'sources', 0, 'url'], url]);

describe('unknown keys', () => {
  it('refuses a misspelt key with its path and the key it probably meant', () => {
    const r = aid([['options', 1, 'statusquo'], true]);
    expect(brief(r.issues)).toEqual(['$.options[1].statusquo unknown_key']);
    expect(r.issues[0]?.message).toBe('Unknown key "statusquo": did you mean statusQuo?');
  });

  it('refuses $comment and keys nothing resembles, listing the known keys', () => {
    const r = aid([['$comment'], 'draft'], [['meta', 'sources', 0, 'note'], 'x']);
    expect(brief(r.issues)).toEqual(['$.meta.sources[0].note unknown_key', '$.$comment unknown_key']);
    expect(r.issues[0]?.message).toBe('Unknown key "note". Known keys here: id, citation, url, doi, year.');
  });

  it('allows $schema at the document root only', () => {
    const ok = aid([['$schema'], 'https://sdmkit.dev/schemas/v1/decision-aid.schema.json']);
    expect(ok.ok).toBe(true);
    expect(ok.value?.$schema).toBe('https://sdmkit.dev/schemas/v1/decision-aid.schema.json');
    const nested = aid([['meta', '$schema'], 'x']);
    expect(brief(nested.issues)).toEqual(['$.meta.$schema unknown_key']);
  });

  it('is strict in visit-prep templates and prompt lists too', () => {
    const t = parseVisitPrepTemplate({ ...testTemplate, limits: { ...testTemplate.limits, agendWords: 5 } });
    expect(brief(t.issues)).toEqual(['$.limits.agendWords unknown_key']);
    expect(t.issues[0]?.message).toContain('did you mean agendaWords?');
    const q = parsePromptList({ ...tinyList, questions: [{ ...tinyList.questions[0], Text: 'Hi?' }] });
    expect(brief(q.issues)).toEqual(['$.questions[0].Text unknown_key']);
    expect(q.issues[0]?.message).toContain('did you mean text?');
  });

  it('suggests a key for a change of case or one or two typos, and nothing for unrelated keys', () => {
    const known = ['title', 'summary', 'statusQuo', 'id'];
    expect(closestKey('STATUSQUO', known)).toBe('statusQuo');
    expect(closestKey('titel', known)).toBe('title');
    expect(closestKey('sumary', known)).toBe('summary');
    expect(closestKey('statusQo', known)).toBe('statusQuo');
    expect(closestKey('colour', known)).toBeUndefined();
    expect(closestKey('$comment', known)).toBeUndefined();
  });

  it('reports __proto__ as an unknown key without touching any prototype', () => {
    const doc = JSON.parse(JSON.stringify(testDecisionAid()).replace('"id":"a"', '"__proto__":{"x":1},"id":"a"'));
    expect(brief(parseDecisionAid(doc).issues)).toEqual(['$.options[0].__proto__ unknown_key']);
  });
});

describe('enums ignore case', () => {
  it('reads Moderate as moderate, Treatment as treatment and HARM as harm', () => {
    const r = aid(
      [['kind'], 'Treatment'],
      [['outcomes', 0, 'kind'], 'HARM'],
      [['outcomes', 0, 'byOption', 'a', 'certainty'], 'Moderate'],
      [['outcomes', 0, 'byOption', 'wait', 'certainty'], 'Very-Low'],
    );
    expect(r.ok).toBe(true);
    expect(r.value?.kind).toBe('treatment');
    expect(r.value?.outcomes[0]?.kind).toBe('harm');
    expect(r.value?.outcomes[0]?.byOption.a?.certainty).toBe('moderate');
    expect(r.value?.outcomes[0]?.byOption.wait?.certainty).toBe('very-low');
  });

  it('refuses another spelling, saying which values are allowed', () => {
    const r = aid([['outcomes', 0, 'byOption', 'a', 'certainty'], 'very low'], [['kind'], 3]);
    expect(brief(r.issues)).toEqual(['$.kind invalid_type', '$.outcomes[0].byOption.a.certainty invalid_value']);
    expect(r.issues[0]?.message).toBe(
      'Use one of: treatment, screening, test, other (upper or lower case); received 3.',
    );
    expect(r.issues[1]?.message).toBe(
      'Use one of: high, moderate, low, very-low (upper or lower case); received "very low".',
    );
  });

  it('folds ASCII letters only: a Kelvin sign is not a k', () => {
    expect(parseVisitPrepTemplate({ ...testTemplate, visitType: 'Check-Up' }).value?.visitType).toBe('check-up');
    const kelvin = parseVisitPrepTemplate({ ...testTemplate, visitType: 'chec\u212A-up' });
    expect(brief(kelvin.issues)).toEqual(['$.visitType invalid_value']);
  });

  it('applies to section types', () => {
    const sections = testTemplate.sections.map((s) => ({ ...s, type: s.type.toUpperCase() }));
    const r = parseVisitPrepTemplate({ ...testTemplate, sections });
    expect(r.value?.sections.map((s) => s.type)).toEqual(testTemplate.sections.map((s) => s.type));
  });
});

describe('unique ids', () => {
  it('refuses a source id used twice in a visit-prep template; distinct ids pass', () => {
    const source = { id: 's', citation: 'A source.' };
    const twice = parseVisitPrepTemplate({
      ...testTemplate,
      meta: { ...testTemplate.meta, sources: [source, source] },
    });
    expect(brief(twice.issues)).toEqual(['$.meta.sources[1].id duplicate_id']);
    const distinct = [source, { ...source, id: 't' }];
    expect(parseVisitPrepTemplate({ ...testTemplate, meta: { ...testTemplate.meta, sources: distinct } }).ok).toBe(
      true,
    );
  });

  it('refuses repeated ids in every list of a prompt list', () => {
    const q1 = tinyList.questions[0];
    const r = parsePromptList({
      ...tinyList,
      categories: [...tinyList.categories, { id: 'meds', label: 'Again' }],
      questions: [...tinyList.questions, { ...q1, text: 'Again?' }],
    });
    expect(brief(r.issues)).toEqual(['$.categories[2].id duplicate_id', '$.questions[4].id duplicate_id']);
  });

  it('refuses ids every object already has (constructor, toString) but not ones that only look alike', () => {
    const r = aid([['options', 0, 'id'], 'constructor'], [['values', 0, 'id'], 'toString']);
    expect(brief(r.issues)).toEqual(['$.options[0].id invalid_value', '$.values[0].id invalid_value']);
    expect(r.issues[0]?.message).toContain('"constructor" cannot be an id');
    const byOption = testDecisionAid().outcomes[0]?.byOption ?? {};
    const near = aid(
      [['options', 0, 'id'], 'constructors'],
      [['faq', 0, 'answers'], { constructors: 'A week.', wait: null }],
      [['outcomes', 0, 'byOption'], { constructors: byOption.a, wait: byOption.wait }],
      [['values', 1, 'supports'], ['constructors']],
      [
        ['values', 2, 'supports'],
        ['constructors', 'wait'],
      ],
    );
    expect(near.issues).toEqual([]);
  });
});

describe('text that shows', () => {
  const title = (text: string) => aid([['options', 0, 'title'], text]);

  it.each([
    ['zero-width space', '\u200B'],
    ['joiners, word joiner, BOM', '\u200C\u200D\u2060\uFEFF'],
    ['Mongolian vowel separator, soft hyphen', '\u180E\u00AD'],
    ['spaces around a bidi mark', ' \u200F '],
    ['a combining mark and a variation selector', '\u0301\uFE0F'],
    ['Hangul filler', '\u3164'],
  ])('refuses %s as empty_text', (_, text) => {
    expect(brief(title(text).issues)).toEqual(['$.options[0].title empty_text']);
  });

  it('reports only-spaces text once', () => {
    expect(brief(title('  ').issues)).toEqual(['$.options[0].title empty_text']);
  });

  it('accepts visible text that carries invisible characters, emoji and Arabic', () => {
    expect(title('Op\u00ADtion\u200B A').ok).toBe(true);
    expect(title('👍').ok).toBe(true);
    expect(title('\u200Fالخيار أ').ok).toBe(true);
  });

  it('refuses a lone surrogate as invalid_unicode; a surrogate pair passes', () => {
    expect(brief(title('Option \uD83D').issues)).toEqual(['$.options[0].title invalid_unicode']);
    expect(brief(title('\uDC4D Option').issues)).toEqual(['$.options[0].title invalid_unicode']);
    expect(title('Option \uD83D\uDC4D').ok).toBe(true);
  });
});

describe('source links', () => {
  it.each([
    ['javascript:alert(1)', 'Links must start with https://'],
    ['http://javascript:alert(1)@example.org/', 'Links must start with https://'],
    ['https://javascript:alert(1)@example.org/', 'user name or password'],
    ['http://www.nice.org.uk/guidance/ng226', 'Links must start with https://'],
    ['https://user:pass@example.org/', 'user name or password'],
    ['https://www.google.com@evil.example/', 'user name or password'],
    ['https://@example.org/', 'user name or password'],
    ['https://exa\u200Bmple.org/', 'invisible'],
    ['https://example.org/a\u200Bb', 'invisible'],
    ['https://xn--exmple-cua.org/', 'punycode'],
    ['https://www.xn--80ak6aa92e.com/', 'punycode'],
    ['https://exämple.org/', 'plain ASCII'],
    ['https://\u0430pple.com/', 'plain ASCII'], // Cyrillic а
    ['https://ｅxample.org/', 'plain ASCII'], // full-width e
    ['https://%65xample.org/', 'plain ASCII'],
    ['https://0x7f.1/', 'plain ASCII'],
  ])('refuses %s', (url, message) => {
    const r = withSourceUrl(url);
    expect(brief(r.issues)).toEqual(['$.meta.sources[0].url unsafe_url']);
    expect(r.issues[0]?.message).toContain(message);
  });

  it.each([
    'https://www.nice.org.uk/guidance/ng226',
    'HTTPS://PubMed.ncbi.nlm.nih.gov/21831558/',
    'https://example.org:8443/path?q=a@b#c@d',
    'https://example.org/caf%C3%A9',
    'https://127.0.0.1/',
    'https://healthcare411.ahrq.gov/transcript.aspx?id=747&type=seg',
  ])('accepts %s', (url) => {
    expect(withSourceUrl(url).issues).toEqual([]);
    expect(urlProblem(url)).toBeUndefined();
  });

  it('reports a link that does not parse once, as invalid_format', () => {
    expect(brief(withSourceUrl('https://exa mple.org/').issues)).toEqual(['$.meta.sources[0].url invalid_format']);
  });
});
