import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { isTranslationPack, type TranslationPack } from './translation-pack.js';
import { createWidgetI18n, type NamespaceBundle, translator } from './widget-i18n.js';

const ui: NamespaceBundle = { ns: 'sdm-ui', resources: { en: { close: 'Close' } } };
const widget: NamespaceBundle = { ns: 'sdm-w', resources: { en: { next: 'Next', count_one: '{{count}} step' } } };
const uiAr: TranslationPack = { lng: 'ar', bundles: [{ ns: 'sdm-ui', messages: { close: 'إغلاق' } }] };
const widgetAr: TranslationPack = {
  lng: 'ar',
  bundles: [...uiAr.bundles, { ns: 'sdm-w', messages: { next: 'التالي' } }],
};

describe('isTranslationPack', () => {
  it('accepts packs of strings and nested strings', () => {
    expect(isTranslationPack(widgetAr)).toBe(true);
    expect(isTranslationPack({ lng: 'pt-BR', bundles: [{ ns: 'x', messages: { a: { b: 'c' } } }] })).toBe(true);
  });

  it('rejects anything else', () => {
    for (const bad of [
      null,
      'ar',
      { lng: 'ar' },
      { lng: 'not a tag', bundles: [] },
      { lng: 'ar', bundles: {} },
      { lng: 'ar', bundles: [{ ns: '', messages: {} }] },
      { lng: 'ar', bundles: [{ ns: 'x', messages: { a: 1 } }] },
      { lng: 'ar', bundles: [{ ns: 'x', messages: ['a'] }] },
      { lng: 'ar', bundles: [{ ns: 'x', messages: { a: { b: { c: { d: { e: { f: { g: { h: 'deep' } } } } } } } } }] },
    ]) {
      expect(isTranslationPack(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('createWidgetI18n with translation packs', () => {
  it('shows a language when every namespace has a pack, English otherwise', () => {
    const full = createWidgetI18n({ lng: 'ar', bundles: [ui, widget], translations: [widgetAr], instanceId: 'a' });
    expect(full.shownLanguage()).toBe('ar');
    expect(translator(full, 'sdm-w', full.shownLanguage())('next')).toBe('التالي');
    // Keys the pack lacks fall back to English key by key.
    expect(translator(full, 'sdm-w', 'ar')('count', { count: 1 })).toBe('1 step');

    const partial = createWidgetI18n({ lng: 'ar', bundles: [ui, widget], translations: [uiAr], instanceId: 'b' });
    expect(partial.missingNamespaces('ar')).toEqual(['sdm-w']);
    expect(partial.shownLanguage()).toBe('en');
    expect(partial.shownLanguage('fr')).toBe('en');
    expect(partial.shownLanguage('en-GB')).toBe('en');
  });

  it('uses the base language of a regional tag', () => {
    const ctx = createWidgetI18n({ lng: 'ar-EG', bundles: [ui, widget], translations: [widgetAr], instanceId: 'c' });
    expect(ctx.shownLanguage()).toBe('ar');
  });

  it('leaves out invalid packs and namespaces the widget does not use', () => {
    const other: TranslationPack = { lng: 'es', bundles: [{ ns: 'sdm-other', messages: { a: 'b' } }] };
    const broken = { lng: 'ar', bundles: [{ ns: 'sdm-w', messages: { next: 42 } }] } as unknown as TranslationPack;
    const ctx = createWidgetI18n({ lng: 'ar', bundles: [ui, widget], translations: [other, broken], instanceId: 'd' });
    expect(ctx.i18n.hasResourceBundle('es', 'sdm-other')).toBe(false);
    expect(ctx.i18n.hasResourceBundle('ar', 'sdm-w')).toBe(false);
    expect(ctx.shownLanguage()).toBe('en');
  });

  it('counts a language the host supplies through overrides for every namespace', () => {
    const ctx = createWidgetI18n({
      lng: 'fr',
      bundles: [ui, widget],
      overrides: { fr: { 'sdm-ui': { close: 'Fermer' }, 'sdm-w': { next: 'Suivant' } } },
      instanceId: 'e',
    });
    expect(ctx.shownLanguage()).toBe('fr');
  });

  it('adds packs to a host instance without overwriting its strings', async () => {
    const host = createInstance();
    await host.init({ lng: 'ar', resources: { ar: { 'sdm-w': { next: 'التالي (البوابة)' } } } });
    const ctx = createWidgetI18n({ i18n: host, bundles: [ui, widget], translations: [widgetAr], instanceId: 'f' });
    expect(host.t('next', { ns: 'sdm-w' })).toBe('التالي (البوابة)');
    expect(host.t('close', { ns: 'sdm-ui' })).toBe('إغلاق');
    expect(ctx.shownLanguage()).toBe('ar');
    expect(host.language).toBe('ar');
  });
});
