/** The on-page table of contents from the headings Astro returns for a rendered entry. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}
export interface TocItem {
	slug: string;
	text: string;
	children: TocItem[];
}

/** `##` headings become items and `###` headings their children; other depths are left out. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
	const toc: TocItem[] = [];
	for (const h of headings) {
		const item = { slug: h.slug, text: h.text, children: [] };
		if (h.depth === 2) toc.push(item);
		else if (h.depth === 3) (toc.at(-1)?.children ?? toc).push(item);
	}
	return toc;
}
