import { test, expect, type Page } from '@playwright/test';
import type { AgentJson } from '../../src/catalog/agent-json.ts';

type ApiAgent = AgentJson;

const AUTOGEN = 'AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:0.7';
const SMOLAGENTS = 'AA:0.6/GDP:0.5/SM:0.2/TU:0.7/MU:0.2/CA:0.4/DI:0.1/MAI:0.3/ND:0.6/OR:0.4';
const all = (value: string) => ['AA', 'GDP', 'SM', 'TU', 'MU', 'CA', 'DI', 'MAI', 'ND', 'OR'].map((c) => `${c}:${value}`).join('/');
const CRITICAL = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

async function expectRisk(page: Page, display: string, tier: string) {
  await expect(page.locator('#aars')).toHaveText(display);
  await expect(page.locator('#aars-tier')).toHaveText(tier);
}

test('the calculator opened from every agent page gives that page’s published figures', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { agents } = (await (await request.get('/api/agents.json')).json()) as { agents: ApiAgent[] };
  expect(agents.length).toBeGreaterThanOrEqual(2);
  for (const agent of agents) {
    await page.goto(new URL(agent.url).pathname);
    await page.getByRole('link', { name: 'Rescore in calculator' }).click();
    await expect(page).toHaveURL(/\/calculator\/\?factors=/);
    await expect(page.locator('#factor-vector')).toHaveValue(agent.vector);
    await expectRisk(page, agent.agenticRisk.toFixed(1), agent.agenticTier);
    // The page's AIVSS: its reference vulnerability, else its worst published advisory.
    const worst = agent.advisories.find((a) => a.id === agent.worstAdvisory?.id);
    const shown = agent.aivss ?? (worst?.aivss ? { score: worst.aivss.score, severity: worst.aivss.severity, cvssBase: worst.cvssBase! } : null);
    if (shown) {
      await expect(page.locator('#aivss-score')).toHaveText(shown.score.toFixed(1));
      await expect(page.locator('#aivss-severity')).toHaveText(shown.severity);
      await expect(page.locator('#cvss-base')).toHaveText(shown.cvssBase.toFixed(1));
    } else {
      await expect(page.locator('#aivss-none')).toHaveText(/No AIVSS figure/);
      await expect(page.locator('#aivss-figures')).toBeHidden();
    }
    await expect(page.locator('#origin')).toContainText(`Started from the published assessment of ${agent.name}`);
    await expect(page.locator('#link-problems')).toBeHidden();
  }
});

// The spec's tables are proven exhaustively in tests/unit/scoring.test.ts; here one or two rows
// each show that the page wires its inputs to that code.
test('the spec’s agentic risk examples come out of the calculator', async ({ page }) => {
  const examples: [string, string, string][] = [
    [AUTOGEN, '7.5', 'High'],
    [all('1'), '10.0', 'Critical'],
  ];
  for (const [factors, display, tier] of examples) {
    await page.goto(`/calculator/?factors=${factors}`);
    await expectRisk(page, display, tier);
  }
  await expect(page.locator('#aars-sum')).toHaveText('1.00 + 1.00 + 1.00 + 1.00 + 1.00 + 1.00 + 1.00 + 1.00 + 1.00 + 1.00 = 10');
});

test('rows of the spec’s AIVSS table come out of the calculator', async ({ page }) => {
  // Vectors whose CVSS v4.0 base is the table's C, and factor sets whose sum is its S.
  const cvss: Record<string, string> = {
    '0.0': 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N',
    '10.0': 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H',
    '7.5': 'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:A/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L',
    '9.4': 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H',
  };
  const factors: Record<string, string> = { '0': all('0'), '10': all('1'), '7.5': AUTOGEN, '5.0': all('0.5'), '4.0': all('0.4'), '9.0': all('0.9') };
  const rows: [string, string, string, string, string, string, string, string][] = [
    ['7.5', '7.5', 'proof-of-concept', 'none', '1.81875', '9.31875', '9.3', 'Critical'],
    ['0.0', '4.0', 'attacked', 'strong', '4', '2.68', '2.7', 'Low'],
  ];
  for (const [c, s, threat, mitigation, uplift, raw, score, severity] of rows) {
    await page.goto(`/calculator/?factors=${factors[s]}&cvss=${cvss[c]}&threat=${threat}&mitigation=${mitigation}`);
    await expect(page.locator('#cvss-base'), `C ${c}`).toHaveText(c);
    await expect(page.locator('#uplift'), `C ${c}, S ${s}`).toHaveText(new RegExp(`= ${uplift.replace('.', '\\.')}$`));
    await expect(page.locator('#aivss-raw')).toHaveText(new RegExp(`round_half_up\\(${raw.replace('.', '\\.')}\\) = ${score.replace('.', '\\.')}$`));
    await expect(page.locator('#aivss-score')).toHaveText(score);
    await expect(page.locator('#aivss-severity')).toHaveText(severity);
    await expect(page.locator('#result-summary')).toContainText(`AIVSS ${score} (${severity})`);
  }
});

