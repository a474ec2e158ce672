import type { AgendaAddition } from './additions.js';
import { buildVisitAgenda, type VisitAgenda } from './agenda.js';
import type { VisitPrepInput } from './input.js';
import type { VisitPrepTemplate } from './schema.js';

/** What `onComplete` hands the host: serialisable, with the agenda ready to show or store. */
export interface VisitPrepResult {
  readonly templateId: string;
  readonly templateVersion: string;
  /** ISO time the patient finished. */
  readonly completedAt: string;
  readonly agenda: VisitAgenda;
  /** Everything the patient entered. */
  readonly input: VisitPrepInput;
}

/**
 * Builds what `onComplete` hands the host: the template's id and version, `completedAt` (an ISO time) as given,
 * the agenda (`buildVisitAgenda`, with the host's additions, none by default) and the input.
 */
export function buildVisitPrepResult(
  template: VisitPrepTemplate,
  input: VisitPrepInput,
  completedAt: string,
  additions: readonly AgendaAddition[] = [],
): VisitPrepResult {
  return {
    templateId: template.id,
    templateVersion: template.meta.version,
    completedAt,
    agenda: buildVisitAgenda(template, input, additions),
    input,
  };
}
