import { afterEach, test, vi } from 'vitest';
import assert from 'node:assert/strict';

/** src/site.ts reads the environment once, at import: load it afresh under the given variables. */
async function siteWith(env: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import('../../src/site.ts');
}
afterEach(() => vi.unstubAllEnvs());

test('without SITE the build is a preview: placeholder origin, and a boxed warning naming SITE, BASE_PATH and the README section', async () => {
  const site = await siteWith({ SITE: undefined, BASE_PATH: '/agent-threats' });
  assert.equal(site.IS_PREVIEW, true);
  assert.equal(site.SITE, 'https://agent-threat-directory.example');
  assert.equal(site.BASE_PATH, '/agent-threats/');
  const box = site.previewWarning();
  assert.match(box[0], /^\+-+\+$/);
  assert.equal(box.at(-1), box[0]);
  assert.ok(
    box.every((line) => line.length === box[0].length),
    'every line of the box is as wide as its frame',
  );
  const text = box.join('\n');
  for (const needle of ['PREVIEW BUILD', 'SITE', 'BASE_PATH', 'now /agent-threats/', 'README.md, section “Deploy”']) assert.ok(text.includes(needle), needle);
});

test('an empty SITE (an unset CI variable) is a preview too; a set one is not, and warns nothing', async () => {
  assert.equal((await siteWith({ SITE: '' })).IS_PREVIEW, true);
  const site = await siteWith({ SITE: 'https://owner.github.io' });
  assert.equal(site.IS_PREVIEW, false);
  assert.equal(site.SITE, 'https://owner.github.io');
  assert.deepEqual(site.previewWarning(), []);
});

test('REPOSITORY_URL is used only when it is an http(s) address, without a trailing slash', async () => {
  assert.equal((await siteWith({ REPOSITORY_URL: 'https://github.com/owner/repo/' })).REPOSITORY_URL, 'https://github.com/owner/repo');
  assert.equal((await siteWith({ REPOSITORY_URL: undefined })).REPOSITORY_URL, '');
  assert.equal((await siteWith({ REPOSITORY_URL: 'javascript:alert(1)' })).REPOSITORY_URL, '');
});
