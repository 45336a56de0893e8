import { afterAll, describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { readContent } from '../../src/catalog/content-files.ts';
import { formatProblem } from '../../src/core/entry-file.ts';
import { CommandFailure } from '../../scripts/lib/cli.ts';
import { Plan } from '../../scripts/lib/plan.ts';
import { entryText, validEntry } from './fixtures.ts';

/**
 * The four content commands, run as contributors run them, on small content folders. Every
 * refusal must name the file, field and what is wrong, without a stack trace, and leave the
 * folder byte for byte as it was. Subprocesses run concurrently: each costs a Node start-up.
 */

const entry = (changes: Record<string, unknown> = {}) => entryText({ ...validEntry(), ...changes });
const RETIRED = `# Withdrawn agents.\n${stringify([{ id: 'beta', name: 'Beta', retired: '2026-09-01', reason: 'Abandoned.', successor: 'alpha' }])}`;

/**
 * alpha: current, with one revision and a comment in its frontmatter; beta: retired, with a
 * revision, alpha its successor; gamma: current, once published as old-gamma; delta: current.
 */
const BASE: Record<string, string> = {
  'agents/alpha.md': entry({ name: 'Alpha', changes: 'Re-rated.' }).replace('\nsummary:', '\n# Reviewed twice.\nsummary:'),
  'revisions/alpha/2026-10-01.md': entry({ name: 'Alpha', assessed: '2026-10-01' }),
  'revisions/beta/2026-08-01.md': entry({ name: 'Beta', assessed: '2026-08-01' }),
  'agents/gamma.md': entry({ name: 'Gamma', formerIds: ['old-gamma'] }),
  'agents/delta.md': entry({ name: 'Delta' }),
  'retired.yaml': RETIRED,
  'published.json': '{ "revisions": { "alpha": { "2026-10-01": "x" } } }\n',
};

function folder(files: Record<string, string> = BASE): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'commands-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Every file and folder below `dir` with its content: equal snapshots mean nothing changed. */
function snapshot(dir: string): Record<string, string | null> {
  const tree: Record<string, string | null> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(d.parentPath, d.name);
    tree[path.relative(dir, file)] = d.isFile() ? readFileSync(file, 'utf8') : null;
  }
  return tree;
}

// Most of a command's start-up is stripping types from the same modules: cache it across runs.
const compileCache = mkdtempSync(path.join(tmpdir(), 'commands-cache-'));
afterAll(() => rmSync(compileCache, { recursive: true, force: true }));

function run(command: string, args: string[], dir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`scripts/${command}.ts`, ...args], { env: { ...process.env, CONTENT_DIR: dir, NODE_COMPILE_CACHE: compileCache } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject).on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs a command that must be refused: exit 1, each expected `[file, field, message pattern]`
 * as a line of stderr in the validator's form, no stack trace, nothing changed.
 */
