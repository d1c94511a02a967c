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
export function termsUsedIn<T extends TermLike>(text: string, terms: readonly T[]): T[] {
	const words = ` ${text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
	return terms.filter((t) => [t.data.term, ...t.data.variants].some((form) => words.includes(` ${form.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `)));
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
