import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { createSlugger } from '../lib/slug.ts';
import { withBase } from '../lib/paths.ts';
import { CALLOUT_LABELS, CHECKLIST_CLOSE, CHECKLIST_OPEN, citePlaceholder, escapeHtml, markdownProblems } from '../lib/content-markup.ts';

/**
 * Gives every Markdown heading an ASCII id before Astro's own heading plugin runs (it keeps
 * ids that are already set, so the table of contents uses the same ids).
 */
export const asciiHeadingIds = () => {
	const slug = createSlugger();
	return defineHastPlugin({
		name: 'hg-ascii-heading-ids',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				if (typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
			},
		},
	});
};

/**
 * Lets authors write site links as "/van-ban/…" in Markdown: they are prefixed with the base
 * path, so the same content works when the site is published under a portal sub-path.
 */
export const baseLinks = (base: string) =>
	defineHastPlugin({
		name: 'hg-base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.href;
				if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) ctx.setProperty(node, 'href', withBase(base, href));
			},
		},
	});

/** Fails on `node` with the file and its line in the file (Astro hands over the body alone). */
function fail(node: { position?: { start: { line: number } } | undefined }, ctx: { fileURL: URL | undefined; source: string }, message: string): never {
	const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
	let line = node.position?.start.line ?? 0;
	if (file && existsSync(file)) {
		const full = readFileSync(file, 'utf8');
		const at = full.indexOf(ctx.source.slice(0, 500));
		if (at > 0) line += full.slice(0, at).split('\n').length - 1;
	}
	const text = `${file ?? 'Markdown'}:${line || '?'}: ${message}`;
	if (file) markdownProblems.set(file, text);
	throw new Error(text);
}

/**
 * The three directives authors use in Markdown chapters (README, "Writing content"):
 * - `:cite{doc=luat-hoa-giai-o-co-so-2013 article=10 clause=4}`, a citation of the registry;
 * - `:::callout{type=vi-du title="…"}` … `:::`, a boxed note (luu-y, canh-bao, vi-du);
 * - `:::checklist` … `:::`, the printable tick-box list that ends a skills chapter.
 * Anything else written as a directive with [text] or {attributes} fails the build with the file
 * and line, as does a bad attribute: a typo never reaches readers as silent text. (A colon in
 * running text, "lúc 10:30", stays as written.) MDX files use the components instead.
 */
export const directives = () =>
	defineMdastPlugin({
		name: 'hg-directives',
		options: { position: true },
		before(_, ctx) {
			if (ctx.fileURL) markdownProblems.delete(fileURLToPath(ctx.fileURL));
		},
		textDirective(node, ctx) {
			const a = node.attributes ?? {};
			if (node.name === 'cite' && ctx.sourceFormat === 'mdx') fail(node, ctx, 'in MDX files cite with <Cite doc="…" article={…} />');
			if (node.name !== 'cite') {
				// "lúc 10:30", "như sau:ông": a colon in running text, not a directive; it stays as written.
				// With [text] or {attributes} it was meant as one, and a misspelt name fails.
				const start = node.position?.start.offset;
				const end = node.position?.end.offset;
				const raw = start === undefined || end === undefined ? undefined : ctx.source.slice(start, end);
				if (raw !== undefined && !/[[{]/.test(raw)) return { type: 'text', value: raw };
				fail(node, ctx, `unknown directive ":${node.name}" (only :cite, :::callout and :::checklist exist)`);
			}
			const allowed = new Set(['doc', 'article', 'clause']);
			const unknown = Object.keys(a).filter((k) => !allowed.has(k));
			if (unknown.length) fail(node, ctx, `:cite has no attribute ${unknown.map((k) => `"${k}"`).join(', ')} (doc, article, clause)`);
			if (node.children.length) fail(node, ctx, `:cite takes no text in [ ]; the label comes from the registry`);
			if (!a.doc) fail(node, ctx, `:cite needs doc=<registry id>`);
			const num = (k: 'article' | 'clause') => {
				const v = a[k];
				if (v === undefined || v === null) return undefined;
				if (!/^[1-9]\d*$/.test(v)) fail(node, ctx, `:cite ${k}="${v}" is not a number`);
				return Number(v);
			};
			return { type: 'html', value: citePlaceholder(a.doc, num('article'), num('clause')) };
		},
		leafDirective(node, ctx) {
			fail(node, ctx, `unknown directive "::${node.name}" (only :cite, :::callout and :::checklist exist)`);
		},
		containerDirective(node, ctx) {
			const a = node.attributes ?? {};
			if (ctx.sourceFormat === 'mdx') fail(node, ctx, `in MDX files use the component (<Callout>, <Checklist>) instead of :::${node.name}`);
			const extra = (allowed: string[]) => Object.keys(a).filter((k) => !allowed.includes(k));
			if (node.name === 'callout') {
				if (extra(['type', 'title']).length) fail(node, ctx, `:::callout has no attribute ${extra(['type', 'title']).map((k) => `"${k}"`).join(', ')} (type, title)`);
				const type = a.type ?? 'luu-y';
				if (!(type in CALLOUT_LABELS)) fail(node, ctx, `:::callout type="${type}" is not one of ${Object.keys(CALLOUT_LABELS).join(', ')}`);
				const title = escapeHtml(a.title || CALLOUT_LABELS[type as keyof typeof CALLOUT_LABELS]);
				ctx.replaceNode(node, [
					{ type: 'html', value: `<aside class="hg-callout hg-callout--${type}" aria-label="${title}"><p class="hg-callout__title">${title}</p><div class="hg-callout__body">` },
					...node.children,
					{ type: 'html', value: '</div></aside>' },
				]);
				return;
			}
			if (node.name === 'checklist') {
				if (extra([]).length) fail(node, ctx, ':::checklist takes no attributes');
				if (!node.children.some((c) => c.type === 'list')) fail(node, ctx, `:::checklist holds no list ("- item" lines)`);
				ctx.replaceNode(node, [{ type: 'html', value: CHECKLIST_OPEN }, ...node.children, { type: 'html', value: CHECKLIST_CLOSE }]);
				return;
			}
			fail(node, ctx, `unknown directive ":::${node.name}" (only :::callout and :::checklist exist)`);
		},
	});
