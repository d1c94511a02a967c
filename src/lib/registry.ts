/** Ordering of the legal registry for its index page. */
export interface RegistryItem {
	id: string;
	data: { type: string; signed?: Date; shortTitle: string };
}

/**
 * Documents grouped by type in the order of `typeOrder` (the legal hierarchy), newest first
 * within a type (undated last); types without documents are left out.
 */
export function groupByType<T extends RegistryItem>(docs: readonly T[], typeOrder: readonly string[]): { type: string; docs: T[] }[] {
	return typeOrder
		.map((type) => ({
			type,
			docs: docs
				.filter((d) => d.data.type === type)
				.toSorted((a, b) => (b.data.signed?.getTime() ?? 0) - (a.data.signed?.getTime() ?? 0) || a.data.shortTitle.localeCompare(b.data.shortTitle, 'vi')),
		}))
		.filter((g) => g.docs.length > 0);
}
