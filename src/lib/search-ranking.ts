/**
 * How the search page orders Pagefind's results (src/scripts/hg-search.ts), as pure functions.
 */
import { ABBREVIATIONS, plain } from './abbreviations.ts';
import { foldQuery } from './search-folding.ts';

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

/** What {@link rerankLoaded} and {@link unmatchedWords} read of a loaded result (Pagefind's fragment data). */
export interface LoadedResult {
	url: string;
	content: string;
	meta: { title?: string };
	sub_results: { title: string }[];
}

/**
 * Within the results already loaded, pages whose title is the query, then whose title or a
 * heading contains the whole query, come first; keeping Pagefind's order otherwise. Without
 * proximity ranking, "sổ theo dõi hoạt động hòa giải" would rank pages that merely use each
 * word. Among such matches a handbook chapter, the explanation the other pages build on, comes
 * before a deck, a form or a case that shares its words. A leading section name ("bài giảng
 * công nhận …", "mẫu bầu hòa giải viên") is a wish for that kind of page: its pages come first,
 * and the rest of the query is what they should be about.
 */
export function rerankLoaded<T extends LoadedResult>(raw: string, data: readonly T[]): T[] {
	let q = plain(foldQuery(raw));
	const section = leadingSection(q);
	if (section) q = section.rest;
	if (!q.includes(' ') && !section) return [...data];
	const norm = (text: string) => ` ${plain(foldQuery(text))} `;
	const has = (text: string) => norm(text).includes(` ${q} `);
	const bonus = (d: T) => (norm(d.meta.title ?? '') === ` ${q} ` ? 3 : has(d.meta.title ?? '') ? 2 : d.sub_results.some((s) => has(s.title)) ? 1 : 0);
	// Result URLs are paths (with the site's base path); the origin does not matter.
	const path = (d: T) => new URL(d.url, 'http://site.invalid/').pathname;
	const inSection = (d: T) => (section && path(d).includes(`/${section.segment}/`) && !path(d).endsWith(`/${section.segment}/`) ? 1 : 0);
	const chapter = (d: T) => (/\/cam-nang-[^/]+\/[^/]+\/$/.test(path(d)) ? 1 : 0);
	return data
		.map((d, i) => ({ d, i, s: inSection(d), b: bonus(d), c: chapter(d) }))
		.toSorted((a, b) => b.s * (b.b + 1) - a.s * (a.b + 1) || b.b - a.b || (a.b > 0 ? b.c - a.c : 0) || a.i - b.i)
		.map((x) => x.d);
}

/**
 * Query words no loaded result contains (as the start of one of its words; abbreviations
 * excepted). Pagefind silently drops a word that matches nothing (research/pagefind.md §2), so
 * "xyzqwv" would otherwise "find" pages by a shorter prefix.
 *
 * Words are compared with y and i as one letter, as the index has them (kỹ/kĩ, quy/qui:
 * src/lib/search-folding.ts): a query is folded before it reaches Pagefind ("quy" is searched as
 * "qui"), while a result's content may come restored ("quy") or as stored (qui + U+034F). The
 * contents are read one result at a time, only while some word is still unmatched: most queries
 * are settled by the first result.
 */
export function unmatchedWords(raw: string, data: readonly Pick<LoadedResult, 'content'>[]): string[] {
	const key = (text: string) => plain(text).replace(/y/g, 'i');
	let left = plain(raw)
		.split(' ')
		.filter((t) => t && !(t in ABBREVIATIONS))
		.map((t) => ({ t, k: ` ${key(foldQuery(t))}` }));
	for (const d of data) {
		if (!left.length) break;
		const words = ` ${key(d.content)}`;
		left = left.filter(({ k }) => !words.includes(k));
	}
	return left.map(({ t }) => t);
}
