import type { Messages } from '@sdmkit/core';
import { describe, expect, it } from 'vitest';
import { clinicianAr } from '../locales/ar.js';
import { clinicianEs } from '../locales/es.js';
import { CLINICIAN_NAMESPACE, clinicianBundle } from './resources.js';

function keys(m: Messages, prefix = ''): string[] {
  return Object.entries(m)
    .flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
    .sort();
}
const own = (pack: typeof clinicianEs) => pack.bundles.find((b) => b.ns === CLINICIAN_NAMESPACE)?.messages ?? {};
const en = clinicianBundle.resources.en as Messages;

describe('clinician strings', () => {
  it('Spanish and Arabic have every key of English, and no string is empty', () => {
    for (const pack of [clinicianEs, clinicianAr]) {
      expect(keys(own(pack))).toEqual(keys(en));
      const flat = (x: Messages): string[] => Object.values(x).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));
      expect(flat(own(pack)).every((s) => s.trim().length > 0)).toBe(true);
    }
  });

  it('each pack carries the strings of the three widgets and the shared UI, each namespace once', () => {
    for (const pack of [clinicianEs, clinicianAr]) {
      const names = pack.bundles.map((b) => b.ns);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toEqual(
        expect.arrayContaining([
          'sdm-ui',
          'sdm-decision-aid',
          'sdm-visit-prep',
          'sdm-question-list',
          CLINICIAN_NAMESPACE,
        ]),
      );
    }
  });
});
