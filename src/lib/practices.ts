/**
 * Facets of the model practices (field, locality, year): the values each practice has, grouped
 * for the static facet pages, the words for each evidence level, and the check of the submission
 * template (content/mo-hinh/_mau-gui-mo-hinh.mdx). Pure: entries in, data out.
 */
import { z } from 'astro/zod';
import { facetValues, type FacetValue } from './facets.ts';
import { asciiSlug } from './slug.ts';
import { sectionProblem } from './structure.ts';
import { makePracticeSchema } from '../schemas/other-content.ts';
import { PRACTICE_FIELDS } from '../schemas/taxonomy.ts';

export interface PracticeLike {
	id: string;
	data: { field: keyof typeof PRACTICE_FIELDS; year: number; locality: string };
}

/** URL segment and select name of each facet, with what readers see. */
export const PRACTICE_FACETS = {
	'linh-vuc': 'Lĩnh vực',
	'dia-ban': 'Địa bàn',
	nam: 'Năm',
} as const;
export type PracticeFacet = keyof typeof PRACTICE_FACETS;

/** The facet value of a practice: an ASCII slug, so it can be a URL segment and a data attribute. */
export function practiceValue(p: PracticeLike, facet: PracticeFacet): string {
	return facet === 'linh-vuc' ? p.data.field : facet === 'nam' ? String(p.data.year) : asciiSlug(p.data.locality);
}

/** The label of a facet value; a locality is labelled as its first practice writes it. */
export function practiceLabel(items: readonly PracticeLike[], facet: PracticeFacet, value: string): string {
	if (facet === 'linh-vuc') return PRACTICE_FIELDS[value as keyof typeof PRACTICE_FIELDS] ?? value;
	if (facet === 'nam') return value;
	return items.find((p) => practiceValue(p, 'dia-ban') === value)?.data.locality ?? value;
}

/** Every facet with its values and counts: fields in vocabulary order, newest year first, places by name. */
export function practiceFacets(items: readonly PracticeLike[]): { key: PracticeFacet; label: string; values: FacetValue[] }[] {
	const years = [...new Set(items.map((p) => String(p.data.year)))].toSorted((a, b) => Number(b) - Number(a));
	const order: Record<PracticeFacet, readonly string[] | undefined> = { 'linh-vuc': Object.keys(PRACTICE_FIELDS), nam: years, 'dia-ban': undefined };
	return (Object.keys(PRACTICE_FACETS) as PracticeFacet[]).map((key) => ({
		key,
		label: PRACTICE_FACETS[key],
		values: facetValues(items, (p) => [practiceValue(p, key)], (v) => practiceLabel(items, key, v), order[key]),
	}));
}

/** The pages of one facet: each value with its practices and a heading. */
export function practiceFacetPages<T extends PracticeLike>(items: readonly T[], facet: PracticeFacet) {
	const values = [...new Set(items.map((p) => practiceValue(p, facet)))];
	return values.map((value) => {
		const label = practiceLabel(items, facet, value);
		const heading = facet === 'nam' ? `Mô hình hay năm ${label}` : facet === 'linh-vuc' ? `Mô hình hay về ${label.toLowerCase()}` : `Mô hình hay ở địa bàn: ${label}`;
		return { value, label, heading, items: items.filter((p) => practiceValue(p, facet) === value) };
	});
}

/** How sure we are of a practice, in the words the badge shows. */
export const EVIDENCE_LABELS = {
	illustrative: 'Minh họa',
	reported: 'Đã đưa tin',
	verified: 'Đã xác minh',
} as const;

/** Segments under /mo-hinh/ that are pages, so no practice may take them as its id. */
export const RESERVED_PRACTICE_IDS = ['linh-vuc', 'dia-ban', 'nam', 'gui-mo-hinh'] as const;

/** The practice schema with references as plain ids: for the template, which is not a collection entry. */
export const PracticeFrontmatter = makePracticeSchema(z.string(), z.string());

/**
 * What stops the submission template from passing as a practice: schema problems (field named) and
 * missing body sections. The template is what contributors copy, so it must stay valid as the
 * schema changes; the build and the unit tests both run this.
 */
export function templateProblems(frontmatter: unknown, body: string, sections: readonly string[]): string[] {
	const r = PracticeFrontmatter.safeParse(frontmatter);
	const problems = r.success ? [] : r.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`);
	const s = sectionProblem(body, sections);
	return s ? [...problems, `body ${s}`] : problems;
}

/** The fields of a practice in schema order, and whether each must be filled in. */
export function practiceFields(): { name: string; required: boolean }[] {
	return Object.entries(PracticeFrontmatter.shape).map(([name, s]) => ({ name, required: !(s as z.ZodType).safeParse(undefined).success }));
}
