import { DEFAULT_STAGES, type Stage } from '../../../domain/entities/index.ts';
import { label } from '../../i18n/index.svelte.ts';

const DEFAULT_NAMES = new Map(DEFAULT_STAGES.map((s) => [s.id, s.name]));

/**
 * Stage names are workspace data, so they stay as typed; only the untouched
 * default stages are translated, since nobody chose their English names.
 */
export function stageName(stage: Stage): string {
  return DEFAULT_NAMES.get(stage.id) === stage.name ? label(`deals.stage.${stage.id}`, stage.name) : stage.name;
}
