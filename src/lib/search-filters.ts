/**
 * The search page's filter lists (section, topic, audience), written into the page by the build.
 *
 * Pages carry their filter values as Pagefind attributes (src/components/site/SearchFilters.astro).
 * The search page used to ask Pagefind for the values and their counts as it opened: three filter
 * files (4 KB at 500 pages, 13 KB at 2,000) before the first search, and a filter box that appeared
 * only once they had loaded. The build now counts the values in the pages it hands to Pagefind
 * (src/integrations/pagefind.ts) and fills {@link FILTER_LISTS_SLOT} with the lists; Pagefind's
 * filter files are fetched only when a reader picks a filter.
 */

/** Filter keys (as in SearchFilters.astro) and their labels, in the order the page shows them. */
export const FILTERS = { muc: 'Mục', 'chu-de': 'Chủ đề', 'doi-tuong': 'Dành cho' } as const;
export type FilterKey = keyof typeof FILTERS;

/** An inert element in the search page's filter box that the build replaces with the lists. */
export const FILTER_LISTS_SLOT = '<template data-hg-filter-lists></template>';

const FILTER_ATTRIBUTE = /\bdata-pagefind-filter="([^"]*)"/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };
const unescape = (s: string) => s.replace(/&(?:amp|quot|#39|#x27|lt|gt);/g, (e) => ENTITIES[e]!);
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * The filter values a built page gives Pagefind, as [key, value] pairs, each once. Only the
 * "key:value" form is read: the form Pagefind takes from an element's text is not used on this
 * site, and a page using it fails here rather than being left out of the counts.
 */
export function pageFilters(html: string): [string, string][] {
	const seen = new Set<string>();
	const out: [string, string][] = [];
	for (const [, raw] of html.matchAll(FILTER_ATTRIBUTE)) {
		const attr = unescape(raw!);
		const colon = attr.indexOf(':');
		if (colon <= 0) throw new Error(`data-pagefind-filter="${raw}" has no "key:value" (src/lib/search-filters.ts counts only that form)`);
		const pair: [string, string] = [attr.slice(0, colon), attr.slice(colon + 1)];
		if (seen.has(pair.join('\0'))) continue;
		seen.add(pair.join('\0'));
		out.push(pair);
	}
	return out;
}

/** How many indexed pages carry each filter value, as Pagefind counts them. */
export class FilterCounts {
	readonly counts = new Map<string, Map<string, number>>();

	add(html: string) {
		for (const [key, value] of pageFilters(html)) {
			const values = this.counts.get(key) ?? new Map<string, number>();
			values.set(value, (values.get(value) ?? 0) + 1);
			this.counts.set(key, values);
		}
	}

	/**
	 * One labelled <select> per filter of {@link FILTERS} that has values, sorted in Vietnamese
	 * order, each value with its number of pages, after "Tất cả" (all). Keys not in FILTERS are an
	 * error: a filter the page would not offer.
	 */
	lists(): string {
		const unknown = [...this.counts.keys()].filter((k) => !(k in FILTERS));
		if (unknown.length) throw new Error(`filter keys the search page does not know: ${unknown.join(', ')} (src/lib/search-filters.ts, FILTERS)`);
		return (Object.keys(FILTERS) as FilterKey[])
			.filter((key) => this.counts.get(key)?.size)
			.map((key) => {
				const values = [...this.counts.get(key)!].toSorted(([a], [b]) => a.localeCompare(b, 'vi'));
				const options = values.map(([v, n]) => `<option value="${escape(v)}">${escape(v)} (${n})</option>`).join('');
				return `<div class="hg-filter"><label for="loc-${key}">${FILTERS[key]}</label><select id="loc-${key}" name="${key}"><option value="">Tất cả</option>${options}</select></div>`;
			})
			.join('');
	}
}

/** `html` with {@link FILTER_LISTS_SLOT} replaced by `lists`. */
export function withFilterLists(html: string, lists: string): string {
	if (!html.includes(FILTER_LISTS_SLOT)) throw new Error(`no ${FILTER_LISTS_SLOT} in the page`);
	return html.replace(FILTER_LISTS_SLOT, () => lists);
}
