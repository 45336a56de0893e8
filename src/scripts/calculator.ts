import { FACTORS, type FactorId } from '../core/factors.ts';
import { CVSS_V4_BASE_METRICS, parseCvssV4Base, type CvssBaseMetric } from '../core/cvss.ts';
import { agenticRisk, aivss, directoryVector, parseDirectoryVector, type AivssResult, type Severity } from '../core/scoring.ts';
import { calculatorQuery, readCalculatorState, stateForAgent, type CalculatorState } from '../core/calculator-state.ts';
import { formatFixed, toScaled } from '../core/decimal.ts';
import type { AgentJson } from '../catalog/agent-json.ts';

/**
 * The calculator page. Every figure comes from src/core, the code the build scores the pages
 * with; this script only moves values between the controls, the state and the address bar.
 *
 * The CVSS scoring library is most of the page's weight, so core/cvss-score.ts is imported only
 * once a valid vector is given; until it arrives the AIVSS figure says it is being computed.
 */

// The URL is rewritten once the controls settle: Chromium refuses history updates that come faster
// than about 20 a second, which a dragged slider easily exceeds.
const URL_DELAY_MS = 200;
const METRIC_KEYS = Object.keys(CVSS_V4_BASE_METRICS) as CvssBaseMetric[];

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`calculator: ${selector} is missing from the page`);
  return element;
}

const tenthsText = (value: number) => formatFixed(toScaled(value, 1) ?? 0, 1, 1);
const hundredthsText = (value: number) => formatFixed(Math.round(value * 100), 2, 2);

