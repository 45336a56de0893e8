import { DEFENCE_CONTROLS } from './defences.ts';
import { FACTOR_IDS } from './factors.ts';
import { LAYER_IDS } from './maestro.ts';
import type { AgentEntry } from './schema.ts';

/**
 * The assessment standard of December 2026: what a current entry must carry for a reviewer to act
 * on it. The new fields are optional in the schema so that published revisions stay valid; an
 * entry that lacks any of them says on its page that it predates the standard, and lists what.
 */
export const STANDARD_NAME = 'assessment standard of December 2026';
export const MIN_SOURCES = 3;

export function standardGaps(entry: AgentEntry): string[] {
  const gaps: string[] = [];
  const sources = entry.sources ?? [];
  if (!entry.version) gaps.push('the version assessed');
  if (sources.length < MIN_SOURCES) gaps.push(`at least ${MIN_SOURCES} sources (it has ${sources.length})`);
  if (sources.some((s) => !s.accessed)) gaps.push('the date each source was read');
  const unexplained = FACTOR_IDS.filter((f) => !entry.rationale?.[f]);
  if (unexplained.length > 0) gaps.push(`a rationale for every factor (${unexplained.length} missing)`);
  const bare = LAYER_IDS.filter((l) => entry.layers[l].certain && (entry.layers[l].threats ?? []).length === 0);
  if (bare.length > 0) gaps.push(`threats mapped to ASI ids on every pinned layer (${bare.join(', ')} have none)`);
  const reported = new Set((entry.defences ?? []).map((d) => d.control));
  const unreported = DEFENCE_CONTROLS.filter((c) => !reported.has(c.id));
  if (unreported.length > 0) gaps.push(`the status of every built-in defence (${unreported.length} of ${DEFENCE_CONTROLS.length} not reported)`);
  if (!entry.advisoriesChecked) gaps.push('a record of when and how the official advisory records were searched');
  return gaps;
}
