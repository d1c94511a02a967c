import { defineHastPlugin } from 'satteri';
import { createSlugger } from '../lib/slug.ts';
import { withBase } from '../lib/paths.ts';

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
