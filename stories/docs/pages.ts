// Every page of the documentation site: each markdown file of docs/ and its Storybook page (stories/docs/).
// Links between the markdown files become links between these pages (Guide.tsx).
export interface DocPage {
  /** The markdown file, relative to the repository root. */
  readonly file: string;
  /** The Storybook title of its page. */
  readonly title: string;
}

export const DOC_PAGES: readonly DocPage[] = [
  { file: 'docs/embedding.md', title: 'Guides/Embed in your portal' },
  { file: 'docs/decision-aid.md', title: 'Guides/Decision aid' },
  { file: 'docs/visit-prep.md', title: 'Guides/Visit preparation' },
  { file: 'docs/question-list.md', title: 'Guides/Question list' },
  { file: 'docs/content-model.md', title: 'Guides/Content model' },
  { file: 'docs/content-authoring.md', title: 'Guides/Content authoring' },
  { file: 'docs/persistence.md', title: 'Guides/Persistence and server rendering' },
  { file: 'docs/i18n.md', title: 'Guides/Internationalisation' },
  { file: 'docs/theming.md', title: 'Guides/Theming' },
  { file: 'docs/accessibility.md', title: 'Guides/Accessibility' },
  { file: 'docs/fhir.md', title: 'Guides/FHIR R4 mapping' },
  { file: 'docs/smart.md', title: 'Guides/Over a FHIR server' },
  { file: 'docs/clinician.md', title: 'Guides/Clinician screen' },
  { file: 'docs/web-components.md', title: 'Guides/Web components' },
  { file: 'docs/performance.md', title: 'Guides/Performance' },
  { file: 'docs/architecture.md', title: 'Guides/Architecture' },
  { file: 'docs/testing.md', title: 'Guides/Testing and CI' },
  { file: 'docs/releasing.md', title: 'Guides/Releasing' },
  {
    file: 'docs/adr/0001-valibot-for-content-validation.md',
    title: 'Decisions/ADR 0001 Valibot for runtime validation of content and saved input',
  },
  {
    file: 'docs/adr/0002-one-store-per-widget-instance.md',
    title: 'Decisions/ADR 0002 One zustand vanilla store per widget instance',
  },
  { file: 'docs/adr/0003-i18n-per-widget-instance.md', title: 'Decisions/ADR 0003 i18n' },
  { file: 'docs/adr/0004-persistence-envelope-and-keys.md', title: 'Decisions/ADR 0004 Persistence' },
  { file: 'docs/adr/0005-biome-for-lint-and-format.md', title: 'Decisions/ADR 0005 Biome for lint and format' },
  {
    file: 'docs/adr/0006-source-export-condition.md',
    title: 'Decisions/ADR 0006 A source export condition for development',
  },
  { file: 'docs/adr/0007-library-build.md', title: 'Decisions/ADR 0007 Library build' },
  { file: 'docs/adr/0008-translation-packs.md', title: 'Decisions/ADR 0008 Translation packs' },
  { file: 'docs/adr/0009-dialog-without-radix-overlay.md', title: 'Decisions/ADR 0009 Dialog' },
  { file: 'docs/adr/0010-server-drafts-through-persistence.md', title: 'Decisions/ADR 0010 Server drafts' },
  { file: 'docs/adr/0011-long-lists.md', title: 'Decisions/ADR 0011 Long lists' },
];
