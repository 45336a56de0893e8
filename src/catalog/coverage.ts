import { ASI_EDITION } from '../core/asi.ts';
import { STANDARD_NAME } from '../core/standard.ts';
import type { Agent } from './assess.ts';

/**
 * The sentence the ASI pages show when some current agents map no threats at all (an entry that
 * predates the assessment standard), so that a count or a list is never read as complete;
 * empty when every agent maps threats. `consequence` ends the sentence for the page at hand.
 */
export function threatlessNote(agents: readonly Agent[], consequence: (one: boolean) => string): string {
  const unmapped = agents.filter((a) => a.layers.every((l) => l.threats.length === 0));
  if (unmapped.length === 0) return '';
  const one = unmapped.length === 1;
  const predating = unmapped.filter((a) => a.standardGaps.length > 0).length;
  const why =
    predating === unmapped.length
      ? `: ${one ? 'its entry predates' : 'their entries predate'} the ${STANDARD_NAME}`
      : predating > 0
        ? ` (${predating} of them predate the ${STANDARD_NAME})`
        : '';
  return `${unmapped.length} of ${agents.length} current agents ${one ? 'maps' : 'map'} no threats to the ${ASI_EDITION} yet${why}, ${consequence(one)}.`;
}
