/**
 * <hg-search>: the search page's results, on Pagefind's JS API (loaded only here, on demand).
 * - The query and filters live in the URL (?q=…&muc=…) so results can be shared and the back
 *   button works.
 * - Queries are folded like the index (đ → d, kỹ → kĩ; src/lib/search-folding.ts); abbreviations
 *   are searched both ways (src/lib/abbreviations.ts) and the hits merged.
 * - A query that names an article ("dieu 9 luat hgcs") gets the registry anchor first
 *   (src/lib/article-lookup.ts, data from tra-cuu.json).
 */
import { restoreResult } from '../lib/search-folding.ts';
import { ABBREVIATIONS, plain } from '../lib/abbreviations.ts';
import { lookupCitation, type LookupDocument } from '../lib/article-lookup.ts';
import { mergeResults, pickSubResults, rerankLoaded, searchPlan, unmatchedWords, type SearchPlan } from '../lib/search-ranking.ts';
import { searchStatus } from '../lib/search-status.ts';
import { FILTERS, type FilterKey } from '../lib/search-filters.ts';

interface ResultData {
	url: string;
	content: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string; locations: number[]; weighted_locations?: { balanced_score: number }[] }[];
}
interface Result {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}
interface Pagefind {
	init(): Promise<void>;
	options(o: object): Promise<void>;
	search(q: string | null, o?: object): Promise<{ results: Result[] }>;
	preload(q: string, o?: object): Promise<void>;
}
type LookupEntry = LookupDocument & { url: string; label: string; number?: string; titles: Record<string, string> };

/**
 * Results shown at first and added by each "Xem thêm kết quả": five, as Pagefind's own interface
 * does. Each costs a fragment download (2–4 KB, and the browser fetches at most six at once), and
 * five fill two or three phone screens.
 */
const PAGE_SIZE = 5;
const HAS_MARKS = /[^\u0000-\u007F]/;
/** Pagefind's diacriticSimilarity for a query with marks, its default: "hòa" also finds "hoa", ranked lower. */
const ACCENTED_SIMILARITY = 0.8;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const e = Object.assign(document.createElement(tag), props);
	e.append(...children);
	return e;
}

class HgSearch extends HTMLElement {
	#pagefind?: Promise<Pagefind>;
	#lookup?: Promise<LookupEntry[]>;
	#seq = 0;
	/** Whether a search has gone to Pagefind on this page (then its engine is warm: see #warmUp). */
	#searched = false;
	#timer?: number;
	/** The diacriticSimilarity Pagefind ranks with now (at first its default): set only when it changes (see #search). */
	#similarity = ACCENTED_SIMILARITY;
	#selects = new Map<FilterKey, HTMLSelectElement>();
	/** The URL of the last history entry that a submit (or the page load) made; typing after it gets one new entry. */
	#committed = location.href;

