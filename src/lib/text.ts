/** Splits plain text written with blank lines between paragraphs into paragraphs. */
export const paragraphs = (text: string): string[] =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);

/**
 * Straight double quotes as typographic ones: “…”. Sätteri does this for Markdown bodies; text
 * from frontmatter and YAML (summaries, descriptions, questions, forms) is shown as written, so
 * a summary read "lạc hậu" in straight quotes under a body with curly ones. A quote opens at the
 * start or after a space or an opening bracket, and closes elsewhere.
 */
export const smartQuotes = (text: string): string => text.replace(/(^|[\s([{\u2013\u2014])"/g, '$1\u201C').replace(/"/g, '\u201D');
