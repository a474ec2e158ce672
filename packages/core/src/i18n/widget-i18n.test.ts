import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { createWidgetI18n, directionOf, type NamespaceBundle, translator } from './widget-i18n.js';

const bundle: NamespaceBundle = {
  ns: 'sdm-test',
  resources: {
    en: { close: 'Close', items_one: '{{count}} item', items_other: '{{count}} items' },
    es: { close: 'Cerrar', items_one: '{{count}} elemento', items_other: '{{count}} elementos' },
    ar: {
      close: 'إغلاق',
      items_zero: 'لا عناصر',
      items_one: 'عنصر واحد',
      items_two: 'عنصران',
      items_few: '{{count}} عناصر',
      items_many: '{{count}} عنصرًا',
      items_other: '{{count}} عنصر',
    },
  },
};

async function hostInstance() {
  const host = createInstance();
  await host.init({
    lng: 'es',
    resources: { es: { 'sdm-test': { close: 'Cerrar (del portal)' }, portal: { hello: 'Hola' } } },
    interpolation: { escapeValue: false },
  });
  return host;
}

describe('createWidgetI18n', () => {
  it('shares one t per language and namespace, and never shows words older than the strings', async () => {
    const host = await hostInstance();
    const ctx = createWidgetI18n({ i18n: host, bundles: [bundle], instanceId: 'x' });
    const t = ctx.fixedT('en', 'sdm-test');
    expect(ctx.fixedT('en', 'sdm-test')).toBe(t);
    expect(t('close')).toBe('Close');
    expect(t('items', { count: 2 })).toBe('2 items');
    // Strings of the widget's namespace change: a new t, with the new words.
    const told = vi.fn();
    const stop = ctx.subscribe(told);
    host.addResourceBundle('en', 'sdm-test', { close: 'Done' }, true, true);
    expect(told).toHaveBeenCalledTimes(1);
    const after = ctx.fixedT('en', 'sdm-test');
    expect(after).not.toBe(t);
    expect(after('close')).toBe('Done');
    // Another namespace of the host's instance: nothing to tell, the same t.
    host.addResourceBundle('en', 'portal', { hello: 'Hello' }, true, true);
    expect(told).toHaveBeenCalledTimes(1);
    expect(ctx.fixedT('en', 'sdm-test')).toBe(after);
    await host.changeLanguage('en');
    expect(told).toHaveBeenCalledTimes(2);
    stop();
    // Disposed (the widget unmounted), it stops listening; a new subscriber counts a change it may have missed.
    ctx.dispose();
    host.addResourceBundle('en', 'sdm-test', { close: 'Shut' }, true, true);
    const revision = ctx.revision();
    ctx.subscribe(() => {})();
    expect(ctx.revision()).toBeGreaterThan(revision);
    expect(ctx.fixedT('en', 'sdm-test')('close')).toBe('Shut');
  });

  it('makes a private instance when the host gives none', () => {
    const a = createWidgetI18n({ lng: 'es', bundles: [bundle], instanceId: 'a' });
    const b = createWidgetI18n({ lng: 'en', bundles: [bundle], instanceId: 'b' });
    expect(a.owned).toBe(true);
    expect(a.i18n).not.toBe(b.i18n);
    expect(translator(a, 'sdm-test')('close')).toBe('Cerrar');
    expect(translator(b, 'sdm-test')('close')).toBe('Close');
  });

  it('adds bundles to the host instance without overwriting its strings, language or plugins', async () => {
    const host = await hostInstance();
    const pluginsBefore = { ...host.modules };
    const ctx = createWidgetI18n({ i18n: host, bundles: [bundle], instanceId: 'x' });
    expect(ctx.owned).toBe(false);
    expect(host.language).toBe('es');
    expect(host.t('close', { ns: 'sdm-test' })).toBe('Cerrar (del portal)');
    expect(host.t('hello', { ns: 'portal' })).toBe('Hola');
    expect(host.getResource('en', 'sdm-test', 'close')).toBe('Close');
    expect(host.modules).toEqual(pluginsBefore);
  });

  it('keeps overrides per widget instance, even on a shared host instance', async () => {
    const host = await hostInstance();
    const a = createWidgetI18n({
      i18n: host,
      bundles: [bundle],
      instanceId: 'a',
      overrides: { es: { 'sdm-test': { close: 'Salir' } } },
    });
    const b = createWidgetI18n({ i18n: host, bundles: [bundle], instanceId: 'b' });
    expect(translator(a, 'sdm-test')('close')).toBe('Salir');
    expect(translator(b, 'sdm-test')('close')).toBe('Cerrar (del portal)');
    a.dispose();
    expect(host.hasResourceBundle('es', a.overrideNs('sdm-test'))).toBe(false);
    expect(host.t('close', { ns: 'sdm-test' })).toBe('Cerrar (del portal)');
  });

  it('uses each language’s plural forms, including Arabic', () => {
    const ar = createWidgetI18n({ lng: 'ar', bundles: [bundle], instanceId: 'p' });
    const t = translator(ar, 'sdm-test');
    expect([0, 1, 2, 3, 11, 100].map((count) => t('items', { count }))).toEqual([
      'لا عناصر',
      'عنصر واحد',
      'عنصران',
      '3 عناصر',
      '11 عنصرًا',
      '100 عنصر',
    ]);
  });

  it('knows the direction of a language', () => {
    const ctx = createWidgetI18n({ lng: 'ar', bundles: [bundle], instanceId: 'd' });
    expect(directionOf(ctx.i18n)).toBe('rtl');
    expect(directionOf(ctx.i18n, 'es')).toBe('ltr');
  });

  it('gives the direction through the widget context, for the language asked or the current one', async () => {
    const ctx = createWidgetI18n({ lng: 'ar', bundles: [bundle], instanceId: 'e' });
    expect(ctx.dir()).toBe('rtl');
    expect(ctx.dir('es')).toBe('ltr');
    expect(ctx.dir('ur-PK')).toBe('rtl');
    expect(ctx.dir('ar')).toBe('rtl');
    await ctx.i18n.changeLanguage('es');
    expect(ctx.dir()).toBe('ltr');
  });
});
