import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, parseEntryFile } from '../../src/core/entry-file.ts';
import { renderMarkdown } from '../../src/core/markdown.ts';

/**
 * tests/fixtures/hostile/: malicious and malformed entries. expected.json says, for each, either
 * the message that must refuse it, or "inert": it is valid and must render without live markup
 * (the build test renders those into pages too).
 */
const dir = 'tests/fixtures/hostile';
const expected: Record<string, string> = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();

test('every fixture in the hostile corpus has an expected outcome', () => {
  assert.deepEqual(files, Object.keys(expected).sort());
  assert.ok(files.length >= 30);
});

for (const name of files) {
  const file = path.join(dir, name);
  test(`hostile fixture ${name}: ${expected[name] === 'inert' ? 'accepted and rendered inert' : 'refused with a clear message'}`, () => {
    const parsed = parseEntryFile(file, readFileSync(file, 'utf8'), name.replace(/\.md$/, ''));
    if (expected[name] === 'inert') {
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.map(formatProblem).join('\n'));
      const html = renderMarkdown(parsed.body);
      assert.doesNotMatch(html, /<(script|iframe|img|svg|object|form|input|style)\b|\son\w+=|javascript:|vbscript:|data:text/i);
    } else {
      assert.equal(parsed.ok, false, `${name} was accepted`);
      const messages = parsed.ok ? [] : parsed.problems.map(formatProblem);
      for (const message of messages) assert.ok(message.startsWith(`${file}: `), message);
      assert.ok(
        messages.some((m) => new RegExp(expected[name]).test(m)),
        `${name}: no message matches /${expected[name]}/:\n${messages.join('\n')}`,
      );
    }
  });
}
