/**
 * Vietnamese letter folding for Pagefind (see ../shared/research/pagefind.md, option A).
 *
 * Pagefind ≥ 1.5 folds tones and vowel marks (hòa, hoà → hoa) but two things remain:
 * - đ has no Unicode decomposition, so "dat dai" would miss "đất đai";
 * - i and y are interchangeable in syllables whose only vowel they are (kỹ/kĩ, lý/lí, quý/quí).
 * At index time we write đ as d, and such a y as i, each followed by an invisible combining
 * grapheme joiner (U+034F): Pagefind strips the mark and indexes "dat", "ki", while the stored
 * fragment keeps the marker, which {@link restoreFolded} turns back into the real letter.
 * Queries are folded the same way by {@link foldQuery}.
 */
import { Parser } from 'htmlparser2';

export const MARK = '\u034F';

/**
 * A syllable whose only vowel is i or y, after a consonant onset: kỹ, lý, quý, mỹ, sĩ.
 * Matched on NFD text, so tone marks follow the vowel. (Bare "y"/"ý" is never written "i".)
 */
const IY_SYLLABLE = /(?<![\p{L}\p{M}\p{N}])((?:ngh|ch|gh|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnprstvx])\p{M}*)([iyIY])(?=\p{M}*(?![\p{L}\p{M}\p{N}]))/giu;

/** kỹ → kĩ (with `mark` after the i when indexing, so the y can be restored). */
const foldIY = (nfd: string, mark: string) => nfd.replace(IY_SYLLABLE, (_, onset: string, v: string) => onset + (v === 'y' || v === 'i' ? 'i' : 'I') + (v === 'y' || v === 'Y' ? mark : ''));

/** đ → d + mark, Đ → D + mark, a lone-vowel y → i + mark; the result is NFC. */
export const foldForIndex = (text: string): string =>
	foldIY(text.normalize('NFD'), MARK)
		.replace(/đ/g, `d${MARK}`)
		.replace(/Đ/g, `D${MARK}`)
		.normalize('NFC');

/** Undoes {@link foldForIndex}; also accepts the mark escaped as \u034f inside JSON. */
export const restoreFolded = (text: string): string =>
	text
		.replace(/([dDiI])(?:\u034F|\\u034[fF])/g, (_, c: string) => ({ d: 'đ', D: 'Đ', i: 'y', I: 'Y' })[c]!)
		.normalize('NFC');

/** What a query becomes before it reaches Pagefind: NFC, đ → d, kỹ → kĩ, spaces collapsed. */
export const foldQuery = (query: string): string =>
	foldIY(query.normalize('NFD'), '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFC')
		.replace(/\s+/g, ' ')
		.trim();

const SKIP = new Set(['script', 'style', 'template']);

/**
 * Folds đ in the text of an HTML document and leaves tags and attributes untouched, so
 * filter values given as attributes keep their real spelling. Works on the raw string by
 * the parser's offsets, so everything else is byte-for-byte as Astro wrote it.
 */
export function foldHtmlForIndex(html: string): string {
	const source = html.normalize('NFC');
	const out: string[] = [];
	let copied = 0;
	let skipping = 0;
	const parser = new Parser(
		{
			onopentagname: (name) => void (SKIP.has(name) && skipping++),
			onclosetag: (name) => void (SKIP.has(name) && skipping--),
			ontext: () => {
				if (skipping) return;
				const end = parser.endIndex + 1;
				out.push(source.slice(copied, parser.startIndex), foldForIndex(source.slice(parser.startIndex, end)));
				copied = end;
			},
		},
		{ decodeEntities: false },
	);
	parser.end(source);
	out.push(source.slice(copied));
	return out.join('');
}
