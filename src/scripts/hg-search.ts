/**
 * <hg-search>: the search page's results, on Pagefind's JS API (loaded only here, on demand).
 * The query lives in the URL (?q=…) so results can be shared and the back button works.
 * Queries are folded like the index (đ → d, see src/lib/search-folding.ts).
 */
import { foldQuery } from '../lib/search-folding.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
	options(o: object): Promise<void>;
	search(q: string, o?: object): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const PAGE_SIZE = 10;
/** Any Vietnamese letter with a mark: such queries keep Pagefind's preference for exact accents. */
const HAS_MARKS = /[^\u0000-\u007F]/;

class HgSearch extends HTMLElement {
	#pagefind?: Promise<Pagefind>;
	#shown = PAGE_SIZE;
	#seq = 0;
	#timer?: number;

	connectedCallback() {
		this.querySelector('[data-nojs]')?.setAttribute('hidden', '');
		this.input.closest('form')?.addEventListener('submit', (e) => {
			e.preventDefault();
			this.#update(true);
		});
		this.input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = window.setTimeout(() => this.#update(false), 250);
		});
		window.addEventListener('popstate', () => {
			this.input.value = this.#queryFromUrl();
			this.#run();
		});
		this.input.value = this.#queryFromUrl();
		if (this.input.value) this.#run();
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

	#queryFromUrl() {
		return new URLSearchParams(location.search).get('q') ?? '';
	}

	/** Puts the query in the URL (a new history entry on submit) and searches. */
	#update(submit: boolean) {
		const q = this.input.value.trim();
		const url = new URL(location.href);
		if (q) url.searchParams.set('q', q);
		else url.searchParams.delete('q');
		if (url.href !== location.href) history[submit ? 'pushState' : 'replaceState'](null, '', url);
		this.#shown = PAGE_SIZE;
		this.#run();
	}

	#load(): Promise<Pagefind> {
		const bundle = this.dataset.bundle!;
		this.#pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: Pagefind) => {
			await pf.options({ baseUrl: this.dataset.base, excerptLength: 24 });
			return pf;
		});
		return this.#pagefind;
	}

	async #run() {
		const seq = ++this.#seq;
		const raw = this.input.value.trim();
		this.#list.replaceChildren();
		this.#more.hidden = true;
		if (!raw) {
			this.#status.textContent = '';
			return;
		}
		this.#status.textContent = 'Đang tìm…';
		try {
			const pf = await this.#load();
			// Unaccented queries: do not let "hoa" (flower) outrank "hòa" (research/pagefind.md §1.2).
			await pf.options({ ranking: { diacriticSimilarity: HAS_MARKS.test(raw) ? 0.8 : 0 } });
			const { results } = await pf.search(foldQuery(raw));
			if (seq !== this.#seq) return;
			const data = await Promise.all(results.slice(0, this.#shown).map((r) => r.data()));
			if (seq !== this.#seq) return;
			this.#list.replaceChildren(...data.map((d) => this.#render(d)));
			this.#status.textContent = results.length
				? `Tìm thấy ${results.length} kết quả cho «${raw}».`
				: `Không tìm thấy kết quả nào cho «${raw}». Hãy thử từ khác ngắn hơn, hoặc xem danh mục bên dưới.`;
			this.#more.hidden = results.length <= this.#shown;
			this.#more.onclick = () => {
				this.#shown += PAGE_SIZE;
				this.#run();
			};
		} catch (e) {
			if (seq !== this.#seq) return;
			this.#status.textContent = 'Chưa tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.';
			console.error(e);
		}
	}

	#render(d: PagefindResultData): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'hg-result';
		const section = d.filters.muc?.[0];
		if (section) {
			const s = document.createElement('p');
			s.className = 'hg-result__section';
			s.textContent = section;
			li.append(s);
		}
		const a = document.createElement('a');
		a.href = d.url;
		a.className = 'hg-result__title';
		a.textContent = d.meta.title ?? d.url;
		const h = document.createElement('h2');
		h.append(a);
		const p = document.createElement('p');
		p.className = 'hg-result__excerpt';
		p.innerHTML = d.excerpt; // Pagefind's own escaped text with <mark> around the matched words.
		li.append(h, p);
		const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
		if (subs.length) {
			const ul = document.createElement('ul');
			ul.className = 'hg-result__subs';
			for (const s of subs) {
				const sli = document.createElement('li');
				const sa = document.createElement('a');
				sa.href = s.url;
				sa.textContent = s.title;
				sli.append(sa);
				ul.append(sli);
			}
			li.append(ul);
		}
		return li;
	}
}

customElements.define('hg-search', HgSearch);
