/**
 * Vietnamese letter folding for Pagefind (see ../shared/research/pagefind.md, option A).
 *
 * Pagefind ≥ 1.5 folds tones and vowel marks (hòa, hoà → hoa) but two things remain:
 * - đ has no Unicode decomposition, so "dat dai" would miss "đất đai";
 * - i and y are interchangeable in syllables whose only vowel they are (kỹ/kĩ, lý/lí, quý/quí).
 * At index time we write đ as d, and such a y as i, each followed by an invisible combining
 * grapheme joiner (U+034F): Pagefind strips the mark and indexes "dat", "ki", while the stored
 * fragment keeps the marker, which the search page turns back into the real letter
 * ({@link restoreResult}).
 * Queries are folded the same way by {@link foldQuery}.
 */
export const MARK = '\u034F';

/**
 * A syllable whose only vowel is i or y, after a consonant onset: kỹ, lý, quý, mỹ, sĩ.
 * Matched on NFC text, so the y carries its tone: [yýỳỷỹỵ]. (Bare "y"/"ý" is never written "i".)
 * Only y is rewritten; an i is already the folded form. The regular expression finds a y that ends
 * a word and the callback checks that what precedes it in the word is an onset: anchoring on the
 * rare letter is several times faster than trying an onset at every position (search index build).
 */
const WORD_FINAL_Y = /[yýỳỷỹỵ](?=\p{M}*(?![\p{L}\p{M}\p{N}]))/giu;
const ONSETS = new Set(['ngh', 'ch', 'gh', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr', ...'bcdđghklmnprstvx']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The tone a precomposed y carries, as the combining mark NFD would give it. */
const Y_TONE: Record<string, string> = { y: '', ý: '\u0301', ỳ: '\u0300', ỷ: '\u0309', ỹ: '\u0303', ỵ: '\u0323' };

/** kỹ → kĩ (with `mark` between the i and its tone when indexing, so the y can be restored). */
const foldIY = (nfc: string, mark: string) =>
	nfc.replace(WORD_FINAL_Y, (y: string, at: number, s: string) => {
		let start = at;
		while (start > 0 && at - start < 4 && WORD_CHAR.test(s[start - 1]!)) start--;
		if (!ONSETS.has(s.slice(start, at).toLowerCase()) || (start > 0 && WORD_CHAR.test(s[start - 1]!))) return y;
		const lower = y.toLowerCase();
		const i = y === lower ? 'i' : 'I';
		// The mark keeps the tone off the i (Pagefind strips combining marks anyway); without it
		// the tone recomposes onto the i: kỹ → kĩ.
		return mark ? i + mark + Y_TONE[lower] : (i + Y_TONE[lower]).normalize('NFC');
	});

/** đ → d + mark, Đ → D + mark, a lone-vowel y → i + mark; the result is NFC. */
export const foldForIndex = (text: string): string => foldNfcForIndex(text.normalize('NFC'));

/** Most text has neither đ nor y: it goes through untouched, without running the expressions. */
const FOLDABLE = /[đĐyýỳỷỹỵYÝỲỶỸỴ]/;
const foldNfcForIndex = (nfc: string): string =>
	FOLDABLE.test(nfc)
		? foldIY(nfc, MARK)
				.replace(/đ/g, `d${MARK}`)
				.replace(/Đ/g, `D${MARK}`)
		: nfc;

/** Undoes {@link foldForIndex}. */
export const restoreFolded = (text: string): string => text.replace(/([dDiI])\u034F/g, (_, c: string) => ({ d: 'đ', D: 'Đ', i: 'y', I: 'Y' })[c]!).normalize('NFC');

const CLOSING = String.raw`(?:[.,;:!?…)\]”’»"']|&quot;|&#39;|&#x27;)+`;
const OPENING = String.raw`(?:[(\[“‘«"']|&quot;|&#39;|&#x27;)+`;
const MARK_TRAILING = new RegExp(String.raw`<mark>([^<]*?[\p{L}\p{M}\p{N}])(${CLOSING})</mark>`, 'gu');
const MARK_LEADING = new RegExp(String.raw`<mark>(${OPENING})([\p{L}\p{N}][^<]*)</mark>`, 'gu');

/**
 * Pagefind highlights each token, punctuation included ("<mark>đất</mark> <mark>đai,</mark>"); the
 * highlight reads as what was found with the punctuation around words left outside it and words
 * found side by side highlighted as one ("<mark>đất đai</mark>,").
 */
export const tidyMarks = (excerpt: string): string =>
	excerpt
		.replace(MARK_TRAILING, '<mark>$1</mark>$2')
		.replace(MARK_LEADING, '$1<mark>$2</mark>')
		.replace(/<\/mark>( +)<mark>/g, '$1');

/** The parts of a Pagefind result the search page shows or reads. */
interface ResultText {
	excerpt: string;
	meta: { title?: string };
	sub_results: { title: string; excerpt: string }[];
}

/**
 * A Pagefind result with the real letters back where the search page shows them: title, excerpt
 * and section headings; the excerpts' highlights without the punctuation around words ({@link tidyMarks}). The result fragments keep the folded text the index was given; the
 * search page restores the results it shows rather than the build rewriting every fragment
 * (seconds at 2,000 pages). The page's whole text (`content`, tens of KB on a long page) is left
 * as stored: nothing shows it, and the one reader of it, unmatchedWords
 * (src/lib/search-ranking.ts), compares words folded as the index has them.
 */
export function restoreResult<T extends ResultText>(d: T): T {
	return {
		...d,
		excerpt: tidyMarks(restoreFolded(d.excerpt)),
		meta: d.meta.title === undefined ? d.meta : { ...d.meta, title: restoreFolded(d.meta.title) },
		sub_results: d.sub_results.map((s) => ({ ...s, title: restoreFolded(s.title), excerpt: tidyMarks(restoreFolded(s.excerpt)) })),
	};
}

/** What a query becomes before it reaches Pagefind: NFC, đ → d, kỹ → kĩ, spaces collapsed. */
export const foldQuery = (query: string): string =>
	foldIY(query.normalize('NFC'), '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * An HTML document as tokens: script, style and template elements whole, comments, tags (quoted
 * attribute values may hold ">"), and text, the last alternative, captured as group 2.
 */
const HTML_TOKEN = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[!/?a-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>|([^<]+|<)/gi;

/**
 * Folds đ and y in the text of an HTML document and leaves tags, attributes, scripts and styles
 * untouched, so filter values given as attributes keep their real spelling; everything else is
 * byte-for-byte as Astro wrote it. (A tokenizing expression rather than an HTML parser: the same
 * result on Astro's output, checked in the unit tests, at a fraction of the time.)
 */
export function foldHtmlForIndex(html: string): string {
	return html.normalize('NFC').replace(HTML_TOKEN, (token: string, _element?: string, text?: string) => (text === undefined ? token : foldNfcForIndex(text)));
}

/**
 * Elements Pagefind skips anyway (navigation, header, footer, icons, scripts), removed before a
 * page is handed over: it then parses and receives far less, as a chapter's table of contents,
 * chapter list and site chrome are a good part of its HTML. These elements are never nested in
 * our pages (the non-greedy match relies on that); the site's index came out byte-identical with
 * and without this step when it was introduced.
 */
const SKIPPED_BY_PAGEFIND = /<(nav|header|footer|svg|script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
export const stripForIndex = (html: string): string => html.replace(SKIPPED_BY_PAGEFIND, '');
