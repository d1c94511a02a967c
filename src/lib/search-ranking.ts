/**
 * What the search page (src/scripts/hg-search.ts) searches for a query, and how it orders
 * Pagefind's results, as pure functions: a question's topic and the searches it makes
 * ({@link searchPlan}), then merging and reranking the results.
 */
import { ABBREVIATIONS, contractToAbbreviation, expandAbbreviations, plain } from './abbreviations.ts';
import { withHandbookTerms } from './everyday-words.ts';
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
 * The framing of a question, as readers type or dictate it: openers ("cho hỏi", "tôi muốn
 * biết"), question words in front ("ai được …", "khi nào …", "làm thế nào để …") and behind
 * ("… là gì", "… như thế nào", "… thì phải làm gì", "… không", "… ạ"), and the "có được" /
 * "có phải" of a yes-or-no question. The longest that fits is removed first. "không" goes only
 * at the end, and "được" only after "có" or "ai": in "việc không được hòa giải" both are the
 * subject. In a query typed with marks, they must match with their marks ("vậy", not "vay" as
 * in "cho vay"); an unaccented query is compared unaccented.
 */
const phrases = (list: string[]) => list.map((w) => foldQuery(w).toLowerCase().split(' '));
const QUESTION_OPENERS = phrases(['cho hỏi', 'cho tôi hỏi', 'cho em hỏi', 'cho cháu hỏi', 'xin hỏi', 'tôi muốn hỏi', 'em muốn hỏi', 'tôi muốn biết', 'em muốn biết', 'tôi cần biết', 'hỏi về', 'ai được', 'ai có quyền', 'ai phải', 'ai là người', 'ai', 'khi nào', 'bao giờ', 'tại sao', 'vì sao', 'làm thế nào để', 'làm thế nào', 'làm sao để', 'làm sao', 'thế nào là', 'như thế nào là']);
const QUESTION_TAILS = phrases(['là gì', 'là sao', 'nghĩa là gì', 'có nghĩa là gì', 'như thế nào', 'thế nào', 'ra sao', 'bao nhiêu', 'là bao nhiêu', 'bao lâu', 'là bao lâu', 'là ai', 'ở đâu', 'khi nào', 'bao giờ', 'làm gì', 'phải làm gì', 'thì làm gì', 'thì phải làm gì', 'cần làm gì', 'làm sao', 'thì làm sao', 'hay không', 'hay chưa', 'được không', 'không', 'chưa']);
/** Particles (and a "là" left at the end), removed only from a query typed with marks: unaccented, "vay" is as likely "vay" (borrow) as "vậy". */
const QUESTION_PARTICLES = phrases(['ạ', 'à', 'nhỉ', 'nhé', 'vậy', 'hả', 'là']);
const QUESTION_INNER = phrases(['có được', 'có phải', 'có thể']);
const HAS_MARKS = /[^\u0000-\u007F]/;

/**
 * A question's topic ("ai được làm hòa giải viên" → "làm hòa giải viên"; "hòa giải không thành
 * thì làm gì" → "hòa giải không thành"), in the reader's own words and letters; undefined when
 * the query is no question or nothing would be left. The search page searches it instead of the
 * question (src/scripts/hg-search.ts): Pagefind looks for every word, and the page that answers a
 * question seldom holds its question words.
 */
export function questionTopic(query: string): string | undefined {
	const words = query.normalize('NFC').split(/\s+/).filter((w) => plain(w));
	const kept = [...words];
	// Each word folded as queries are, lower-cased, without the punctuation around it ("không?" → "không").
	const keys = words.map((w) => foldQuery(w).toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
	const marked = HAS_MARKS.test(query);
	const same = (word: string, p: string) => (marked ? word === p : word === plain(p));
	const tails = marked ? [...QUESTION_TAILS, ...QUESTION_PARTICLES] : QUESTION_TAILS;
	const fits = (at: number, phrase: string[]) => phrase.every((p, i) => keys[at + i] !== undefined && same(keys[at + i]!, p));
	const longest = (list: string[][], at: (p: string[]) => number) => list.filter((p) => keys.length > p.length && fits(at(p), p)).toSorted((a, b) => b.length - a.length)[0];
	const cut = (from: number, n: number) => {
		kept.splice(from, n);
		keys.splice(from, n);
	};
	// "có thể", "có được" inside a statement ("hòa giải viên có thể từ chối") stay: only a query
	// that asks (a question word, or "?") loses them.
	let asks = /\?\s*$/.test(query);
	for (let changed = true; changed; ) {
		changed = false;
		const opener = longest(QUESTION_OPENERS, () => 0);
		if (opener) {
			cut(0, opener.length);
			changed = asks = true;
		}
		const tail = longest(tails, (p) => keys.length - p.length);
		if (tail) {
			cut(keys.length - tail.length, tail.length);
			changed = asks = true;
		}
		if (!asks) break;
		for (const inner of QUESTION_INNER) {
			for (let at = keys.length - inner.length; at >= 0; at--) {
				if (keys.length > inner.length && fits(at, inner)) {
					cut(at, inner.length);
					changed = true;
				}
			}
		}
	}
	return kept.length && kept.length < words.length ? kept.join(' ').replace(/\s*\?+$/, '') : undefined;
}

/** What the search page sends Pagefind for a query ({@link searchPlan}). */
export interface SearchPlan {
	/** The query, or a question's topic ({@link questionTopic}). */
	asked: string;
	/** `asked` in the handbooks' terms, when it holds everyday words for them (src/lib/everyday-words.ts). */
	everyday?: NonNullable<ReturnType<typeof withHandbookTerms>>;
	/**
	 * The searches, folded as the index is: `asked` first, then `asked` in the handbooks' terms,
	 * with its abbreviations expanded or contracted, and without a leading section name ("bài
	 * giảng …", which would otherwise rank the section's own index page first). Each once.
	 */
	variants: string[];
}

/**
 * The searches for what the reader typed (src/scripts/hg-search.ts): made once as the reader types,
 * to fetch their index chunks ahead, and again when the query is searched. Only queries that hold
 * an abbreviation (or its spelled-out form) or an everyday word for a handbook term, or start
 * with a section name, cost more than one search.
 */
export function searchPlan(raw: string): SearchPlan {
	const trimmed = raw.trim();
	if (!trimmed) return { asked: '', variants: [] };
	const asked = questionTopic(trimmed) ?? trimmed;
	const everyday = withHandbookTerms(asked);
	const p = plain(asked);
	const expanded = expandAbbreviations(p);
	const variants = [foldQuery(asked), everyday && foldQuery(everyday.query), expanded !== p ? expanded : undefined, contractToAbbreviation(p), leadingSection(p)?.rest].filter(
		(v, i, a): v is string => !!v && a.indexOf(v) === i,
	);
	return { asked, ...(everyday && { everyday }), variants };
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

/** A section of a result page as Pagefind gives it: its anchor, and where the query's words matched in it. */
export interface SubResult {
	url: string;
	locations: number[];
	weighted_locations?: { balanced_score: number }[];
}

/**
 * The sections a result lists under its excerpt: the `limit` that match the query best, in the
 * page's order. Pagefind gives every section with an anchor in page order, so the first three
 * would often be an introduction and whatever follows it ("Tóm tắt", …) rather than the section
 * about the query. A section's weight is that of its matched words (a word in its heading counts
 * more than one in its text, as Pagefind ranks pages); Pagefind's own interface takes the three
 * with the most matched words, which is what this falls back to without weights. The page itself
 * (its own URL, or an anchorless one) is not a section.
 */
export function pickSubResults<T extends SubResult>(pageUrl: string, subs: readonly T[], limit = 3): T[] {
	const sections = subs.filter((s) => s.url !== pageUrl && s.url.includes('#'));
	if (sections.length <= limit) return sections;
	const weight = (s: T) => s.weighted_locations?.reduce((sum, w) => sum + w.balanced_score, 0) || s.locations.length;
	const best = new Set(
		sections
			.map((s, i) => ({ s, i, w: weight(s) }))
			.toSorted((a, b) => b.w - a.w || a.i - b.i)
			.slice(0, limit)
			.map((x) => x.s),
	);
	return sections.filter((s) => best.has(s));
}
