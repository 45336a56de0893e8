import { z } from 'zod';
import { agentSchema } from './schema.ts';

/**
 * The JSON Schema of an entry's frontmatter, generated from the zod schema itself. Checks that
 * zod runs as code (real calendar dates, URL parsing, CVSS metrics) are mirrored as patterns and
 * formats in the schema's metadata, so editors and other tools refuse the same entries.
 */
export function agentJsonSchema(schemaUrl: string) {
  return {
    ...z.toJSONSchema(agentSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: schemaUrl,
    title: 'Agent Threat Directory entry (frontmatter of content/agents/<id>.md)',
  };
}
