/** Splits plain text written with blank lines between paragraphs into paragraphs. */
export const paragraphs = (text: string): string[] =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);

/**
 * Straight double quotes as typographic ones: “…”. Sätteri does this for Markdown bodies; text
 * from frontmatter and YAML (summaries, descriptions, questions, forms) and the slide model's
 * text runs are shown as written, so a summary read "lạc hậu" in straight quotes under a body with
 * curly ones. A quote opens at the start or after a space, a dash or an opening bracket, and
 * closes elsewhere; `before` is the text that precedes (the previous run of a styled line).
 */
export function smartQuotes(text: string, before = ''): string {
	if (!text.includes('"')) return text;
	let out = '';
	let prev = before.at(-1) ?? '';
	for (const ch of text) {
		const c = ch === '"' ? (prev === '' || /[\s([{\u2013\u2014]/.test(prev) ? '\u201C' : '\u201D') : ch;
		out += c;
		prev = c;
	}
	return out;
}