test('the spec’s CVSS v4.0 base score examples come out of the calculator', async ({ page }) => {
  const examples: [string, string][] = [
    [CRITICAL, '9.3'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N', '5.3'],
  ];
  await page.goto(`/calculator/?factors=${AUTOGEN}`);
  for (const [vector, base] of examples) {
    await page.getByLabel('CVSS v4.0 vector').fill(vector);
    await expect(page.locator('#cvss-base')).toHaveText(base);
    await expect(page.locator('#cvss-message')).toHaveText(`Valid: CVSS v4.0 base score ${base}.`);
  }
  // 9.3 + (10 − 9.3) × 0.75 × 0.97 = 9.80925: the figure the scoring unit tests give.
  await page.getByLabel('CVSS v4.0 vector').fill(CRITICAL);
  await expect(page.locator('#aivss-score')).toHaveText('9.8');
});

test('a rescored result is a link that restores every input and figure exactly', async ({ page, context }) => {
  await page.goto('/calculator/');
  await expectRisk(page, '0.0', 'None');
  await page.getByLabel('Directory vector').fill(SMOLAGENTS);
  await page.getByLabel('Autonomy of Action (AA), exact value').fill('0.85');
  await page.getByLabel('CVSS v4.0 vector').fill(CRITICAL);
  await page.getByLabel('Exploit maturity').selectOption('attacked');
  await page.getByLabel('Mitigation').selectOption('partial');
  const expected = `?factors=AA:0.85/GDP:0.5/SM:0.2/TU:0.7/MU:0.2/CA:0.4/DI:0.1/MAI:0.3/ND:0.6/OR:0.4&cvss=${CRITICAL}&threat=attacked&mitigation=partial`;
  await expect(page).toHaveURL(new RegExp(`/calculator/${expected.replace(/[?.()/]/g, '\\$&')}$`));
  await expect(page.getByLabel('Link to this result')).toHaveValue(new URL(`/calculator/${expected}`, page.url()).href);
  const figures = await page.locator('#result-summary').textContent();
  // (9.3 + 0.7 × 0.425 × 1.00) × 0.83 = 7.965925
  expect(figures).toBe('Agentic risk 4.3 (Medium). AIVSS 8.0 (High).');

  const reopened = await context.newPage();
  await reopened.goto(page.url());
  await expect(reopened.locator('#result-summary')).toHaveText(figures!);
  await expect(reopened.getByLabel('Autonomy of Action (AA), exact value')).toHaveValue('0.85');
  await expect(reopened.locator('#range-autonomy-of-action')).toHaveValue('0.85');
  await expect(reopened.getByLabel('Non-Determinism (ND), exact value')).toHaveValue('0.60');
  await expect(reopened.getByLabel('CVSS v4.0 vector')).toHaveValue(CRITICAL);
  await expect(reopened.getByLabel('Attack Vector (AV)')).toHaveValue('N');
  await expect(reopened.getByLabel('Exploit maturity')).toHaveValue('attacked');
  await expect(reopened.getByLabel('Mitigation')).toHaveValue('partial');
  await expect(reopened.locator('#uplift')).toHaveText((await page.locator('#uplift').textContent()) as string);
  await expect(reopened.locator('#link-problems')).toBeHidden();
});

test('the factor sliders work from the keyboard and show the exact value', async ({ page }) => {
  await page.goto('/calculator/');
  const slider = page.getByRole('slider', { name: 'Dynamic Tool Use (TU)' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Dynamic Tool Use (TU), exact value')).toHaveValue('0.03');
  await expect(page.locator('#factor-vector')).toHaveValue('AA:0/GDP:0/SM:0/TU:0.03/MU:0/CA:0/DI:0/MAI:0/ND:0/OR:0');
  await page.keyboard.press('End');
  await expect(page.getByLabel('Dynamic Tool Use (TU), exact value')).toHaveValue('1.00');
  await expectRisk(page, '1.0', 'Low');
  await expect(page).toHaveURL(/TU:1\//);
});

test('a value out of range is refused with a message and the last valid one kept', async ({ page }) => {
  await page.goto(`/calculator/?factors=${AUTOGEN}`);
  const exact = page.getByLabel('Self-Modification (SM), exact value');
  await exact.fill('1.5');
  await expect(exact).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#error-self-modification')).toHaveText(/from 0 to 1 with at most two decimals/);
  await expectRisk(page, '7.5', 'High');
  await page.getByLabel('Directory vector').fill('AA:0.8/GDP:0.9');
  await expect(page.locator('#factor-vector-error')).toHaveText(/missing SM, TU, MU, CA, DI, MAI, ND, OR/);
  await expectRisk(page, '7.5', 'High');
});

test('a bad CVSS vector gets a message naming the metric at fault', async ({ page }) => {
  await page.goto(`/calculator/?factors=${AUTOGEN}`);
  const field = page.getByLabel('CVSS v4.0 vector');
  const cases: [string, string][] = [
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS v3.1 vectors are not accepted; expected a CVSS v4.0 vector ("CVSS:4.0/…")'],
    ['CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 'AV:X is not a valid Attack Vector; expected one of N, A, L, P'],
    [`${CRITICAL}/E:A`, 'E is a threat metric; only the eleven base metrics are accepted'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H', 'missing base metrics SC, SI, SA'],
  ];
  for (const [vector, message] of cases) {
    await field.fill(vector);
    await expect(page.locator('#cvss-message')).toHaveText(`Not a valid vector: ${message}.`);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#aivss-none')).toHaveText('No AIVSS figure until the CVSS vector is corrected.');
  }
  await field.fill('');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#aivss-none')).toHaveText(/Give a CVSS v4\.0 vector/);
});

test('picking the eleven base metrics one by one builds the vector', async ({ page }) => {
  await page.goto(`/calculator/?factors=${AUTOGEN}`);
  await page.getByText('Or pick the eleven base metrics one by one').click();
  const picks: [string, string][] = [
    ['Attack Vector (AV)', 'N'],
    ['Attack Complexity (AC)', 'L'],
    ['Attack Requirements (AT)', 'N'],
    ['Privileges Required (PR)', 'N'],
    ['User Interaction (UI)', 'N'],
    ['Vulnerable System Confidentiality (VC)', 'H'],
    ['Vulnerable System Integrity (VI)', 'H'],
    ['Vulnerable System Availability (VA)', 'H'],
    ['Subsequent System Confidentiality (SC)', 'N'],
    ['Subsequent System Integrity (SI)', 'N'],
  ];
  for (const [label, value] of picks) await page.getByLabel(label).selectOption(value);
  await expect(page.locator('#cvss-message')).toHaveText('Not a valid vector: missing base metric SA.');
  await page.getByLabel('Subsequent System Availability (SA)').selectOption('N');
  await expect(page.getByLabel('CVSS v4.0 vector')).toHaveValue(CRITICAL);
  await expect(page.locator('#cvss-base')).toHaveText('9.3');
  await expect(page.locator('#aivss-score')).toHaveText('9.8');
});

test('a malformed link says what it could not read and keeps the rest', async ({ page }) => {
  await page.goto(`/calculator/?factors=${AUTOGEN.replace('OR:0.7', 'OR:2')}&cvss=CVSS:4.0/AV:N&threat=rumoured&mitigation=strong&agent=no-such-agent`);
  const problems = page.locator('#link-problems-list li');
  await expect(problems).toHaveText([
    'Factors: OR:2 is not a value from 0 to 1 with at most two decimals; Opacity & Reflexivity starts at 0.',
    'CVSS vector: missing base metrics AC, AT, PR, UI, VC, VI, VA, SC, SI, SA. No AIVSS figure until it is corrected.',
    'Exploit maturity "rumoured" is not one of attacked, proof-of-concept, unreported; proof-of-concept is used.',
    '"no-such-agent" is not an agent in the directory, so there are no published figures to compare with.',
  ]);
  await expect(page.getByLabel('Autonomy of Action (AA), exact value')).toHaveValue('0.80');
  await expect(page.getByLabel('Opacity & Reflexivity (OR), exact value')).toHaveValue('0.00');
  await expect(page.getByLabel('CVSS v4.0 vector')).toHaveValue('CVSS:4.0/AV:N');
  await expect(page.getByLabel('Mitigation')).toHaveValue('strong');
  await expectRisk(page, '6.8', 'Medium');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the calculator says it needs JavaScript and links to the static figures', async ({ page }) => {
    await page.goto(`/calculator/?factors=${AUTOGEN}`);
    // Playwright's text and role queries skip <noscript>, so these look inside it by CSS.
    await expect(page.locator('noscript p')).toContainText('The calculator runs in your browser and needs JavaScript.');
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.locator('noscript a[href="/methodology/"]')).toHaveText('methodology');
    await expect(page.locator('#calculator')).toBeHidden();
  });
});

test('on a phone the calculator fits the screen and keeps the result in sight', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/calculator/?factors=${AUTOGEN}&cvss=${CRITICAL}`);
  // No sideways scrolling of the page: content is no wider than the viewport less the scrollbar gutter.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.getByRole('slider', { name: 'Non-Determinism (ND)' }).focus();
  await page.keyboard.press('Home');
  await expect(page.locator('#result-bar')).toBeInViewport();
  // 9.3 + 0.7 × 0.67 × 0.97 = 9.754930
  await expect(page.locator('#result-bar')).toHaveText('Agentic risk 6.7 Medium · AIVSS 9.8 Critical');
});

test('Copy link puts the result’s link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/calculator/?factors=${AUTOGEN}&cvss=${CRITICAL}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/calculator/?factors=${AUTOGEN}&cvss=${CRITICAL}`, page.url()).href);
});
