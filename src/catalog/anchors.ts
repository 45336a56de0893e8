/**
 * The patterns of the site's permanent anchors (see permanent.ts, which declares where each one
 * is promised). Kept apart from permanent.ts, which needs Node, so browser scripts link with the
 * same functions the pages use.
 */
export const factorAnchor = (factorId: string) => `factor-${factorId}`;
export const layerAnchor = (layerId: string) => `layer-${layerId}`;
/** An agent's row on a listing that lists every agent. */
export const agentAnchor = (agentId: string) => `agent-${agentId}`;
/** A MAESTRO threat on its layer's page. */
export const threatAnchor = (threatId: string) => `threat-${threatId}`;

/** A threat of an agent at one layer, on the agent's page: `threat-<layer>-<threat>`. */
export const agentThreatAnchor = (layerId: string, threatId: string) => `threat-${layerId}-${threatId}`;
/** A published advisory, on its agent's page and on /advisories/: `advisory-ghsa-…` or `advisory-cve-…`. */
export const advisoryAnchor = (advisoryId: string) => `advisory-${advisoryId.toLowerCase()}`;
/** A defence control's row on an agent page and its entry on /defences/. */
export const defenceAnchor = (controlId: string) => `defence-${controlId}`;
