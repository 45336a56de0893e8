import { test } from 'vitest';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/core/markdown.ts';

test('markup from an entry body never reaches the page live', () => {
  const html = renderMarkdown(
    [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<iframe src="https://evil.example/"></iframe>',
      '<a href="https://example.org" onclick="steal()">click</a>',
      '[link](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>)',
      '<style>body{display:none}</style>',
      '![pixel](https://tracker.example/p.gif "t")',
    ].join('\n\n'),
  );
  for (const forbidden of [/<script/i, /onerror/i, /<iframe/i, /onclick/i, /javascript:/i, /data:text/i, /<style/i, /<img/i, /tracker/i]) {
    assert.doesNotMatch(html, forbidden);
  }
});

test('ordinary Markdown renders, headings fit under the page headings and external links drop the referrer', () => {
  const html = renderMarkdown('# Notes\n\nSee [the docs](https://example.org/docs).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
  assert.match(html, /<h3>Notes<\/h3>/);
  assert.match(html, /<a href="https:\/\/example\.org\/docs" rel="noopener noreferrer">the docs<\/a>/);
  assert.match(html, /<table>/);
});
