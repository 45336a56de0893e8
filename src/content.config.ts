import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { readAgentFiles, AGENTS_DIR } from './catalog/agent-files.ts';
import { formatProblem } from './core/entry-file.ts';
import { agentSchema } from './core/schema.ts';

/**
 * Entries are read by the same code as `npm run validate`, so the build refuses exactly what
 * the validator refuses, and lists every problem at once rather than the first.
 */
const agentLoader: Loader = {
  name: 'agent-entries',
  async load({ store, generateDigest, watcher, logger }) {
    async function sync() {
      const { entries, problems } = await readAgentFiles(AGENTS_DIR);
      if (problems.length > 0) {
        throw new Error(`${problems.length} problem(s) in agent entries:\n${problems.map(formatProblem).join('\n')}`);
      }
      store.clear();
      for (const entry of entries) {
        store.set({ id: entry.id, data: entry.data, body: entry.body, digest: generateDigest(entry.body + JSON.stringify(entry.data)) });
      }
      logger.info(`${entries.length} agent entries from ${AGENTS_DIR}`);
    }
    await sync();
    watcher?.add(AGENTS_DIR);
    watcher?.on('all', (_event, file) => {
      if (file.includes(AGENTS_DIR.replace(/^\.\//, ''))) sync().catch((error) => logger.error(String(error.message)));
    });
  },
};

export const collections = {
  agents: defineCollection({ loader: agentLoader, schema: agentSchema }),
};
