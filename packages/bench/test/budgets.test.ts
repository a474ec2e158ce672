// @vitest-environment node
// Size budgets (issue 8), checked in CI. `pnpm test` builds every package first, so this bundles the built
// packages/*/dist with esbuild (minified, react/react-dom external) and gzips: deterministic, no timing.

import type { Messages, TranslationPack } from '@sdmkit/core';
import { describe, expect, it } from 'vitest';
import {
  ALL_ENTRY,
  BUDGETS,
  bundleCode,
  kb,
  measureAllWithSaving,
  measureBudgetNumbers,
  measureClinician,
  measurePacks,
  measureSmart,
  PACK_LANGUAGES,
  PACK_PACKAGES,
  type SizeRow,
} from '../src/sizes.js';

const strings = (m: Messages): string[] => Object.values(m).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));

const line = (r: SizeRow) => `${r.label}: ${kb(r.gzip)} gzip (${kb(r.brotli)} brotli, ${kb(r.raw)} minified)`;

describe('size budgets', () => {
  it(`keeps each widget under ${kb(BUDGETS.ownGzip)} gzip, and all three with hooks and dependencies under ${kb(BUDGETS.allGzip)} gzip`, async () => {
    const { own, all } = await measureBudgetNumbers();
    const report = [...own, all].map(line).join('\n');
    console.log(`Bundle sizes:\n${report}`);

    expect(own.map((r) => r.id)).toEqual(['own:decision-aid', 'own:visit-prep', 'own:question-list']);
    for (const row of [...own, all]) {
      // A real bundle, not an empty file from a missing build.
      expect(row.raw, `${row.label} looks empty: was the package built?`).toBeGreaterThan(2000);
    }
    const over = [
      ...own.filter((r) => r.gzip > BUDGETS.ownGzip).map((r) => `${line(r)} > budget ${kb(BUDGETS.ownGzip)}`),
      ...(all.gzip > BUDGETS.allGzip ? [`${line(all)} > budget ${kb(BUDGETS.allGzip)}`] : []),
    ];
    expect(over, `Size budget exceeded:\n${over.join('\n')}\n\nAll sizes:\n${report}`).toEqual([]);
  });

  it('keeps Spanish and Arabic out of the widgets: they come only with the translation packs', async () => {
    const all = await bundleCode(ALL_ENTRY);
    // One interface string per language and package, from each pack's own strings (sdm-ui, then each widget).
    const samples: Record<string, string> = {};
    for (const pkg of PACK_PACKAGES) {
      for (const lng of PACK_LANGUAGES) {
        const mod = (await import(`@sdmkit/${pkg}/locales/${lng}`)) as Record<string, TranslationPack>;
        const pack = Object.values(mod)[0];
        expect(pack?.lng).toBe(lng);
        const own = pack?.bundles.at(-1)?.messages ?? {};
        const text = strings(own).find((v) => v.length > 12 && !/["'`\\]/.test(v));
        expect(text, `${pkg} ${lng} pack has no string to look for`).toBeTruthy();
        samples[`${pkg} ${lng}`] = text as string;
      }
    }
    const inside = Object.entries(samples).filter(([, text]) => all.includes(JSON.stringify(text).slice(1, -1)));
    expect(inside.map(([k]) => k)).toEqual([]);
    const packs = await measurePacks();
    for (const row of packs) expect(row.raw, `${row.label} looks empty`).toBeGreaterThan(500);
    console.log(`Translation packs:\n${packs.map(line).join('\n')}`);
  });

  it('leaves development warnings out of production bundles', async () => {
    // The warnings sit behind `process.env.NODE_ENV` written out, which the bundler replaces as it does for React.
    const all = await bundleCode(ALL_ENTRY);
    expect(all).not.toContain('invalid translation pack');
    expect(all).not.toContain('showing English');
  });

  it('reports what saving drafts adds, and keeps it out of portals that do not save', async () => {
    const [{ all }, saving] = await Promise.all([measureBudgetNumbers(), measureAllWithSaving()]);
    console.log(`${line(saving)} (+${kb(saving.gzip - all.gzip)} for createPersistence)`);
    // The engine is only in bundles that import it: the widgets' total stays without its storage messages.
    const code = await bundleCode(ALL_ENTRY);
    expect(code).not.toContain('it was kept aside');
    expect(saving.gzip - all.gzip).toBeGreaterThan(500);
    expect(saving.gzip - all.gzip).toBeLessThan(BUDGETS.savingGzip);
  });

  it(`keeps @sdmkit/smart with its dependencies under ${kb(BUDGETS.smartGzip)} gzip, apart from the widgets' total`, async () => {
    const smart = await measureSmart();
    console.log(line(smart));
    expect(smart.raw, `${smart.label} looks empty: was packages/smart built?`).toBeGreaterThan(2000);
    // Counted like the widgets' rows: every dependency bundled, React left out.
    const packages = (smart.top ?? []).map((t) => t.path);
    expect(packages).toEqual(expect.arrayContaining(['@sdmkit/smart', '@sdmkit/fhir', '@sdmkit/core', 'valibot']));
    expect(packages.some((p) => p === 'react' || p === 'react-dom')).toBe(false);
    expect(smart.gzip, `Size budget exceeded: ${line(smart)} > budget ${kb(BUDGETS.smartGzip)}`).toBeLessThanOrEqual(
      BUDGETS.smartGzip,
    );
  });

  it(`keeps @sdmkit/clinician with its dependencies under ${kb(BUDGETS.clinicianGzip)} gzip, apart from the widgets' total`, async () => {
    const clinician = await measureClinician();
    console.log(line(clinician));
    expect(clinician.raw, `${clinician.label} looks empty: was packages/clinician built?`).toBeGreaterThan(2000);
    // The largest inputs: the three widgets and @sdmkit/fhir (through @sdmkit/smart) are bundled, React is not.
    const packages = (clinician.top ?? []).map((t) => t.path);
    expect(packages).toEqual(
      expect.arrayContaining(['@sdmkit/fhir', '@sdmkit/decision-aid', '@sdmkit/visit-prep', '@sdmkit/question-list']),
    );
    expect(packages.some((p) => p === 'react' || p === 'react-dom')).toBe(false);
    expect(
      clinician.gzip,
      `Size budget exceeded: ${line(clinician)} > budget ${kb(BUDGETS.clinicianGzip)}`,
    ).toBeLessThanOrEqual(BUDGETS.clinicianGzip);
  });

  it('bundles the whole public API: every dependency except React is inside the total', async () => {
    const { all } = await measureBudgetNumbers();
    const packages = (all.top ?? []).map((t) => t.path);
    // The named dependencies that set the floor are bundled in, React is not.
    expect(packages).toEqual(expect.arrayContaining(['i18next', '@sdmkit/core']));
    expect(packages.some((p) => p === 'react' || p === 'react-dom')).toBe(false);
  });
});
