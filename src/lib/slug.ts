/**
 * ASCII ids for Vietnamese headings: "Căn cứ pháp lý" → "can-cu-phap-ly". Links stay readable
 * when shared, and authors can type `#dieu-kien` without diacritics.
 */
export function asciiSlug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A slugger for one document: repeated headings get "-1", "-2" like GitHub's. */
export function createSlugger(): (text: string) => string {
	const seen = new Map<string, number>();
	return (text) => {
		const base = asciiSlug(text) || 'muc';
		const n = seen.get(base);
		seen.set(base, (n ?? 0) + 1);
		return n === undefined ? base : `${base}-${n}`;
	};
}
