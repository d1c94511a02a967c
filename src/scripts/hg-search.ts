/**
 * <hg-search>: the search page's results, on Pagefind's JS API (loaded only here, on demand).
 * - The query and filters live in the URL (?q=…&muc=…) so results can be shared and the back
 *   button works.
 * - Queries are folded like the index (đ → d, kỹ → kĩ; src/lib/search-folding.ts); abbreviations
 *   are searched both ways (src/lib/abbreviations.ts) and the hits merged.
 * - A query that names an article ("dieu 9 luat hgcs") gets the registry anchor first
 *   (src/lib/article-lookup.ts, data from tra-cuu.json).
 */
import { foldQuery, restoreResult } from '../lib/search-folding.ts';
import { ABBREVIATIONS, contractToAbbreviation, expandAbbreviations, plain } from '../lib/abbreviations.ts';
import { lookupCitation, type LookupDocument } from '../lib/article-lookup.ts';

interface ResultData {
	url: string;
	content: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface Result {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}
interface Pagefind {
	init(): Promise<void>;
	options(o: object): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(q: string | null, o?: object): Promise<{ results: Result[] }>;
	preload(q: string, o?: object): Promise<void>;
}
type LookupEntry = LookupDocument & { url: string; label: string; number?: string; titles: Record<string, string> };

const PAGE_SIZE = 10;
/** Filter keys (set in src/components/site/SearchFilters.astro) and their labels. */
const FILTERS = { muc: 'Mục', 'chu-de': 'Chủ đề', 'doi-tuong': 'Dành cho' } as const;
type FilterKey = keyof typeof FILTERS;
const HAS_MARKS = /[^\u0000-\u007F]/;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const e = Object.assign(document.createElement(tag), props);
	e.append(...children);
	return e;
}

/** Section names readers put in front of a query (folded, unaccented) and the URL segment of that section. */
const SECTION_WORDS: [string, string][] = [
	['bai giang', 'bai-giang'],
	['tinh huong', 'tinh-huong'],
	['bieu mau', 'bieu-mau'],
	['mau', 'bieu-mau'],
	['mo hinh', 'mo-hinh'],
	['van ban', 'van-ban'],
];

class HgSearch extends HTMLElement {
	#pagefind?: Promise<Pagefind>;
	#lookup?: Promise<LookupEntry[]>;
	#shown = PAGE_SIZE;
	#seq = 0;
	#timer?: number;
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
			// Fetch the index chunks for what is typed so far while the reader goes on typing.
			const typed = foldQuery(this.input.value);
			if (typed) void this.#load().then((pf) => pf.preload(typed), () => undefined);
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
		// The page's own query first; then what the next query needs: the article lookup (2 KB) and
		// the filter lists (three more index files), which also start the search engine.
		void this.#fromUrl().finally(() => {
			void this.#loadLookup();
			void this.#buildFilters();
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
		this.#shown = PAGE_SIZE;
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
		this.#shown = PAGE_SIZE;
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

