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
const asWords = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
/** Each glossary's forms as " word word ", worked out once per glossary rather than per page. */
const formsOf = new WeakMap<readonly TermLike[], string[][]>();

export function termsUsedIn<T extends TermLike>(text: string, terms: readonly T[]): T[] {
	const words = ` ${asWords(text)} `;
	let forms = formsOf.get(terms);
	if (!forms) {
		forms = terms.map((t) => [t.data.term, ...t.data.variants].map((form) => ` ${asWords(form).trim()} `));
		formsOf.set(terms, forms);
	}
	return terms.filter((_, i) => forms[i]!.some((form) => words.includes(form)));
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