	connectedCallback() {
		this.querySelector('[data-nojs]')?.setAttribute('hidden', '');
		this.input.closest('form')?.addEventListener('submit', (e) => {
			e.preventDefault();
			this.#update(true);
		});
		this.input.addEventListener('input', () => {
			// Fetch the index chunks of the searches for what is typed so far while the reader goes on typing.
			const { variants } = searchPlan(this.input.value);
			if (variants.length) void this.#load().then((pf) => Promise.all(variants.map((v) => pf.preload(v))), () => undefined);
			clearTimeout(this.#timer);
			this.#timer = window.setTimeout(() => this.#update(false), 250);
		});
		this.input.addEventListener('keydown', (e) => {
			if (e.key === 'Escape' && this.input.value) {
				this.input.value = '';
				this.#update(false);
			} else if (e.key === 'ArrowDown') {
				e.preventDefault();
				this.#links()[0]?.focus();
			}
		});
		this.#list.addEventListener('keydown', (e) => this.#arrows(e));
		window.addEventListener('popstate', () => {
			this.#committed = location.href;
			this.#fromUrl();
		});
		this.#wireFilters();
		// The page's own query first; then what the next query needs: the search engine, warmed up,
		// and the article lookup (2 KB).
		void this.#fromUrl().finally(() => {
			void this.#loadLookup();
			void this.#load().then(
				(pf) => this.#warmUp(pf),
				() => undefined, // search itself reports a missing index
			);
		});
	}

	get input(): HTMLInputElement {
		return this.querySelector('input[name="q"]')!;
	}
	get #status(): HTMLElement {
		return this.querySelector('[data-status]')!;
	}
	get #list(): HTMLOListElement {
		return this.querySelector('[data-results]')!;
	}
	get #more(): HTMLButtonElement {
		return this.querySelector('[data-more]')!;
	}
	#links(): HTMLAnchorElement[] {
		return [...this.#list.querySelectorAll<HTMLAnchorElement>('a.hg-result__title')];
	}

	/** Up and down arrows move between result titles; up from the first returns to the box. */
	#arrows(e: KeyboardEvent) {
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
		const links = this.#links();
		const i = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (i < 0) return;
		e.preventDefault();
		const next = e.key === 'ArrowDown' ? links[i + 1] : (links[i - 1] ?? this.input);
		next?.focus();
	}

	#fromUrl(): Promise<void> {
		const params = new URLSearchParams(location.search);
		this.input.value = params.get('q') ?? '';
		for (const [key, select] of this.#selects) select.value = params.get(key) ?? '';
		return this.#run();
	}

	#filterValues(): Partial<Record<FilterKey, string>> {
		const params = new URLSearchParams(location.search);
		return Object.fromEntries((Object.keys(FILTERS) as FilterKey[]).map((k) => [k, this.#selects.get(k)?.value ?? params.get(k) ?? '']).filter(([, v]) => v));
	}

	/**
	 * Puts query and filters in the URL and searches. Each search gets one history entry: the
	 * first keystroke after a submit adds it, later keystrokes and the submit update it.
	 */
	#update(submit: boolean) {
		// A submit right after typing must not be redone (and its results wiped) by the typing timer.
		clearTimeout(this.#timer);
		const url = new URL(location.href);
		const q = this.input.value.trim();
		if (q) url.searchParams.set('q', q);
		else url.searchParams.delete('q');
		for (const k of Object.keys(FILTERS) as FilterKey[]) {
			const v = this.#selects.get(k)?.value;
			if (v) url.searchParams.set(k, v);
			else url.searchParams.delete(k);
		}
		if (url.href !== location.href) history[location.href === this.#committed ? 'pushState' : 'replaceState'](null, '', url);
		if (submit) this.#committed = location.href;
		this.#run();
	}

	#load(): Promise<Pagefind> {
		this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`).then(async (pf: Pagefind) => {
			await pf.options({ baseUrl: this.dataset.base, excerptLength: 24 });
			// Start the engine (WebAssembly and index metadata) now, while the reader types.
			await pf.init();
			return pf;
		});
		return this.#pagefind;
	}

	/**
	 * Pagefind's first search on a page costs much more than the next one, even for other words:
	 * its engine runs cold in the Web Worker (WebAssembly compiled on first call, the code that
	 * builds excerpts from a fragment not yet optimised) and loads the filter lists. One search for
	 * nothing (no word, no filter: no index chunk to fetch) and the fragment of its first result do
	 * that first-time work while the reader types, for one fragment's bytes (3.9 KB on the real
	 * site). Not needed once the page has searched (a query in its URL). Measured in README,
	 * "Performance".
	 */
	#warmUp(pf: Pagefind) {
		if (!this.#searched) void pf.search(null).then((r) => r.results[0]?.data()).catch(() => undefined);
	}

	#loadLookup(): Promise<LookupEntry[]> {
		this.#lookup ??= fetch(this.dataset.lookup!).then((r) => (r.ok ? r.json() : []));
		return this.#lookup;
	}

	/**
	 * The filter lists the build wrote into the page (src/lib/search-filters.ts): each change
	 * searches again. The box stays hidden when there are none.
	 */
	#wireFilters() {
		const params = new URLSearchParams(location.search);
		for (const select of this.querySelectorAll<HTMLSelectElement>('[data-filters] select')) {
			if (!(select.name in FILTERS)) continue;
			this.#selects.set(select.name as FilterKey, select);
			select.addEventListener('change', () => this.#update(true));
		}
		const details = this.querySelector<HTMLDetailsElement>('[data-filter-box]');
		if (!details) return;
		details.hidden = this.#selects.size === 0;
		// Open when the URL already narrows the search, and on screens wide enough to show the filters in one row.
		details.open = (Object.keys(FILTERS) as FilterKey[]).some((k) => params.get(k)) || matchMedia('(min-width: 48em)').matches;
	}

	/**
	 * Pagefind results for the searches of the query's plan (src/lib/search-ranking.ts, searchPlan:
	 * the query or a question's topic, in the handbooks' terms, abbreviations expanded and
	 * contracted, without a leading section name), merged with the pages that hold a search as a
	 * phrase first.
	 */
	async #search(pf: Pagefind, { asked, variants }: SearchPlan, filters: object): Promise<Result[]> {
		this.#searched = true;
		if (!asked) return (await pf.search(null, { filters })).results;
		// Unaccented queries: do not let "hoa" (flower) outrank "hòa" (research/pagefind.md §1.2).
		// Set only when it changes: the call waits behind the index chunks the typing preloads (about
		// 30 ms), and the searches would be sent only after it. Most queries have marks, Pagefind's
		// default.
		const similarity = HAS_MARKS.test(asked) ? ACCENTED_SIMILARITY : 0;
		if (similarity !== this.#similarity) {
			this.#similarity = similarity;
			await pf.options({ ranking: { diacriticSimilarity: similarity } }).catch((e: unknown) => {
				this.#similarity = NaN; // not known: the next query sends it again
				throw e;
			});
		}
		const phrases = variants.filter((v) => v.includes(' ')).map((v) => pf.search(`"${v}"`, { filters }));
		const [lists, phraseLists] = await Promise.all([Promise.all(variants.map((v) => pf.search(v, { filters }))), Promise.all(phrases)]);
		return mergeResults(
			lists.map((l) => l.results),
			new Set(phraseLists.flatMap((l) => l.results.map((r) => r.id))),
		);
	}

	/** Searches and shows the first PAGE_SIZE results; "Xem thêm kết quả" then appends the next ones ({@link #showMore}). */
	async #run() {
		const seq = ++this.#seq;
		const raw = this.input.value.trim();
		// A question is searched as its topic ("ai được làm hòa giải viên" → "làm hòa giải viên"):
		// Pagefind looks for every word, and the page that answers seldom holds "ai" or "thì làm gì".
		// "ly dị", "đánh vợ": also searched in the words the pages use ("ly hôn", "bạo lực gia đình").
		const plan = searchPlan(raw);
		const { asked, everyday } = plan;
		const chosen = this.#filterValues();
		const filters = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, { any: [v] }]));
		this.#list.replaceChildren();
		this.#more.hidden = true;
		if (!raw && !Object.keys(chosen).length) {
			this.#status.textContent = '';
			return;
		}
		this.#status.textContent = 'Đang tìm…';
		try {
			const [pf, lookup] = await Promise.all([this.#load(), raw ? this.#loadLookup() : Promise.resolve([])]);
			const results = await this.#search(pf, plan, filters);
			if (seq !== this.#seq) return;
			// The topic: "điều 9 luật hòa giải là gì" names Điều 9 once its question words are gone.
			const direct = raw ? this.#direct(asked, lookup) : undefined;
			let data = await this.#page(asked, results, 0);
			if (seq !== this.#seq) return;
			// The everyday words need not be on the pages: their term stands for them.
			const unmatched = asked ? unmatchedWords(asked, data).filter((w) => !everyday?.replaced.includes(w)) : [];
			const nothing = unmatched.length > 0 && unmatched.length === plain(asked).split(' ').filter((t) => !(t in ABBREVIATIONS)).length;
			if (nothing) data = [];
			this.#list.replaceChildren(...(direct ? [direct] : []), ...data.map((d) => this.#render(d)));
			const n = nothing ? 0 : results.length;
			this.#status.textContent = searchStatus({
				raw,
				asked,
				found: n,
				article: Boolean(direct),
				unmatched,
				everydayTerms: everyday?.terms ?? [],
				filtered: Object.keys(chosen).length > 0,
			});
			const found = this.#status.textContent ?? '';
			let shown = PAGE_SIZE;
			this.#more.hidden = nothing || n <= shown;
			this.#more.onclick = async () => {
				if (await this.#showMore(asked, results, shown, seq, found)) shown += PAGE_SIZE;
			};
		} catch (e) {
			if (seq !== this.#seq) return;
			this.#status.textContent = 'Chưa tải được dữ liệu tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.';
			console.error(e);
		}
	}

	/** The results from `from` on, PAGE_SIZE of them, their fragments loaded and reranked among themselves. */
	async #page(raw: string, results: Result[], from: number): Promise<ResultData[]> {
		return rerankLoaded(raw, await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data().then(restoreResult))));
	}

	/**
	 * "Xem thêm kết quả": appends the next PAGE_SIZE results of the same search, without searching
	 * again. The results already shown stay where they are, and focus moves to the first new one,
	 * so a keyboard or screen reader user goes on where the list grew. Returns whether it did. On
	 * failure the status says so; the next success puts back what the search had found (`found`).
	 */
	async #showMore(raw: string, results: Result[], shown: number, seq: number, found: string): Promise<boolean> {
		this.#more.disabled = true;
		try {
			const data = await this.#page(raw, results, shown);
			if (seq !== this.#seq) return false;
			const first = this.#links().length;
			this.#list.append(...data.map((d) => this.#render(d)));
			if (this.#status.textContent !== found) this.#status.textContent = found;
			this.#more.hidden = results.length <= shown + PAGE_SIZE;
			this.#links()[first]?.focus();
			return true;
		} catch (e) {
			this.#status.textContent = 'Chưa tải được thêm kết quả. Hãy kiểm tra kết nối mạng rồi bấm lại.';
			console.error(e);
			return false;
		} finally {
			this.#more.disabled = false;
		}
	}

	/** The registry entry or article a query names, as the first result. */
	#direct(raw: string, lookup: LookupEntry[]): HTMLLIElement | undefined {
		const hit = lookupCitation(raw, lookup);
		const doc = hit && lookup.find((d) => d.id === hit.id);
		if (!hit || !doc) return undefined;
		const title = hit.article ? `${hit.clause ? `Khoản ${hit.clause} ` : ''}Điều ${hit.article} ${doc.label}` : doc.label;
		const sub = hit.article ? doc.titles[hit.article] : hit.articleMissing ? 'Điều này chưa có trong phần tóm tắt; mở văn bản để xem các điều đã đối chiếu.' : doc.number;
		const href = hit.article ? `${doc.url}#dieu-${hit.article}` : doc.url;
		return el(
			'li',
			{ className: 'hg-result hg-result--direct' },
			el('p', { className: 'hg-result__section' }, 'Tra cứu văn bản'),
			el('h2', {}, el('a', { className: 'hg-result__title', href }, title)),
			...(sub ? [el('p', { className: 'hg-result__excerpt' }, sub)] : []),
		);
	}

	#render(d: ResultData): HTMLLIElement {
		const li = el('li', { className: 'hg-result' });
		const section = d.filters.muc?.[0];
		if (section) li.append(el('p', { className: 'hg-result__section' }, section));
		const p = el('p', { className: 'hg-result__excerpt' });
		p.innerHTML = d.excerpt; // Pagefind's own escaped text with <mark> around the matched words.
		li.append(el('h2', {}, el('a', { className: 'hg-result__title', href: d.url }, d.meta.title ?? d.url)), p);
		const subs = pickSubResults(d.url, d.sub_results);
		if (subs.length) li.append(el('ul', { className: 'hg-result__subs' }, ...subs.map((s) => el('li', {}, el('a', { href: s.url }, s.title)))));
		return li;
	}
}

customElements.define('hg-search', HgSearch);