export function startCalculator() {
  const root = document.querySelector<HTMLElement>('#calculator');
  if (!root) return;
  root.hidden = false;
  const base = root.dataset.base ?? '/';
  const $ = <T extends Element>(selector: string) => required<T>(root, selector);

  const form = $<HTMLFormElement>('#calculator-form');
  const ranges = new Map(FACTORS.map((f) => [f.id, $<HTMLInputElement>(`#range-${f.id}`)]));
  const numbers = new Map(FACTORS.map((f) => [f.id, $<HTMLInputElement>(`#value-${f.id}`)]));
  const errors = new Map(FACTORS.map((f) => [f.id, $<HTMLElement>(`#error-${f.id}`)]));
  const factorVector = $<HTMLInputElement>('#factor-vector');
  const factorVectorError = $<HTMLElement>('#factor-vector-error');
  const cvss = $<HTMLInputElement>('#cvss');
  const cvssMessage = $<HTMLElement>('#cvss-message');
  const selects = new Map(METRIC_KEYS.map((k) => [k, $<HTMLSelectElement>(`#metric-${k}`)]));
  const threat = $<HTMLSelectElement>('#threat');
  const mitigation = $<HTMLSelectElement>('#mitigation');
  const share = $<HTMLInputElement>('#share');
  const copyStatus = $<HTMLElement>('#copy-status');

  const read = readCalculatorState(location.search);
  const state: CalculatorState = read.state;
  const problems = [...read.problems];
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  // The CVSS scorer (core/cvss-score.ts) and the promise of it, once a vector asks for it.
  let scorer: ((vector: string) => number) | undefined;
  let scorerLoading: Promise<void> | undefined;

  function badge(severity: Severity): Node {
    return $<HTMLTemplateElement>(`#badge-${severity}`).content.cloneNode(true);
  }

  function showProblems() {
    $<HTMLElement>('#link-problems').hidden = problems.length === 0;
    $<HTMLElement>('#link-problems-list').replaceChildren(...problems.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
  }

  /** Puts the state into every control except the one the reader is typing in. */
  function fillControls(except?: Element) {
    for (const f of FACTORS) {
      const value = hundredthsText(state.factors[f.id]);
      const range = ranges.get(f.id)!;
      const number = numbers.get(f.id)!;
      if (range !== except) range.value = value;
      if (number !== except) number.value = value;
      number.removeAttribute('aria-invalid');
      errors.get(f.id)!.textContent = '';
      range.setAttribute('aria-valuetext', value);
    }
    if (factorVector !== except) factorVector.value = directoryVector(state.factors);
    factorVector.removeAttribute('aria-invalid');
    factorVectorError.textContent = '';
    if (cvss !== except) cvss.value = state.cvss;
    const parsed = parseCvssV4Base(state.cvss);
    if (parsed.ok || state.cvss.trim() === '') {
      for (const [key, select] of selects) if (select !== except) select.value = parsed.ok ? parsed.metrics[key] : '';
    }
    threat.value = state.threat;
    mitigation.value = state.mitigation;
  }

  function showAivss(result: AivssResult | null, why: string) {
    $<HTMLElement>('#aivss-figures').hidden = result === null;
    $<HTMLElement>('#aivss-none').hidden = result !== null;
    $<HTMLElement>('#aivss-none').textContent = why;
    if (!result) return;
    $<HTMLElement>('#aivss-score').textContent = result.score;
    $<HTMLElement>('#aivss-severity').replaceChildren(badge(result.severity));
    $<HTMLElement>('#cvss-base').textContent = result.cvssBase;
    $<HTMLElement>('#aivss-s').textContent = result.agenticRisk;
    $<HTMLElement>('#aivss-thm').textContent = `${result.threatMultiplier} (${result.threat})`;
    $<HTMLElement>('#aivss-mf').textContent = `${result.mitigationFactor} (${result.mitigation})`;
    $<HTMLElement>('#uplift').textContent = `(10 − ${result.cvssBase}) × (${result.agenticRisk} / 10) × ${result.threatMultiplier} = ${result.uplift}`;
    $<HTMLElement>('#aivss-raw').textContent =
      `round_half_up((${result.cvssBase} + ${result.uplift}) × ${result.mitigationFactor}) = round_half_up(${result.raw}) = ${result.score}`;
  }

  function loadScorer() {
    scorerLoading ??= import('../core/cvss-score.ts').then(
      (module) => {
        scorer = module.cvssBaseTenths;
        compute();
      },
      () => {
        cvssMessage.textContent = 'The CVSS scoring code could not be loaded; reload the page to try again.';
      },
    );
  }

  function compute() {
    const risk = agenticRisk(state.factors);
    $<HTMLElement>('#aars').textContent = risk.display;
    $<HTMLElement>('#aars-tier').replaceChildren(badge(risk.tier));
    $<HTMLElement>('#aars-sum').textContent = `${FACTORS.map((f) => hundredthsText(state.factors[f.id])).join(' + ')} = ${risk.exact}`;

    let result: AivssResult | null = null;
    let why = 'No AIVSS figure: AIVSS scores a vulnerability. Give a CVSS v4.0 vector to compute one.';
    const vector = state.cvss.trim();
    if (vector === '') {
      cvss.removeAttribute('aria-invalid');
      cvssMessage.textContent = 'Empty: no reference vulnerability.';
    } else {
      const parsed = parseCvssV4Base(vector);
      if (parsed.ok && scorer) {
        result = aivss({ cvssBaseTenths: scorer(parsed.vector), aarsHundredths: risk.sumHundredths, threat: state.threat, mitigation: state.mitigation });
        cvss.removeAttribute('aria-invalid');
        cvssMessage.textContent = `Valid: CVSS v4.0 base score ${result.cvssBase}.`;
      } else if (parsed.ok) {
        cvss.removeAttribute('aria-invalid');
        cvssMessage.textContent = 'Valid; computing the CVSS v4.0 base score…';
        why = 'Computing the AIVSS figure…';
        loadScorer();
      } else {
        cvss.setAttribute('aria-invalid', 'true');
        cvssMessage.textContent = `Not a valid vector: ${parsed.error}.`;
        why = 'No AIVSS figure until the CVSS vector is corrected.';
      }
    }
    showAivss(result, why);
    $<HTMLElement>('#result-summary').textContent =
      `Agentic risk ${risk.display} (${risk.tier}). ` + (result ? `AIVSS ${result.score} (${result.severity}).` : why);
    // On a narrow screen the result sits below the sliders; this bar keeps it in sight while they move.
    $<HTMLElement>('#result-bar').textContent =
      `Agentic risk ${risk.display} ${risk.tier}` + (result ? ` · AIVSS ${result.score} ${result.severity}` : ' · no AIVSS');

    const query = calculatorQuery(state);
    share.value = `${location.origin}${location.pathname}${query}`;
    // A printed page cannot scroll an input: paper gets the whole link as wrapping text.
    $<HTMLElement>('#share-print').textContent = share.value;
    copyStatus.textContent = '';
    return query;
  }

  /** After a change by the reader: recompute, and put the new state in the address bar. */
  function changed(except?: Element) {
    fillControls(except);
    const query = compute();
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => history.replaceState(null, '', query), URL_DELAY_MS);
  }

  function onFactorInput(input: HTMLInputElement) {
    const id = input.dataset.factor as FactorId;
    const hundredths = input.value.trim() === '' ? null : toScaled(Number(input.value), 2);
    if (hundredths === null || hundredths < 0 || hundredths > 100) {
      input.setAttribute('aria-invalid', 'true');
      errors.get(id)!.textContent = 'Enter a value from 0 to 1 with at most two decimals; the last valid value is used.';
      return;
    }
    state.factors[id] = hundredths / 100;
    changed(input);
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset.factor) onFactorInput(target);
    else if (target === factorVector) {
      const parsed = parseDirectoryVector(factorVector.value);
      if (parsed.ok) {
        state.factors = parsed.factors;
        changed(factorVector);
      } else {
        factorVector.setAttribute('aria-invalid', 'true');
        factorVectorError.textContent = `Not a directory vector: ${parsed.error}. The sliders keep their values.`;
      }
    } else if (target === cvss) {
      state.cvss = cvss.value.trim();
      changed(cvss);
    }
  });
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.dataset.metric) {
      // A partly picked vector is shown as it stands; the message names the metrics still missing.
      const picked = METRIC_KEYS.filter((k) => selects.get(k)!.value !== '').map((k) => `${k}:${selects.get(k)!.value}`);
      state.cvss = picked.length > 0 ? `CVSS:4.0/${picked.join('/')}` : '';
      changed(target);
    } else if (target === threat) {
      state.threat = threat.value as CalculatorState['threat'];
      changed();
    } else if (target === mitigation) {
      state.mitigation = mitigation.value as CalculatorState['mitigation'];
      changed();
    }
  });
  share.addEventListener('focus', () => share.select());
  $<HTMLButtonElement>('#copy').addEventListener('click', () => {
    // The clipboard API exists only on https and localhost; elsewhere the reader copies by hand.
    (navigator.clipboard?.writeText(share.value) ?? Promise.reject(new Error('no clipboard'))).then(
      () => (copyStatus.textContent = 'Link copied.'),
      () => (copyStatus.textContent = 'Could not copy: select the link and copy it.'),
    );
  });

  async function showOrigin(id: string) {
    let agent: AgentJson;
    try {
      const response = await fetch(`${base}api/agents/${encodeURIComponent(id)}.json`);
      if (!response.ok) throw new Error(String(response.status));
      agent = ((await response.json()) as { agents: AgentJson[] }).agents[0];
    } catch {
      problems.push(`"${id}" is not an agent in the directory, so there are no published figures to compare with.`);
      showProblems();
      return;
    }
    const link = $<HTMLAnchorElement>('#origin-link');
    link.textContent = agent.name;
    link.href = new URL(agent.url).pathname;
    $<HTMLElement>('#origin-figures').textContent =
      `agentic risk ${tenthsText(agent.agenticRisk)} (${agent.agenticTier}), ` +
      (agent.aivss ? `AIVSS ${tenthsText(agent.aivss.score)} (${agent.aivss.severity}).` : 'no AIVSS figure.');
    const published = stateForAgent(
      agent.id,
      agent.factors,
      agent.aivss ? { cvss: agent.aivss.cvssVector, threat: agent.aivss.threat, mitigation: agent.aivss.mitigation } : null,
    );
    $<HTMLAnchorElement>('#origin-reset').href = `${base}calculator/${calculatorQuery(published)}`;
    $<HTMLElement>('#origin').hidden = false;
  }

  showProblems();
  fillControls();
  compute();
  if (state.agent) void showOrigin(state.agent);
}
