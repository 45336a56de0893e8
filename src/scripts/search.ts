/**
 * The search page: a plain GET form whose state lives in the URL (so a filtered search is a
 * link, e.g. ?dynamic-tool-use=high or ?defence-code-sandbox=default&asi=ASI05), run in the browser against the Pagefind index of agent pages.
 * The form is built from the same factor and layer tables as the index, so this script reads the
 * choices it offers from the form itself and loads no data of its own: one small file.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
/** How many results each filter value has: filter key → value → count. */
type FilterCounts = Record<string, Record<string, number>>;
type PagefindResult = { data(): Promise<PagefindResultData> };
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts } | null>;
}

/** Results shown at once: each loads a fragment of its own, so fewer show sooner (Pagefind's own UI shows 5). */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;
/** The longest the index waits for a paint the browser may never report (a hidden tab). */
const PAINT_WAIT_MS = 1000;
/** From this width (Tailwind's md) the filters start unfolded. */
const WIDE_SCREEN = '(min-width: 48rem)';
/**
 * A match in the "profile" field (high factors and threat names, SearchFacets.astro) counts for
 * more than one in the body: nearly every page says "memory", so "memory poisoning" ranks the
 * agents that keep memories and face poisoning above one that only mentions both.
 */
const RANKING = { metaWeights: { profile: 3 } };

/** Is `value` one of the choices the form offers for `name`? Anything else in a URL is ignored. */
function offered(form: HTMLFormElement, name: string, value: string): boolean {
  return [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].some(
    (control) =>
      control.name === name &&
      value !== '' &&
      (control instanceof HTMLSelectElement ? [...control.options].some((o) => o.value === value) : control.value === value),
  );
}

/** What a link asks for that the form does not offer, each as a sentence naming what is allowed. */
function linkProblems(form: HTMLFormElement, params: URLSearchParams): string[] {
  const problems: string[] = [];
  for (const key of new Set(params.keys())) {
    const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].filter((c) => c.name === key);
    if (controls.length === 0) {
      problems.push(`“${key}” is not something search filters on; it was ignored.`);
      continue;
    }
    if (controls[0].type === 'search') continue;
    const allowed = controls.flatMap((c) => (c instanceof HTMLSelectElement ? [...c.options].map((o) => o.value) : [c.value])).filter((v) => v !== '');
    const what =
      controls[0] instanceof HTMLSelectElement
        ? controls[0].labels?.[0]?.textContent?.trim()
        : controls[0].closest('fieldset')?.querySelector('legend')?.dataset.what;
    for (const value of params.getAll(key)) {
      if (value !== '' && !allowed.includes(value)) problems.push(`${what ?? key}: “${value}” is not one of ${allowed.join(', ')}; it was ignored.`);
    }
  }
  return problems;
}

function filtersFrom(form: HTMLFormElement, factors: Map<string, string>, params: URLSearchParams): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  const tiers = params.getAll('tier').filter((v) => offered(form, 'tier', v));
  if (tiers.length > 0) filters.tier = { any: tiers };
  for (const id of factors.keys()) {
    const level = params.get(id);
    if (level && offered(form, id, level)) filters[id] = level;
  }
  const pinned = params.getAll('pinned').filter((v) => offered(form, 'pinned', v));
  if (pinned.length > 0) filters.pinned = { all: pinned };
  const asi = params.getAll('asi').filter((v) => offered(form, 'asi', v));
  if (asi.length > 0) filters.asi = { all: asi };
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-defence]')) {
    const status = params.get(select.name);
    if (status && offered(form, select.name, status)) filters[select.name] = status;
  }
  if (params.get('advisories') === 'yes') filters.advisories = 'yes';
  return filters;
}

/**
 * How many agents each choice would match, given the text and the other filters. Pagefind counts
 * each value among the current results; that is the answer where choosing a value narrows the
 * results ("all chosen must be pinned"). Where a value replaces the one chosen (a factor level)
 * or widens the results (a second tier), the count comes from the search without that filter.
 */
