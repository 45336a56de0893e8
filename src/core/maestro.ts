/**
 * MAESTRO, the Cloud Security Alliance's seven-layer threat-modeling framework for agentic AI.
 * CSA publishes no data file and no version number, so the directory keeps its own reference
 * data here with permanent ids. A layer's id and its number are both stored and never derived
 * from each other: some publications swap layers 5 and 6. Threat ids are scoped to their layer.
 * Roles are summaries in the directory's own words; threat names are CSA's.
 */
export const MAESTRO_SOURCE = {
  title: 'Agentic AI Threat Modeling Framework: MAESTRO',
  author: 'Ken Huang',
  publisher: 'Cloud Security Alliance',
  published: '2025-02-06',
  url: 'https://cloudsecurityalliance.org/blog/2025/02/06/agentic-ai-threat-modeling-framework-maestro',
} as const;

export const LAYERS = [
  {
    number: 1,
    id: 'foundation-models',
    name: 'Foundation Models',
    role: 'The core model (a large language model or another kind) that the agent reasons with.',
    threats: [
      { id: 'adversarial-examples', name: 'Adversarial Examples' },
      { id: 'model-stealing', name: 'Model Stealing' },
      { id: 'backdoor-attacks', name: 'Backdoor Attacks' },
      { id: 'membership-inference-attacks', name: 'Membership Inference Attacks' },
      { id: 'data-poisoning-training-phase', name: 'Data Poisoning (training phase)' },
      { id: 'reprogramming-attacks', name: 'Reprogramming Attacks' },
      { id: 'denial-of-service', name: 'Denial of Service' },
    ],
  },
  {
    number: 2,
    id: 'data-operations',
    name: 'Data Operations',
    role: 'The data the agent processes, stores and retrieves: databases, vector stores and retrieval-augmented generation (RAG) pipelines.',
    threats: [
      { id: 'data-poisoning', name: 'Data Poisoning' },
      { id: 'data-exfiltration', name: 'Data Exfiltration' },
      { id: 'denial-of-service-on-data-infrastructure', name: 'Denial of Service on Data Infrastructure' },
      { id: 'data-tampering', name: 'Data Tampering' },
      { id: 'compromised-rag-pipelines', name: 'Compromised RAG Pipelines' },
    ],
  },
  {
    number: 3,
    id: 'agent-frameworks',
    name: 'Agent Frameworks',
    role: 'The toolkits that agents are built with, such as AutoGen, CrewAI or LangGraph.',
    threats: [
      { id: 'compromised-framework-components', name: 'Compromised Framework Components' },
      { id: 'backdoor-attacks', name: 'Backdoor Attacks' },
      { id: 'input-validation-attacks', name: 'Input Validation Attacks' },
      { id: 'supply-chain-attacks', name: 'Supply Chain Attacks' },
      { id: 'denial-of-service-on-framework-apis', name: 'Denial of Service on Framework APIs' },
      { id: 'framework-evasion', name: 'Framework Evasion' },
    ],
  },
  {
    number: 4,
    id: 'deployment-infrastructure',
    name: 'Deployment and Infrastructure',
    role: 'Where agents run: cloud, on-premises servers, containers and their orchestration.',
    threats: [
      { id: 'compromised-container-images', name: 'Compromised Container Images' },
      { id: 'orchestration-attacks', name: 'Orchestration Attacks' },
      { id: 'infrastructure-as-code-manipulation', name: 'Infrastructure-as-Code Manipulation' },
      { id: 'denial-of-service', name: 'Denial of Service' },
      { id: 'resource-hijacking', name: 'Resource Hijacking' },
      { id: 'lateral-movement', name: 'Lateral Movement' },
    ],
  },
  {
    number: 5,
    id: 'evaluation-observability',
    name: 'Evaluation and Observability',
    role: 'How agents are evaluated, monitored and logged.',
    threats: [
      { id: 'manipulation-of-evaluation-metrics', name: 'Manipulation of Evaluation Metrics' },
      { id: 'compromised-observability-tools', name: 'Compromised Observability Tools' },
      { id: 'denial-of-service-on-evaluation-infrastructure', name: 'Denial of Service on Evaluation Infrastructure' },
      { id: 'evasion-of-detection', name: 'Evasion of Detection' },
      { id: 'data-leakage-through-observability', name: 'Data Leakage through Observability' },
      { id: 'poisoning-observability-data', name: 'Poisoning Observability Data' },
    ],
  },
  {
    number: 6,
    id: 'security-compliance',
    name: 'Security and Compliance',
    role: 'A vertical layer across all the others: security and compliance controls, identity and access, and AI agents used as security tools.',
    threats: [
      { id: 'security-agent-data-poisoning', name: 'Security Agent Data Poisoning' },
      { id: 'evasion-of-security-ai-agents', name: 'Evasion of Security AI Agents' },
      { id: 'compromised-security-ai-agents', name: 'Compromised Security AI Agents' },
      { id: 'regulatory-non-compliance-by-ai-security-agents', name: 'Regulatory Non-Compliance by AI Security Agents' },
      { id: 'bias-in-security-ai-agents', name: 'Bias in Security AI Agents' },
      { id: 'lack-of-explainability-in-security-ai-agents', name: 'Lack of Explainability in Security AI Agents' },
      { id: 'model-extraction-of-ai-security-agents', name: 'Model Extraction of AI Security Agents' },
    ],
  },
  {
    number: 7,
    id: 'agent-ecosystem',
    name: 'Agent Ecosystem',
    role: 'Where agents meet applications, users, tools, marketplaces and other agents.',
    threats: [
      { id: 'compromised-agents', name: 'Compromised Agents' },
      { id: 'agent-impersonation', name: 'Agent Impersonation' },
      { id: 'agent-identity-attack', name: 'Agent Identity Attack' },
      { id: 'agent-tool-misuse', name: 'Agent Tool Misuse' },
      { id: 'agent-goal-manipulation', name: 'Agent Goal Manipulation' },
      { id: 'marketplace-manipulation', name: 'Marketplace Manipulation' },
      { id: 'integration-risks', name: 'Integration Risks' },
      { id: 'horizontal-vertical-solution-vulnerabilities', name: 'Horizontal/Vertical Solution Vulnerabilities' },
      { id: 'repudiation', name: 'Repudiation' },
      { id: 'compromised-agent-registry', name: 'Compromised Agent Registry' },
      { id: 'malicious-agent-discovery', name: 'Malicious Agent Discovery' },
      { id: 'agent-pricing-model-manipulation', name: 'Agent Pricing Model Manipulation' },
      { id: 'inaccurate-agent-capability-description', name: 'Inaccurate Agent Capability Description' },
    ],
  },
] as const;