async function refused(command: string, args: string[], expected: [file: string, field: string, message: string][], files: Record<string, string> = BASE) {
  const dir = folder(files);
  try {
    const before = snapshot(dir);
    const result = await run(command, args, dir);
    assert.equal(result.status, 1, result.stderr);
    assert.doesNotMatch(result.stderr, /^\s+at /m, 'a stack trace');
    for (const [file, field, message] of expected) {
      assert.match(result.stderr, new RegExp(`^${escape(path.join(dir, file))}: ${escape(field)}: .*${message}`, 'm'));
    }
    assert.match(result.stderr, /Nothing was changed/);
    assert.deepEqual(snapshot(dir), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the base folder is valid content', async () => {
  const dir = folder();
  try {
    assert.deepEqual((await readContent(dir)).problems.map(formatProblem), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe.concurrent('refused, changing nothing', () => {
  test('rename onto a current agent', () =>
    refused('rename-agent', ['alpha', 'gamma'], [['agents/gamma.md', '(file)', 'already exists; "gamma" is a current agent']]));
  test('rename onto a retired id with revisions', () =>
    refused(
      'rename-agent',
      ['alpha', 'beta'],
      [
        ['retired.yaml', '[0].id', '"beta" is a retired agent'],
        ['revisions/beta', '(file)', 'already exists; revisions were published under "beta"'],
      ],
    ));
  test("rename onto another agent's former id", () =>
    refused('rename-agent', ['alpha', 'old-gamma'], [['agents/gamma.md', 'formerIds', '"old-gamma" is a former id of gamma']]));
  test('rename onto its own former id', () =>
    refused('rename-agent', ['gamma', 'old-gamma'], [['agents/gamma.md', 'formerIds', '"old-gamma" is a former id of gamma']]));
  test('rename of a missing id', () =>
    refused('rename-agent', ['missing', 'found'], [['agents/missing.md', '(file)', 'no such file; "missing" is not a current agent']]));

  test('retire with itself as successor', () =>
    refused('retire-agent', ['alpha', '--reason', 'Gone.', '--successor', 'alpha'], [['retired.yaml', '[1].successor', '"alpha" is the agent being retired']]));
  test('retire with a successor that is not a current agent', () =>
    refused('retire-agent', ['delta', '--reason', 'Gone.', '--successor', 'beta'], [['retired.yaml', '[1].successor', 'no current agent "beta"']]));
  test('retire with a date that is not a date', () =>
    refused(
      'retire-agent',
      ['delta', '--reason', 'Gone.', '--date', 'tomorrow'],
      [['retired.yaml', '[1].retired', '--date "tomorrow" is not a real date; expected YYYY-MM-DD']],
    ));
  test('retire with a blank reason (the planned retired.yaml fails the schema)', () =>
    refused('retire-agent', ['delta', '--reason', '   '], [['retired.yaml', '[1].reason', 'must not be empty']]));
  test('retire an id that does not exist', () => refused('retire-agent', ['missing', '--reason', 'Gone.'], [['agents/missing.md', '(file)', 'no such file']]));

  test('revise with a date that is not a date', () =>
    refused('revise-agent', ['alpha', '--date', '2026-02-30'], [['agents/alpha.md', 'assessed', '--date "2026-02-30" is not a real date']]));
  test('revise twice on one day: the snapshot already exists', () =>
    refused(
      'revise-agent',
      ['delta', '--date', '2026-12-01'],
      [['revisions/delta/2026-11-20.md', '(file)', 'already exists; the 2026-11-20 assessment is already kept']],
      {
        ...BASE,
        'revisions/delta/2026-11-20.md': entry({ name: 'Delta' }),
      },
    ));
  test('revise an id that does not exist', () => refused('revise-agent', ['missing'], [['agents/missing.md', '(file)', 'no such file']]));

  test('new agent under a retired id', () => refused('new-agent', ['beta', 'Beta'], [['retired.yaml', '[0].id', '"beta" is a retired agent']]));
});

describe.concurrent('applied', () => {
  test('rename moves entry and revisions, records the former id, repoints successors, leaves the ledger', async () => {
    const dir = folder();
    try {
      const result = await run('rename-agent', ['alpha', 'alpha-two'], dir);
      assert.equal(result.status, 0, result.stderr);
      const after = snapshot(dir);
      assert.equal(existsSync(path.join(dir, 'agents/alpha.md')), false);
      assert.equal(existsSync(path.join(dir, 'revisions/alpha')), false);
      assert.equal(after['revisions/alpha-two/2026-10-01.md'], BASE['revisions/alpha/2026-10-01.md']);
      assert.match(after['agents/alpha-two.md']!, /# Reviewed twice\.\n/);
      assert.match(after['agents/alpha-two.md']!, /\nformerIds:\n {2}- alpha\n/);
      assert.equal(after['retired.yaml'], RETIRED.replace('successor: alpha', 'successor: alpha-two'));
      assert.equal(after['published.json'], BASE['published.json']);
      assert.deepEqual((await readContent(dir)).problems.map(formatProblem), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('retire keeps the assessment as the last revision and appends the tombstone', async () => {
    const dir = folder();
    try {
      const result = await run('retire-agent', ['delta', '--reason', 'Merged into Alpha.', '--successor', 'alpha', '--date', '2026-12-01'], dir);
      assert.equal(result.status, 0, result.stderr);
      const after = snapshot(dir);
      assert.equal(existsSync(path.join(dir, 'agents/delta.md')), false);
      assert.equal(after['revisions/delta/2026-11-20.md'], BASE['agents/delta.md']);
      assert.equal(after['retired.yaml'], `${RETIRED}- id: delta\n  name: Delta\n  retired: 2026-12-01\n  reason: Merged into Alpha.\n  successor: alpha\n`);
      const content = await readContent(dir);
      assert.deepEqual(content.problems.map(formatProblem), []);
      assert.deepEqual(
        content.retired.map((r) => r.id),
        ['beta', 'delta'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('revise keeps the published text, asks through the validator what changed, and refuses a second revision that day', async () => {
    const dir = folder();
    try {
      const result = await run('revise-agent', ['alpha', '--date', '2026-12-01'], dir);
      assert.equal(result.status, 0, result.stderr);
      const file = path.join(dir, 'agents/alpha.md');
      assert.equal(readFileSync(path.join(dir, 'revisions/alpha/2026-11-20.md'), 'utf8'), BASE['agents/alpha.md']);
      const revised = readFileSync(file, 'utf8');
      assert.match(revised, /# Reviewed twice\.\n/);
      assert.match(revised, /\nassessed: 2026-12-01\n/);
      // The blank is the question: the entry's only problem (until it is filled, the validator
      // also counts the entry's revisions and successors as orphans).
      const problems = (await readContent(dir)).problems.filter((p) => p.file === file);
      assert.deepEqual(
        problems.map((p) => p.field),
        ['changes'],
      );
      writeFileSync(file, revised.replace('changes: ""', 'changes: Re-rated memory.'));
      assert.deepEqual((await readContent(dir)).problems.map(formatProblem), []);
      // The same day again: refused, nothing changed.
      const before = snapshot(dir);
      const again = await run('revise-agent', ['alpha', '--date', '2026-12-01'], dir);
      assert.equal(again.status, 1);
      assert.match(
        again.stderr,
        new RegExp(`^${escape(file)}: assessed: the new revision's date \\(2026-12-01\\) must be after the current one \\(2026-12-01\\)`, 'm'),
      );
      assert.doesNotMatch(again.stderr, /^\s+at /m);
      assert.deepEqual(snapshot(dir), before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('new-agent writes a scaffold whose only problems are its own blanks', async () => {
    const dir = folder();
    try {
      const result = await run('new-agent', ['epsilon', 'Epsilon'], dir);
      assert.equal(result.status, 0, result.stderr);
      const file = path.join(dir, 'agents/epsilon.md');
      const { problems } = await readContent(dir);
      assert.ok(problems.length > 0);
      assert.deepEqual(new Set(problems.map((p) => p.file)), new Set([file]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('an unexpected error is one line, not a stack trace', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'commands-'));
  try {
    const result = await run('rename-agent', ['alpha', 'beta'], dir);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, `rename-agent: no folder ${path.join(dir, 'agents')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a step that fails while applying undoes the steps before it', async () => {
  const dir = folder();
  try {
    const before = snapshot(dir);
    const plan = await Plan.read(dir);
    plan.write(path.join(dir, 'revisions/delta/2026-11-20.md'), BASE['agents/delta.md'], { create: true });
    plan.operations.push({ kind: 'move', from: path.join(dir, 'revisions/nothing'), to: path.join(dir, 'revisions/something') });
    assert.throws(
      () => plan.apply(),
      (error: unknown) => {
        assert.ok(error instanceof CommandFailure);
        assert.match(error.lines[0], new RegExp(`^${escape(path.join(dir, 'revisions/nothing'))}: \\(file\\): cannot move: ENOENT`));
        assert.equal(error.lines[1], 'Undid the steps already taken; nothing was changed.');
        return true;
      },
    );
    assert.deepEqual(snapshot(dir), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
