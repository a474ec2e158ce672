import { MAX_QUESTION_LENGTH } from './schema.js';

/** Why a question's text was refused. The UI translates these codes. */
export type QuestionTextError = 'empty' | 'too_long' | 'duplicate';

/** Lower-case, without accents or Arabic diacritics, spaces collapsed: for search and duplicate checks. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** Checks a question's wording. `null` when it is fine. */
export function checkQuestionText(text: string): QuestionTextError | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'empty';
  if (trimmed.length > MAX_QUESTION_LENGTH) return 'too_long';
  return null;
}
