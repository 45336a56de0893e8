import type { APIRoute } from 'astro';
import { agentJsonSchema } from '../../core/json-schema.ts';
import { withBase } from '../../catalog/links.ts';

export const GET: APIRoute = ({ site }) => Response.json(agentJsonSchema(new URL(withBase('schema/agent.schema.json'), site).href));
