import { describe, expect, it } from 'vitest';
import {
  parseBooleanAttribute,
  parseEnumAttribute,
  parseJsonAttribute,
  parsePersistAttribute,
  parseTextAttribute,
} from './attributes.js';

describe('parseJsonAttribute', () => {
  it('reads JSON text', () => {
    expect(parseJsonAttribute('content', '{"a":[1,"x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
    expect(parseJsonAttribute('content', ' null ')).toEqual({ ok: true, value: null });
  });

  it('reads a missing or blank attribute as undefined', () => {
    expect(parseJsonAttribute('content', null)).toEqual({ ok: true, value: undefined });
    expect(parseJsonAttribute('content', '   ')).toEqual({ ok: true, value: undefined });
  });

  it('explains text that is not JSON with the attribute name and the reason', () => {
    const result = parseJsonAttribute('default-value', "{'single': 'quotes'}");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ code: 'invalid_format', path: '$', segments: [] });
    expect(result.issue.message).toMatch(/^The "default-value" attribute is not valid JSON \(.+\)\.$/);
  });
});

describe('other attributes', () => {
  it('persist is opt-in: only local or session', () => {
    expect(parsePersistAttribute(null)).toBeUndefined();
    expect(parsePersistAttribute('')).toBeUndefined();
    expect(parsePersistAttribute('true')).toBeUndefined();
    expect(parsePersistAttribute(' Local ')).toBe('local');
    expect(parsePersistAttribute('session')).toBe('session');
  });

  it('text, boolean and enum attributes', () => {
    expect(parseTextAttribute('  ar ')).toBe('ar');
    expect(parseTextAttribute(' ')).toBeUndefined();
    expect(parseBooleanAttribute('')).toBe(true);
    expect(parseBooleanAttribute('false')).toBe(false);
    expect(parseBooleanAttribute(null)).toBe(false);
    expect(parseEnumAttribute('encounter', ['self', 'encounter'])).toBe('encounter');
    expect(parseEnumAttribute('shared', ['self', 'encounter'])).toBeUndefined();
  });
});
