/** Checks on the shape of MDX bodies that templates require (case studies, model practices). */

/** The `## ` headings of a Markdown body, in order, without the marks. */
export const h2Headings = (body: string) => [...body.matchAll(/^## +(.+?)\s*#*\s*$/gm)].map((m) => (m[1] ?? '').normalize('NFC'));

/** A problem when the body lacks one of `required` as a `##` heading or has them out of order. */
export function sectionProblem(body: string, required: readonly string[]): string | undefined {
	const found = h2Headings(body);
	const missing = required.filter((h) => !found.includes(h));
	if (missing.length) return `is missing the section${missing.length > 1 ? 's' : ''} ${missing.map((h) => `"## ${h}"`).join(', ')}`;
	const positions = required.map((h) => found.indexOf(h));
	if (positions.some((p, i) => i > 0 && p < (positions[i - 1] ?? -1))) return `has its sections out of order (expected ${required.map((h) => `"${h}"`).join(' → ')})`;
	return undefined;
}

/** Lines before the body in a content file (the frontmatter), so body line numbers can be reported as file lines. */
export function bodyLineOffset(raw: string, body: string): number {
	const i = body ? raw.indexOf(body) : -1;
	return i < 0 ? 0 : raw.slice(0, i).split('\n').length - 1;
}