async function choiceCounts(api: PagefindApi, term: string | null, filters: Record<string, unknown>, counts: FilterCounts): Promise<FilterCounts> {
  const replaced = Object.keys(filters).filter((key) => !(typeof filters[key] === 'object' && filters[key] !== null && 'all' in filters[key]));
  const without = await Promise.all(
    replaced.map((key) => api.search(term, { filters: Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key)) })),
  );
  return { ...counts, ...Object.fromEntries(replaced.map((key, i) => [key, without[i]?.filters[key] ?? {}])) };
}

/** Shows each choice's count; a choice that would match nothing is not offered, unless it is chosen. */
function showCounts(form: HTMLFormElement, counts: FilterCounts) {
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-factor], select[data-defence]')) {
    for (const option of [...select.options].filter((o) => o.value !== '')) {
      const count = counts[select.name]?.[option.value] ?? 0;
      option.textContent = `${option.dataset.label} (${count})`;
      option.hidden = option.disabled = count === 0 && !option.selected;
    }
  }
  for (const fieldset of form.querySelectorAll('fieldset')) {
    const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    for (const box of boxes) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const label = box.closest('label')!;
      // Every choice is written with its count (CountedChoice.astro).
      label.querySelector('[data-count]')!.textContent = ` (${count})`;
      label.hidden = count === 0 && !box.checked;
    }
    // A group with no choice left says nothing: hide it rather than leave an empty box.
    if (boxes.length > 0) fieldset.hidden = boxes.every((box) => box.closest('label')!.hidden);
  }
}

/** Pagefind marks matches with <mark>; everything else in the excerpt is shown as text. */
function appendExcerpt(target: HTMLElement, excerpt: string) {
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    const text = (marked ? marked[1] : part)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    if (marked) target.append(Object.assign(document.createElement('mark'), { textContent: text }));
    else target.append(text);
  });
}

/**
 * Pagefind matches the last word typed as the start of a word, so "Agent S" also matches
 * "Strands" and can rank another agent first: an agent named exactly as typed goes first.
 */
async function nameFirst(found: PagefindResult[], term: string): Promise<PagefindResult[]> {
  // Each result's data is loaded once: the first page is shown from the same promises.
  const results = found.map((r): PagefindResult => {
    let data: Promise<PagefindResultData> | undefined;
    return { data: () => (data ??= r.data()) };
  });
  const titles = await Promise.all(results.slice(0, PAGE_SIZE).map(async (r) => (await r.data()).meta.title?.trim().toLowerCase()));
  const exact = titles.indexOf(term.toLowerCase());
  return exact > 0 ? [results[exact], ...results.filter((_, i) => i !== exact)] : results;
}

/** Shows, beside each result, the value of every factor the search filters on. */
function renderResult(data: PagefindResultData, withExcerpt: boolean, filteredFactors: [string, string][]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'rounded-lg border border-slate-200 p-3 dark:border-slate-800';
  const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title ?? data.url });
  link.className = 'text-lg font-semibold underline-offset-2 hover:underline';
  const facts = document.createElement('p');
  facts.className = 'text-sm text-slate-700 dark:text-slate-300';
  const values = filteredFactors.map(([id, name]) => ` · ${name} ${data.meta[id] ?? '?'}`);
  facts.textContent = `Agentic risk ${data.meta.risk ?? '?'} (${data.meta.tier ?? 'tier unknown'})${values.join('')}`;
  item.append(link, facts);
  if (withExcerpt && data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1 text-sm';
    appendExcerpt(excerpt, data.excerpt);
    item.append(excerpt);
  }
  return item;
}

export function startSearch() {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (form && status && list && more) bind(form, status, list, more);
}

/** Says, in the folded filters' summary, how many filters are chosen, so that none is forgotten. */
function showChosen(form: HTMLFormElement) {
  const chosen = [
    ...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#search-filters input:checked, #search-filters select[name]:not(#sort)'),
  ].filter((c) => c.value !== '').length;
  const summary = form.querySelector('#search-filters-chosen');
  if (summary) summary.textContent = chosen > 0 ? `(${chosen} chosen)` : '';
}

