import type { NamespaceBundle } from '@sdmkit/core';

/** The i18next namespace of the shared UI strings; the namespace key in a widget's `messages` overrides. */
export const UI_NAMESPACE = 'sdm-ui';

const en = {
  close: 'Close',
  characterCount_one: '{{used}} of {{limit}} characters',
  characterCount_other: '{{used}} of {{limit}} characters',
  iconArray: {
    outOf_one: '{{count}} out of {{total}}',
    outOf_other: '{{count}} out of {{total}}',
    label: '{{events}} {{event}}. {{rest}} {{nonEvent}}.',
    showTable: 'Show as a table',
    tableGroup: 'Group',
    tableCount: 'Number of people',
  },
  demonstration: {
    title: 'Demonstration content',
    body: 'This example shows how the tool works. It is not medical advice and may not fit your situation.',
  },
  error: {
    title: 'This tool cannot be shown right now',
    body: 'Something is wrong with its content. Please tell the clinic. Anything you already typed is kept.',
    detailsSummary: 'Details for developers',
    problemCount_one: '{{count}} problem',
    problemCount_other: '{{count}} problems',
    retry: 'Try again',
  },
  save: {
    off: 'Not saved on this device',
    idle: '',
    hydrating: 'Loading your saved answers…',
    ready: 'Saved on this device',
    saved: 'Saved',
    sent: 'Saved and sent',
    notSent: 'Saved on this device, not sent yet. It is sent when the connection is back.',
    'memory-only': 'Could not save on this device. Keep this page open, or print or copy your answers.',
    writeFailed: 'Your last change is not saved yet. It stays on this page and is saved again with your next change.',
    conflict:
      'Not saved: these answers were also changed in another tab or window. Keep this page open, or print or copy your answers.',
    keptAside: 'Answers saved earlier on this device could not be opened. They were kept, not deleted.',
  },
  recovery: {
    contentChanged_one: '{{count}} answer refers to a question or item no longer in this content. It was kept.',
    contentChanged_other: '{{count}} answers refer to questions or items no longer in this content. They were kept.',
    conflict: 'Another copy of your answers (from another tab, another device or from earlier) was kept.',
    unreadable: 'Answers saved earlier could not be opened. They were kept.',
    show: 'Show',
    copy: 'Copy',
    dismiss: 'Dismiss',
    useCopy: 'Use that copy',
    about: {
      contentChanged: 'the answers no longer in this content',
      conflict: 'the other copy of your answers',
      unreadable: 'the answers that could not be opened',
    },
    aboutAt: '{{about}}, from {{when}}',
    dismissAbout: 'this message about {{about}}',
    useAbout: '({{about}})',
    copyThese: 'these answers',
    dialogTitle: 'Answers no longer in this content',
    dialogDescription: 'The questions or items these answers were about are no longer here. Your words are below.',
    noText: '(no text)',
    copyHeading: 'Answers kept from earlier',
    copied: 'Copied.',
    copyLabel: 'Text to copy',
    copyHint: 'The text is selected. Press Ctrl+C to copy it (Command+C on a Mac).',
    restored: 'Now showing the other copy. The one you had is kept.',
    restoreFailed: 'That copy could not be used. Nothing was changed.',
    gone: 'That copy is no longer on this device.',
  },
} as const;

/**
 * The shared UI strings built into every widget: English. Spanish and Arabic are translation packs
 * (`@sdmkit/ui/locales/es`, `/ar`), and every widget's pack carries them too.
 */
export const uiBundle: NamespaceBundle = { ns: UI_NAMESPACE, resources: { en } };

/** The shape of the shared UI's built-in English strings, key by key. */
export type UiMessages = typeof en;
