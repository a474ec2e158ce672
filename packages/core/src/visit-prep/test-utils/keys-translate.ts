/** A fake translate that shows keys and options, so tests check structure, not wording. */
export const keysTranslate = (key: string, options?: Record<string, unknown>) =>
  options
    ? `${key}(${Object.entries(options)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(',')})`
    : key;