export type Layer = (typeof LAYERS)[number];
export type LayerId = Layer['id'];

export const LAYER_IDS = LAYERS.map((l) => l.id) as [LayerId, ...LayerId[]];

/** Threats CSA names as spanning several layers. */
export const CROSS_LAYER_THREATS = [
  { id: 'supply-chain-attacks', name: 'Supply Chain Attacks' },
  { id: 'lateral-movement', name: 'Lateral Movement' },
  { id: 'privilege-escalation', name: 'Privilege Escalation' },
  { id: 'data-leakage', name: 'Data Leakage' },
  { id: 'goal-misalignment-cascades', name: 'Goal Misalignment Cascades' },
] as const;

/** Other spellings seen for the same layers, published in /api/maestro.json for readers who map other sources onto ours. */
export const LAYER_ALIASES: Readonly<Record<string, LayerId>> = {
  'Deployment & Infrastructure': 'deployment-infrastructure',
  'Deployment Infrastructure': 'deployment-infrastructure',
  'Foundation Model': 'foundation-models',
  'Evaluation & Observability': 'evaluation-observability',
  'Security & Compliance': 'security-compliance',
};

/** The threat ids an entry may name at a layer: that layer's own and the cross-layer ones. */
export function threatIdsAt(layerId: LayerId): string[] {
  const layer = LAYERS.find((l) => l.id === layerId)!;
  return [...new Set([...layer.threats.map((t) => t.id), ...CROSS_LAYER_THREATS.map((t) => t.id)])];
}

/** A threat's display name at a layer (a cross-layer id has the same name everywhere). */
export function threatName(layerId: LayerId, threatId: string): string {
  const layer = LAYERS.find((l) => l.id === layerId)!;
  const found = [...layer.threats, ...CROSS_LAYER_THREATS].find((t) => t.id === threatId);
  if (!found) throw new RangeError(`no MAESTRO threat "${threatId}" at layer ${layerId}`);
  return found.name;
}
