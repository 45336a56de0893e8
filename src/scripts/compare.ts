import { FACTORS } from '../core/factors.ts';
import { LAYERS } from '../core/maestro.ts';
import { DEFENCE_CONTROLS, DEFENCE_STATUSES } from '../core/defences.ts';
import { advisoryAnchor, layerAnchor } from '../catalog/anchors.ts';
import { formatFixed } from '../core/decimal.ts';
import type { Severity } from '../core/scoring.ts';
import type { AgentJson } from '../catalog/agent-json.ts';

/**
 * The compare page: two to four agents side by side, named in the address
 * (`?agents=autogen,smolagents`; the heatmap's tick boxes send `agents=a&agents=b`, read the same).
 * Figures come precomputed from the JSON API, so this script does no scoring of its own.
 */

export const MAX_AGENTS = 4;

/** The agent ids a query names, in order, each once, at most four; anything dropped is explained. */
export function readAgentIds(params: URLSearchParams): { ids: string[]; problems: string[] } {
  const named = params
    .getAll('agents')
    .flatMap((v) => v.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const ids = [...new Set(named)];
  const problems: string[] = [];
  if (ids.length > MAX_AGENTS) {
    const left = ids.slice(MAX_AGENTS);
    problems.push(`At most ${MAX_AGENTS} agents can be compared at once; ${left.join(', ')} ${left.length > 1 ? 'were' : 'was'} left out.`);
  }
  return { ids: ids.slice(0, MAX_AGENTS), problems };
}

/** `?agents=a,b`: commas are legal in a query and keep the link readable. */
export function compareQuery(ids: readonly string[]): string {
  return ids.length > 0 ? `?agents=${ids.map(encodeURIComponent).join(',')}` : '';
}

type Child = Node | string;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const hundredths = (value: number) => Math.round(value * 100);
const th = 'border-b border-slate-300 py-2 pr-3 text-left align-bottom dark:border-slate-700';
// relative: screen-reader text in a cell is positioned, and must scroll with the table.
const td = 'relative border-b border-slate-200 py-2 pr-3 align-top dark:border-slate-800';
// A row's name: not relative, as it sticks to the left edge while the table scrolls (.sticky-first).
const rowHeader = 'border-b border-slate-200 py-2 pr-3 text-left align-top font-medium dark:border-slate-800';
const mono = 'font-mono';
const muted = 'text-xs text-slate-600 dark:text-slate-400';

export function startCompare() {
  const root = document.querySelector<HTMLElement>('#compare');
  if (!root) return;
  root.hidden = false;
  const base = root.dataset.base ?? '/';
  const $ = <T extends Element>(selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`compare: ${selector} is missing from the page`);
    return element;
  };
  const input = $<HTMLInputElement>('#compare-add');
  const message = $<HTMLElement>('#compare-picker-message');
  const status = $<HTMLElement>('#compare-status');
  const options = Array.from($<HTMLDataListElement>('#compare-agents').options);
  const cache = new Map<string, Promise<AgentJson | null>>();
  let chosen: AgentJson[] = [];

  const clone = (id: string) => $<HTMLTemplateElement>(id).content.cloneNode(true);
  const badge = (severity: Severity) => clone(`#badge-${severity}`);
  function bar(value: number): Node {
    const fragment = clone('#factor-bar') as DocumentFragment;
    fragment.querySelectorAll('rect')[1]?.setAttribute('width', String(hundredths(value)));
    return fragment;
  }

  function load(id: string): Promise<AgentJson | null> {
    if (!cache.has(id)) {
      cache.set(
        id,
        fetch(`${base}api/agents/${encodeURIComponent(id)}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<{ agents: AgentJson[] }>) : null))
          .then((json) => json?.agents[0] ?? null)
          .catch(() => null),
      );
    }
    return cache.get(id)!;
  }

  function showProblems(problems: string[]) {
    $<HTMLElement>('#compare-problems').hidden = problems.length === 0;
    $<HTMLElement>('#compare-problems-list').replaceChildren(...problems.map((p) => el('li', {}, p)));
  }

  const agentHeading = (a: AgentJson) => el('th', { scope: 'col', class: th }, el('a', { class: 'row-link', href: new URL(a.url).pathname }, a.name));

  function table(id: string, caption: string, head: Child[], rows: HTMLTableRowElement[]) {
    $<HTMLTableElement>(id).replaceChildren(
      // The caption text is as wide as the screen, not the table, so a phone shows all of it.
      el('caption', { class: 'mb-2 text-left text-slate-600 dark:text-slate-400' }, el('span', { class: 'block max-w-[calc(100vw-2rem)]' }, caption)),
      el('thead', {}, el('tr', {}, ...head)),
      el('tbody', {}, ...rows),
    );
  }

  function renderScores(names: string) {
    const row = (label: string, cell: (a: AgentJson) => Child[]) =>
      el('tr', {}, el('th', { scope: 'row', class: rowHeader }, label), ...chosen.map((a) => el('td', { class: `${td} whitespace-nowrap` }, ...cell(a))));
    const tenths = (value: number) => formatFixed(Math.round(value * 10), 1, 1);
    table(
      '#compare-scores-table',
      `Scores of ${names}.`,
      [el('th', { scope: 'col', class: th }, 'Figure'), ...chosen.map(agentHeading)],
      [
        row('Agentic risk (0–10)', (a) => [el('span', { class: mono }, tenths(a.agenticRisk)), ' ', badge(a.agenticTier)]),
        row('AIVSS (0–10)', (a) =>
          a.aivss
            ? [el('span', { class: mono }, tenths(a.aivss.score)), ' ', badge(a.aivss.severity)]
            : [el('span', { class: muted }, 'none: no reference vulnerability')],
        ),
        row('Worst published advisory (AIVSS)', (a) =>
          a.worstAdvisory
            ? [el('span', { class: mono }, tenths(a.worstAdvisory.aivss)), ' ', el('span', { class: muted }, a.worstAdvisory.id)]
            : [el('span', { class: muted }, 'none with a CVSS v4.0 vector')],
        ),
        row('Version assessed', (a) => [a.version ? a.version : el('span', { class: muted }, 'not stated')]),
        row('Layers pinned by the sources', (a) => [el('span', { class: mono }, `${LAYERS.filter((l) => a.layers[l.id].certain).length} of 7`)]),
      ],
    );
  }

  function renderFactors(names: string) {
    const rows = FACTORS.map((f) => {
      const values = chosen.map((a) => hundredths(a.factors[f.id]));
      const spread = Math.max(...values) - Math.min(...values);
      return el(
        'tr',
        {},
        el(
          'th',
          { scope: 'row', class: rowHeader },
          el('a', { class: 'row-link', href: `${base}factors/${f.id}/` }, f.name),
          ' ',
          el('span', { class: `${mono} ${muted}` }, f.code),
        ),
        ...chosen.map((a, i) =>
          el(
            'td',
            { class: `${td} whitespace-nowrap`, 'data-factor': f.id },
            el('span', { class: mono }, formatFixed(values[i], 2, 2)),
            ' ',
            bar(a.factors[f.id]),
            // Said in words as well as drawn, so the difference is not carried by the bars alone.
            ...(spread > 0 && values[i] === Math.max(...values) ? [' ', el('span', { class: muted }, 'highest')] : []),
          ),
        ),
        el('td', { class: `${td} ${mono}`, 'data-spread': f.id }, chosen.length > 1 ? formatFixed(spread, 2, 2) : '–'),
      );
    });
    table(
      '#compare-factors-table',
      `Factor values of ${names}, each from 0 to 1.`,
      [el('th', { scope: 'col', class: th }, 'Factor'), ...chosen.map(agentHeading), el('th', { scope: 'col', class: th }, 'Spread')],
      rows,
    );
  }

  function renderLayers(names: string) {
    const rows = LAYERS.map((l) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', class: rowHeader }, el('a', { class: 'row-link', href: `${base}layers/${l.id}/` }, `${l.number}. ${l.name}`)),
        ...chosen.map((a) =>
          el(
            'td',
            { class: td, 'data-layer': l.id },
            clone(`#certain-${a.layers[l.id].certain}`),
            ' ',
            el(
              'a',
              { class: 'text-sm underline', href: `${new URL(a.url).pathname}#${layerAnchor(l.id)}` },
              'analysis',
              el('span', { class: 'sr-only' }, ` of ${a.name} at ${l.name}`),
            ),
          ),
        ),
      ),
    );
    table(
      '#compare-layers-table',
      `MAESTRO layers of ${names}: pinned by the sources or not certain.`,
      [el('th', { scope: 'col', class: th }, 'Layer'), ...chosen.map(agentHeading)],
      rows,
    );
  }

  function renderDefences(names: string) {
    const label = (status: string) => DEFENCE_STATUSES.find((st) => st.id === status)?.label ?? status;
    const rows = DEFENCE_CONTROLS.map((c) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', class: rowHeader }, el('a', { class: 'row-link', href: `${base}defences/${c.id}/` }, c.name)),
        ...chosen.map((a) => {
          const defence = a.defences.find((d) => d.control === c.id);
          return el('td', { class: td, 'data-defence': c.id }, defence ? label(defence.status) : el('span', { class: muted }, 'not reported'));
        }),
      ),
    );
    table('#compare-defences-table', `Built-in defences of ${names}.`, [el('th', { scope: 'col', class: th }, 'Control'), ...chosen.map(agentHeading)], rows);
  }

  function renderAdvisories(names: string) {
    const most = Math.max(1, ...chosen.map((a) => a.advisories.length));
    const rows = Array.from({ length: most }, (_, i) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', class: rowHeader }, String(i + 1)),
        ...chosen.map((a) => {
          const advisory = a.advisories[i];
          if (!advisory) return el('td', { class: td }, i === 0 ? el('span', { class: muted }, a.advisoriesChecked ? 'none found' : 'none listed') : '');
          const cvss = advisory.cvssVersion ? `CVSS ${advisory.cvssVersion} ${formatFixed(Math.round(advisory.cvssBase! * 10), 1, 1)}` : 'no vector published';
          const aivss = advisory.aivss ? ` · AIVSS ${formatFixed(Math.round(advisory.aivss.score * 10), 1, 1)}` : '';
          return el(
            'td',
            { class: td },
            el('a', { class: `${mono} underline`, href: `${new URL(a.url).pathname}#${advisoryAnchor(advisory.id)}` }, advisory.id),
            el('span', { class: 'block' }, `${advisory.published} · ${cvss}${aivss}`),
          );
        }),
      ),
    );
    table(
      '#compare-advisories-table',
      `Published advisories of ${names}, newest first.`,
      [el('th', { scope: 'col', class: th }, '#'), ...chosen.map(agentHeading)],
      rows,
    );
  }

  function render() {
    const names =
      chosen.length > 1
        ? `${chosen
            .slice(0, -1)
            .map((a) => a.name)
            .join(', ')} and ${chosen.at(-1)!.name}`
        : (chosen[0]?.name ?? '');
    $<HTMLElement>('#compare-chosen').replaceChildren(
      ...chosen.map((a) =>
        el(
          'li',
          { class: 'flex items-center gap-2 rounded-full border border-slate-300 py-0.5 pr-1 pl-3 text-sm dark:border-slate-700' },
          a.name,
          el(
            'button',
            { type: 'button', 'data-remove': a.id, 'aria-label': `Remove ${a.name}`, class: 'rounded-full px-2 hover:bg-slate-100 dark:hover:bg-slate-800' },
            'Remove',
          ),
        ),
      ),
    );
    status.textContent =
      chosen.length === 0
        ? 'Pick two to four agents to compare.'
        : chosen.length === 1
          ? `Add at least one more agent to compare with ${names}.`
          : `Comparing ${names}.`;
    $<HTMLElement>('#compare-result').hidden = chosen.length === 0;
    if (chosen.length === 0) return;
    renderScores(names);
    renderFactors(names);
    renderLayers(names);
    renderDefences(names);
    renderAdvisories(names);
  }

  function changed() {
    history.replaceState(null, '', compareQuery(chosen.map((a) => a.id)) || location.pathname);
    render();
  }

  $<HTMLFormElement>('#compare-picker').addEventListener('submit', async (event) => {
    event.preventDefault();
    const typed = input.value.trim();
    const option = options.find((o) => o.value.toLowerCase() === typed.toLowerCase() || o.dataset.id === typed);
    if (!option?.dataset.id) {
      message.textContent = typed ? `No agent is named “${typed}”; pick a name from the list.` : 'Type an agent name first.';
      return;
    }
    const id = option.dataset.id;
    if (chosen.some((a) => a.id === id)) message.textContent = `${option.value} is already being compared.`;
    else if (chosen.length >= MAX_AGENTS) message.textContent = `At most ${MAX_AGENTS} agents: remove one first.`;
    else {
      const agent = await load(id);
      if (!agent) {
        message.textContent = `The figures of ${option.value} could not be loaded.`;
        return;
      }
      chosen = [...chosen, agent];
      input.value = '';
      message.textContent = `Added ${agent.name}.`;
      changed();
    }
  });
  $<HTMLElement>('#compare-chosen').addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-remove]') : null;
    if (!button) return;
    const removed = chosen.find((a) => a.id === button.dataset.remove);
    chosen = chosen.filter((a) => a !== removed);
    message.textContent = removed ? `Removed ${removed.name}.` : '';
    changed();
    input.focus();
  });

  async function start() {
    const { ids, problems } = readAgentIds(new URLSearchParams(location.search));
    status.textContent = ids.length > 0 ? 'Loading…' : '';
    const loaded = await Promise.all(ids.map(load));
    ids.forEach((id, i) => {
      if (!loaded[i]) problems.push(`“${id}” is not an agent in the directory.`);
    });
    chosen = loaded.filter((a): a is AgentJson => a !== null);
    showProblems(problems);
    render();
  }
  void start();
}
