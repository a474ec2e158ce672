import type { Messages } from '@sdmkit/core';
import { describe, expect, it } from 'vitest';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(m: Messages, prefix = ''): string[] {
  return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('visit-prep strings', () => {
  const base = (list: string[]) => [...new Set(list.map((k) => k.replace(PLURAL, '')))].sort();

  it('every language has every key', () => {
    expect(base(keys(es))).toEqual(base(keys(en)));
    expect(base(keys(ar))).toEqual(base(keys(en)));
  });

  it('Arabic has all six plural forms wherever English has plurals', () => {
    const plural = base(keys(en).filter((k) => PLURAL.test(k)));
    const arKeys = new Set(keys(ar));
    for (const k of plural) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(arKeys.has(`${k}_${form}`)).toBe(true);
    }
  });

  it('no string is empty', () => {
    for (const m of [en, es, ar]) {
      const flat = (x: Messages): string[] => Object.values(x).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));
      expect(flat(m).every((s) => s.trim().length > 0)).toBe(true);
    }
  });
});