function bind(form: HTMLFormElement, status: HTMLElement, list: HTMLOListElement, more: HTMLButtonElement) {
  const base = form.dataset.base ?? '/';
  // Factor id → name, from the factor selects and their labels.
  const factors = new Map(
    [...form.querySelectorAll<HTMLSelectElement>('select[data-factor]')].map((s) => [s.name, s.labels?.[0]?.textContent?.trim() ?? s.name]),
  );
  let pagefind: Promise<PagefindApi> | undefined;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function loadPagefind(): Promise<PagefindApi> {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (api: PagefindApi) => {
      await api.options({ baseUrl: base, ranking: RANKING });
      // Loads the filter index, without which a search's response counts no filter values.
      await api.filters();
      return api;
    });
    return pagefind;
  }

  function restore(params: URLSearchParams) {
    for (const element of Array.from(form.elements)) {
      if (element instanceof HTMLInputElement && element.type === 'checkbox') {
        element.checked = params.getAll(element.name).includes(element.value);
      } else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
        if (element.name) element.value = params.get(element.name) ?? '';
      }
    }
  }

  function currentParams(): URLSearchParams {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value !== '') params.append(key, value);
    return params;
  }

  async function search(params: URLSearchParams) {
    const mine = ++run;
    const term = params.get('q')?.trim() || null;
    const filters = filtersFrom(form, factors, params);
    const order = params.get('sort');
    const sort = order === 'risk-asc' ? { risk: 'asc' as const } : order === 'risk-desc' || !term ? { risk: 'desc' as const } : undefined;
    status.textContent = 'Searching…';
    let response, counts, results;
    try {
      const api = await loadPagefind();
      response = await api.search(term, { filters, sort });
      if (!response) return;
      [counts, results] = await Promise.all([
        choiceCounts(api, term, filters, response.filters),
        term && !sort ? nameFirst(response.results, term) : response.results,
      ]);
    } catch {
      status.textContent = 'The search index could not be loaded. Browse the list of agents instead.';
      return;
    }
    if (mine !== run) return;
    showCounts(form, counts);
    showChosen(form);
    list.replaceChildren();
    let shown = 0;
    const showMore = async () => {
      more.disabled = true;
      const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (mine !== run) return;
      list.append(
        ...page.map((data) =>
          renderResult(
            data,
            term !== null,
            [...factors].filter(([id]) => id in filters),
          ),
        ),
      );
      shown += page.length;
      more.hidden = shown >= results.length;
      more.disabled = false;
    };
    more.onclick = showMore;
    await showMore();
    if (mine !== run) return;
    status.textContent = results.length === 0 ? 'No agents match.' : `${results.length} agent${results.length === 1 ? '' : 's'} match.`;
  }

  function update() {
    const params = currentParams();
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    void search(params);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('change', update);
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  const initial = new URLSearchParams(location.search);
  restore(initial);
  const problems = linkProblems(form, initial);
  const problemBox = document.querySelector<HTMLElement>('#search-problems');
  if (problemBox && problems.length > 0) {
    problemBox.querySelector('ul')?.replaceChildren(...problems.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
    problemBox.hidden = false;
  }
  const filtersBox = form.querySelector<HTMLDetailsElement>('#search-filters');
  if (filtersBox) filtersBox.open = matchMedia(WIDE_SCREEN).matches;
  showChosen(form);
  // The form is usable at once; the index starts downloading only once the page has painted.
  void afterFirstPaint().then(() => search(initial));
}

/**
 * Resolves once the browser reports its first contentful paint (a frame callback can run before
 * the paint itself), or after PAINT_WAIT_MS if that report never comes (a hidden tab). Browsers
 * without paint timing wait for one frame.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName('first-contentful-paint').length > 0 || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      return;
    }
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, PAINT_WAIT_MS);
  });
}
