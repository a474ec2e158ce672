'use client';
export { SdmTranslationsProvider, type SdmTranslationsProviderProps } from '@sdmkit/hooks';
export { useAnnouncer } from './Announcer/Announcer.js';
export { Bar, type BarProps } from './Bar/Bar.js';
export { Button, type ButtonProps } from './Button/Button.js';
export {
  CHARACTER_COUNT_FROM,
  CharacterCount,
  type CharacterCountProps,
  showsCharacterCount,
} from './CharacterCount/CharacterCount.js';
export { type Choice, ChoiceGroup, type ChoiceGroupProps } from './ChoiceGroup/ChoiceGroup.js';
export { ContentText, type ContentTextProps } from './ContentText/ContentText.js';
export { copyToClipboard } from './clipboard/copy-to-clipboard.js';
export { type CopyStatus, useCopyStatus } from './clipboard/use-copy-status.js';
export { DemonstrationNotice, type DemonstrationNoticeProps } from './DemonstrationNotice/DemonstrationNotice.js';
export { Dialog, DialogClose, type DialogProps } from './Dialog/Dialog.js';
export {
  ErrorBoundary,
  type ErrorBoundaryProps,
  ErrorState,
  type ErrorStateProps,
} from './ErrorState/ErrorState.js';
export { IconArray, type IconArrayProps } from './IconArray/IconArray.js';
export { UI_NAMESPACE, type UiMessages, uiBundle } from './i18n/resources.js';
export { RecoveryNotice, type RecoveryNoticeProps } from './RecoveryNotice/RecoveryNotice.js';
export {
  findReorderPlace,
  type ReorderButtonProps,
  type ReorderControls,
  type ReorderControlsProps,
  type ReorderKeys,
  type ReorderMove,
  type ReorderPlace,
  reorderKeys,
  reorderPlace,
  useReorderControls,
} from './Reorder/Reorder.js';
export { RowChunks, type RowChunksProps } from './RowChunks/RowChunks.js';
export { type AsideCopies, SaveArea, type SaveAreaProps } from './SaveArea/SaveArea.js';
export { SaveStatus, type SaveStatusProps } from './SaveStatus/SaveStatus.js';
export {
  Heading,
  type HeadingLevel,
  HeadingLevelProvider,
  type HeadingLevelProviderProps,
  type HeadingProps,
  Section,
  type SectionProps,
  useHeadingLevel,
} from './Section/Section.js';
export { StepPanels, type StepPanelsProps } from './StepPanels/StepPanels.js';
export { VisuallyHidden } from './VisuallyHidden/VisuallyHidden.js';
export { type ThemeName, usePortalContainer, WidgetRoot, type WidgetRootProps } from './WidgetRoot/WidgetRoot.js';
export {
  type CommonWidgetProps,
  pickCommonWidgetProps,
  WidgetShell,
  type WidgetShellProps,
} from './WidgetShell/WidgetShell.js';
