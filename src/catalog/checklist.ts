import { stringify } from 'csv-stringify/sync';
import { ASI_EDITION } from '../core/asi.ts';
import type { Agent } from './assess.ts';

/**
 * An agent's review checklist: every threat's check, layer by layer, for a reviewer to copy into
 * a security review. The page shows it; /agents/<id>/checklist.md and .csv are the same rows.
 */
export interface ChecklistItem {
  layer: string;
  layerNumber: number;
  threat: string;
  asi: string[];
  check: string;
  how: string;
}

export function checklist(agent: Agent): ChecklistItem[] {
  return agent.layers.flatMap(({ layer, threats }) =>
    threats.map((t) => ({ layer: layer.name, layerNumber: layer.number, threat: t.name, asi: t.asi, check: t.check, how: t.how })),
  );
}

/** An assessment that maps no threats has no checklist, and no checklist files. */
export const hasChecklist = (agent: Agent): boolean => agent.layers.some((l) => l.threats.length > 0);

export function checklistMarkdown(agent: Agent, pageUrl: string): string {
  const items = checklist(agent);
  const lines = [
    `# Review checklist: ${agent.entry.name}`,
    '',
    `From the Agent Threat Directory's assessment of ${agent.entry.assessed}${agent.entry.version ? ` (version assessed: ${agent.entry.version})` : ''}: ${pageUrl}`,
    `Threats are MAESTRO threats (CSA, 2025-02-06, seven layers), mapped to the ${ASI_EDITION}.`,
    '',
  ];
  let layer = '';
  for (const item of items) {
    if (item.layer !== layer) {
      if (layer) lines.push('');
      layer = item.layer;
      lines.push(`## Layer ${item.layerNumber}: ${item.layer}`, '');
    }
    lines.push(`- [ ] **${item.threat}** (${item.asi.join(', ')}): ${item.check}`, `  - How it arises: ${item.how}`);
  }
  if (items.length > 0) lines.push('');
  return lines.join('\n');
}

export function checklistCsv(agent: Agent): string {
  return stringify([
    ['agent', 'assessed', 'layer', 'threat', 'asi', 'check', 'how'],
    ...checklist(agent).map((i) => [agent.id, agent.entry.assessed, i.layer, i.threat, i.asi.join(' '), i.check, i.how]),
  ]);
}
