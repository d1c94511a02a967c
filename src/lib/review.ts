/** The editors' review list: every unverified point in chapters and registry documents, grouped by page. */
export interface ReviewItem {
	claim: string;
	reason: string;
}
export interface ReviewSource {
	href: string;
	title: string;
	kind: string;
	file?: string;
	reviewed?: Date;
	items: readonly ReviewItem[];
}

/** Pages with at least one open point, oldest review first (undated last), and the number of points. */
export function reviewList(sources: readonly ReviewSource[]): { groups: ReviewSource[]; total: number } {
	const groups = sources
		.filter((s) => s.items.length > 0)
		.toSorted((a, b) => (a.reviewed?.getTime() ?? Infinity) - (b.reviewed?.getTime() ?? Infinity) || a.title.localeCompare(b.title, 'vi'));
	return { groups, total: groups.reduce((n, g) => n + g.items.length, 0) };
}
