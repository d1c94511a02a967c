/** Which glossary terms a text uses, so a chapter can link to their definitions. */
import { plain } from './abbreviations.ts';

export interface TermLike {
	id: string;
	data: { term: string; variants: string[] };
}

/**
 * The terms whose word form (or a variant) occurs in `text` as whole words, compared with
 * diacritics intact (so "hoa" the flower is not "hòa") and case ignored; in glossary order.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
const asWords = (s: string) => s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether `text` (NFC, lower case) holds `words` as consecutive whole words, whatever spaces or
 * punctuation separate them. Searching for the first word and checking around each hit is far
 * cheaper than rewriting every chapter into a list of words (thousands of pages a build).
 */
function holds(text: string, words: string[]): boolean {
	const [first, ...rest] = words;
	if (!first) return false;
	for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
		if (isWordChar(text[at - 1])) continue;
		let end = at + first.length;
		let whole = true;
		for (const word of rest) {
			let next = end;
			while (next < text.length && !isWordChar(text[next])) next++;
			if (next === end || !text.startsWith(word, next)) {
				whole = false;
				break;
			}
			end = next + word.length;
		}
		if (whole && !isWordChar(text[end])) return true;
	}
	return false;
}

/** Each glossary's forms as lists of words, worked out once per glossary rather than per page. */
const formsOf = new WeakMap<readonly TermLike[], string[][][]>();

export function termsUsedIn<T extends TermLike>(text: string, terms: readonly T[]): T[] {
	const lower = text.normalize('NFC').toLowerCase();
	let forms = formsOf.get(terms);
	if (!forms) {
		forms = terms.map((t) => [t.data.term, ...t.data.variants].map(asWords));
		formsOf.set(terms, forms);
	}
	return terms.filter((_, i) => forms[i]!.some((words) => holds(lower, words)));
}

/** Glossary entries sorted as a Vietnamese dictionary would, ignoring case. */
export function sortTerms<T extends TermLike>(terms: readonly T[]): T[] {
	return terms.toSorted((a, b) => a.data.term.localeCompare(b.data.term, 'vi', { sensitivity: 'base' }));
}

/** The first letter of a term for the A–Z index, without tone marks ("Đ" stays "Đ"). */
export function initialOf(term: string): string {
	const first = term.trim().charAt(0).toUpperCase();
	return first === 'Đ' ? 'Đ' : plain(first).toUpperCase() || first;
}
