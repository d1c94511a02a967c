/**
 * Vietnamese letter folding for Pagefind (see ../shared/research/pagefind.md, option A).
 *
 * Pagefind ≥ 1.5 folds tones and vowel marks (hòa → hoa) but not đ, which has no Unicode
 * decomposition, so "dat dai" would miss "đất đai". At index time we write đ as d followed by
 * an invisible combining grapheme joiner (U+034F): Pagefind strips the mark and indexes "dat",
 * while the stored fragment keeps the marker, which {@link restoreFolded} turns back into đ.
 * Queries are folded the same way by {@link foldQuery}.
 */
import { Parser } from 'htmlparser2';

export const MARK = '\u034F';

/** đ → d + mark, Đ → D + mark; the text is also normalised to NFC first. */
export const foldForIndex = (text: string): string => text.normalize('NFC').replace(/đ/g, `d${MARK}`).replace(/Đ/g, `D${MARK}`);

/** Undoes {@link foldForIndex}; also accepts the mark escaped as \u034f inside JSON. */
export const restoreFolded = (text: string): string =>
	text.replace(/([dD])(?:\u034F|\\u034[fF])/g, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));

/** What a query becomes before it reaches Pagefind: NFC, đ → d, spaces collapsed. */
export const foldQuery = (query: string): string => query.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/\s+/g, ' ').trim();

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
