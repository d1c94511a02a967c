/**
 * Facets for filterable lists (case studies by dispute type and skill; practices by field,
 * locality and year): the values that occur, with counts, in a stable order.
 */
export interface FacetValue {
	/** ASCII slug: the URL segment of the value's own page and the filter's option value. */
	value: string;
	label: string;
	count: number;
}

/**
 * The values of one facet across items, sorted by `order` when given (the vocabulary's order)
 * or by label in Vietnamese order. Values no item has are left out, so no filter shows "0".
 */
export function facetValues<T>(items: readonly T[], valuesOf: (item: T) => readonly string[], labelOf: (value: string) => string, order?: readonly string[]): FacetValue[] {
	const counts = new Map<string, number>();
	for (const item of items) for (const v of new Set(valuesOf(item))) counts.set(v, (counts.get(v) ?? 0) + 1);
	const values = [...counts].map(([value, count]) => ({ value, label: labelOf(value), count }));
	return order
		? values.toSorted((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
		: values.toSorted((a, b) => a.label.localeCompare(b.label, 'vi'));
}

/** Items matching every chosen facet value (an empty choice matches all). */
export function applyFacets<T>(items: readonly T[], chosen: Record<string, string | undefined>, valuesOf: (item: T, facet: string) => readonly string[]): T[] {
	return items.filter((item) => Object.entries(chosen).every(([facet, v]) => !v || valuesOf(item, facet).includes(v)));
}
