/**
 * How the search page orders Pagefind's results (src/scripts/hg-search.ts), as pure functions.
 */

/** Section names readers put in front of a query (folded, unaccented) and the URL segment of that section. */
const SECTION_WORDS: readonly [string, string][] = [
	['bai giang', 'bai-giang'],
	['tinh huong', 'tinh-huong'],
	['bieu mau', 'bieu-mau'],
	['mau', 'bieu-mau'],
	['mo hinh', 'mo-hinh'],
	['van ban', 'van-ban'],
];

/**
 * "bai giang cong nhan ket qua hoa giai thanh", "mau bau hoa giai vien": a leading section name
 * is a wish for that kind of page, and the rest of the query is what it should be about. Takes
 * the plain (folded, unaccented, lower-case) query.
 */
export function leadingSection(plainQuery: string): { segment: string; rest: string } | undefined {
	const hit = SECTION_WORDS.find(([w]) => plainQuery.startsWith(`${w} `) && plainQuery.length > w.length + 3);
	return hit && { segment: hit[1], rest: plainQuery.slice(hit[0].length + 1) };
}

/**
 * Merges the result lists of the query and of its variants (abbreviation expanded or contracted,
 * or without its leading section name), each in Pagefind's order, into one list, each page once.
 *
 * - A page that holds the whole query as a phrase (`inPhrase`: the ids of the phrase searches'
 *   results) has its score doubled: Pagefind has no proximity ranking, and most Vietnamese terms
 *   are two syllables or more.
 * - Pagefind's scores of different queries are not on one scale: a rare word such as "hgcs" gives
 *   its pages scores well above those of a query made of common words. So each list's scores
 *   count relative to its own best, and a page takes its best share over the lists. At equal
 *   shares the earlier list (the query as typed comes first) and the higher place win.
 */
export function mergeResults<T extends { id: string; score: number }>(lists: readonly (readonly T[])[], inPhrase: ReadonlySet<string>): T[] {
	const best = new Map<string, { result: T; share: number; list: number; place: number }>();
	lists.forEach((results, list) => {
		const scores = results.map((r) => r.score * (inPhrase.has(r.id) ? 2 : 1));
		const top = Math.max(...scores);
		results.forEach((result, place) => {
			const share = top > 0 ? scores[place]! / top : 0;
			const seen = best.get(result.id);
			if (!seen || seen.share < share) best.set(result.id, { result, share, list, place });
		});
	});
	return [...best.values()].toSorted((a, b) => b.share - a.share || a.list - b.list || a.place - b.place).map((b) => b.result);
}
