export interface KeyParts {
  readonly widget: string;
  readonly contentId: string;
  readonly version: number;
  readonly namespace?: string | undefined;
}

/** `sdmkit:<widget>:<namespace?>:<contentId>:v<version>`. */
export function storageKey({ widget, contentId, version, namespace }: KeyParts): string {
  const ns = namespace ? `${encodeURIComponent(namespace)}:` : '';
  return `sdmkit:${widget}:${ns}${encodeURIComponent(contentId)}:v${version}`;
}

/** Where unreadable data is copied to before the widget starts clean. */
export function asideKey(key: string, reason: string, at: Date): string {
  return `${key}:aside:${reason}:${at.toISOString()}`;
}