	#loadLookup(): Promise<LookupEntry[]> {
		this.#lookup ??= fetch(this.dataset.lookup!).then((r) => (r.ok ? r.json() : []));
		return this.#lookup;
	}

	/** One select per filter, with the counts Pagefind knows; hidden until the index loads. */
	async #buildFilters() {
		const box = this.querySelector<HTMLElement>('[data-filters]');
		if (!box) return;
		try {
			const all = await (await this.#load()).filters();
			const selected = this.#filterValues();
			for (const key of Object.keys(FILTERS) as FilterKey[]) {
				const values = Object.entries(all[key] ?? {}).toSorted(([a], [b]) => a.localeCompare(b, 'vi'));
				if (!values.length) continue;
				const select = el('select', { id: `loc-${key}`, name: key });
				select.append(el('option', { value: '' }, 'Tất cả'), ...values.map(([v, n]) => el('option', { value: v }, `${v} (${n})`)));
				select.value = selected[key] ?? '';
				select.addEventListener('change', () => this.#update(true));
				this.#selects.set(key, select);
				box.append(el('div', { className: 'hg-filter' }, el('label', { htmlFor: select.id }, FILTERS[key]), select));
			}
			const details = this.querySelector<HTMLDetailsElement>('[data-filter-box]');
			if (details) {
				details.hidden = this.#selects.size === 0;
				// Open when the URL already narrows the search, and on screens wide enough to show the filters in one row.
				details.open = Object.keys(selected).length > 0 || matchMedia('(min-width: 48em)').matches;
			}
		} catch {
			// search itself reports a missing index
		}
	}

	/**
	 * Pagefind results for the query and its abbreviation-expanded and -contracted forms, merged
	 * by best score. Pagefind has no proximity ranking (most Vietnamese terms are two syllables or
	 * more), so pages that contain the query as an exact phrase get their score doubled.
	 */
	async #search(pf: Pagefind, raw: string, filters: object): Promise<Result[]> {
		if (!raw) return (await pf.search(null, { filters })).results;
		const p = plain(raw);
		// Only queries that hold an abbreviation (or its spelled-out form) cost extra searches.
		const expanded = expandAbbreviations(p);
		const variants = [foldQuery(raw), expanded !== p ? expanded : undefined, contractToAbbreviation(p)].filter((v, i, a): v is string => !!v && a.indexOf(v) === i);
		// Unaccented queries: do not let "hoa" (flower) outrank "hòa" (research/pagefind.md §1.2).
		await pf.options({ ranking: { diacriticSimilarity: HAS_MARKS.test(raw) ? 0.8 : 0 } });
		const phrases = variants.filter((v) => v.includes(' ')).map((v) => pf.search(`"${v}"`, { filters }));
		const [lists, phraseLists] = await Promise.all([Promise.all(variants.map((v) => pf.search(v, { filters }))), Promise.all(phrases)]);
		const inPhrase = new Set(phraseLists.flatMap((l) => l.results.map((r) => r.id)));
		const best = new Map<string, { result: Result; score: number }>();
		for (const { results } of lists) {
			for (const r of results) {
				const score = r.score * (inPhrase.has(r.id) ? 2 : 1);
				if ((best.get(r.id)?.score ?? -1) < score) best.set(r.id, { result: r, score });
			}
		}
		return [...best.values()].toSorted((a, b) => b.score - a.score).map((b) => b.result);
	}

	/**
	 * Within the results already loaded, pages whose title is the query, then whose title or a
	 * heading contains the whole query, come first; keeping Pagefind's order otherwise. Without
	 * proximity ranking, "sổ theo dõi hoạt động hòa giải" would rank pages that merely use each
	 * word. Among such matches a handbook chapter, the explanation the other pages build on, comes
	 * before a deck, a form or a case that shares its words.
	 */
	#rerank(raw: string, data: ResultData[]): ResultData[] {
		let q = plain(foldQuery(raw));
		// "bài giảng công nhận …", "mẫu bầu hòa giải viên": a leading section name is a wish for
		// that kind of page; the rest of the query is what it should be about.
		const section = SECTION_WORDS.find(([w]) => q.startsWith(`${w} `) && q.length > w.length + 3);
		if (section) q = q.slice(section[0].length + 1);
		if (!q.includes(' ') && !section) return data;
		const norm = (text: string) => ` ${plain(foldQuery(text))} `;
		const has = (text: string) => norm(text).includes(` ${q} `);
		const bonus = (d: ResultData) =>
			norm(d.meta.title ?? '') === ` ${q} ` ? 3 : has(d.meta.title ?? '') ? 2 : d.sub_results.some((s) => has(s.title)) ? 1 : 0;
		const path = (d: ResultData) => new URL(d.url, location.href).pathname;
		const inSection = (d: ResultData) => (section && path(d).includes(`/${section[1]}/`) && !path(d).endsWith(`/${section[1]}/`) ? 1 : 0);
		const chapter = (d: ResultData) => (/\/cam-nang-[^/]+\/[^/]+\/$/.test(path(d)) ? 1 : 0);
		return data
			.map((d, i) => ({ d, i, s: inSection(d), b: bonus(d), c: chapter(d) }))
			.toSorted((a, b) => b.s * (b.b + 1) - a.s * (a.b + 1) || b.b - a.b || (a.b > 0 ? b.c - a.c : 0) || a.i - b.i)
			.map((x) => x.d);
	}

	/**
	 * Query words no shown result contains. Pagefind silently drops a word that matches nothing
	 * (research/pagefind.md §2), so "xyzqwv" would otherwise "find" pages by a shorter prefix.
	 */
	#unmatched(raw: string, data: ResultData[]): string[] {
		const words = new Set(data.flatMap((d) => plain(d.content).split(' ')));
		const has = (t: string) => [...words].some((w) => w.startsWith(t));
		return plain(raw)
			.split(' ')
			.filter((t) => t && !(t in ABBREVIATIONS) && !has(plain(foldQuery(t))))
			;
	}

	/**
	 * Searches and shows the first #shown results. `focusFrom`, after "Xem thêm kết quả": the
	 * results already shown stay until the longer list replaces them, and focus moves to the first
	 * new result, so a keyboard or screen reader user goes on where the list grew.
	 */
	async #run(focusFrom?: number) {
		const seq = ++this.#seq;
		const raw = this.input.value.trim();
		const chosen = this.#filterValues();
		const filters = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, { any: [v] }]));
		if (focusFrom === undefined) {
			this.#list.replaceChildren();
			this.#more.hidden = true;
		}
		if (!raw && !Object.keys(chosen).length) {
			this.#status.textContent = '';
			return;
		}
		this.#status.textContent = 'Đang tìm…';
		try {
			const [pf, lookup] = await Promise.all([this.#load(), raw ? this.#loadLookup() : Promise.resolve([])]);
			const results = await this.#search(pf, raw, filters);
			if (seq !== this.#seq) return;
			const direct = raw ? this.#direct(raw, lookup) : undefined;
			let data = this.#rerank(raw, await Promise.all(results.slice(0, this.#shown).map((r) => r.data().then(restoreResult))));
			if (seq !== this.#seq) return;
			const unmatched = raw ? this.#unmatched(raw, data) : [];
			const nothing = unmatched.length > 0 && unmatched.length === plain(raw).split(' ').filter((t) => !(t in ABBREVIATIONS)).length;
			if (nothing) data = [];
			this.#list.replaceChildren(...(direct ? [direct] : []), ...data.map((d) => this.#render(d)));
			const n = nothing ? 0 : results.length;
			const what = raw ? `cho «${raw}»` : 'trong mục đã chọn';
			const partial = !nothing && unmatched.length ? ` Không trang nào có từ «${unmatched.join(' ')}»; kết quả dưới đây khớp với các từ còn lại.` : '';
			this.#status.textContent =
				n || direct ? `Tìm thấy ${n} kết quả ${what}.${partial}` : `Không tìm thấy kết quả nào ${what}. Hãy thử từ khác ngắn hơn, hoặc bỏ bớt bộ lọc.`;
			this.#more.hidden = nothing || n <= this.#shown;
			if (focusFrom !== undefined) this.#links()[focusFrom]?.focus();
			this.#more.onclick = () => {
				this.#shown += PAGE_SIZE;
				void this.#run(this.#links().length);
			};
		} catch (e) {
			if (seq !== this.#seq) return;
			this.#status.textContent = 'Chưa tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.';
			console.error(e);
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
		const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
		if (subs.length) li.append(el('ul', { className: 'hg-result__subs' }, ...subs.map((s) => el('li', {}, el('a', { href: s.url }, s.title)))));
		return li;
	}
}

customElements.define('hg-search', HgSearch);
