import { test } from 'vitest';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { agentJsonSchema } from '../../src/core/json-schema.ts';
import { agentSchema } from '../../src/core/schema.ts';
import { readContent } from '../../src/catalog/content-files.ts';
import { BAD_ENTRIES, GOOD_REFERENCE, validEntry } from './fixtures.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false, multipleOfPrecision: 9 });
addFormats.default(ajv);
const validate = ajv.compile(agentJsonSchema('https://example.org/schema/agent.schema.json'));

test('the JSON Schema accepts what the validator accepts', async () => {
  const withReference = { ...validEntry(), reference: GOOD_REFERENCE, formerIds: ['old-name'], basis: ['documentation'] };
  for (const data of [validEntry(), withReference]) {
    assert.ok(agentSchema.safeParse(data).success);
    assert.ok(validate(data), JSON.stringify(validate.errors));
  }
  for (const entry of (await readContent('content')).entries) {
    assert.ok(validate(entry.data), `${entry.file}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the JSON Schema rejects every bad-entry fixture the validator rejects', () => {
  for (const { name, change } of BAD_ENTRIES) {
    const data = validEntry();
    change(data);
    assert.equal(agentSchema.safeParse(data).success, false, `validator accepts: ${name}`);
    assert.equal(validate(data), false, `JSON Schema accepts: ${name}`);
  }
});
