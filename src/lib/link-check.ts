/**
 * Internal link checking over a built site: every link, asset and `#fragment` must resolve.
 * Pure: the caller reads the files; this module parses and compares.
 */
import { Parser } from 'htmlparser2';

export interface PageLinks {
	/** Every id (and a[name]) on the page: the fragments other pages may point to. */
	ids: Set<string>;
	/** Every URL the page refers to, with the element and attribute it came from. */
	refs: { url: string; where: string }[];
}

const URL_ATTRS: Record<string, string[]> = { a: ['href'], link: ['href'], script: ['src'], img: ['src'], form: ['action'], source: ['src'], iframe: ['src'] };

export function collectLinks(html: string): PageLinks {
	const ids = new Set<string>();
	const refs: PageLinks['refs'] = [];
	const parser = new Parser({
		onopentag(name, attrs) {
			if (attrs.id) ids.add(attrs.id);
			if (name === 'a' && attrs.name) ids.add(attrs.name);
			for (const attr of URL_ATTRS[name] ?? []) {
				const url = attrs[attr];
				if (url !== undefined && !(name === 'link' && /\b(canonical|alternate)\b/.test(attrs.rel ?? ''))) refs.push({ url, where: `<${name} ${attr}>` });
			}
		},
	});
	parser.end(html);
	return { ids, refs };
}

/** Site path of a built file: "van-ban/x/index.html" → "/van-ban/x/", "favicon.svg" → "/favicon.svg". */
export const pathOfFile = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Problems with internal references, one line each: "<page>: <where> <url> → <reason>".
 * `pages` maps site paths (without base) to their links; `files` holds every built path
 * (pages and assets); `base` is the path the site is served under ("/" or "/hoa-giai/").
 */
export function findLinkProblems(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>, base: string, origin: string): string[] {
	const problems: string[] = [];
	for (const [page, { refs }] of pages) {
		const pageUrl = new URL(base.replace(/\/$/, '') + page, origin);
		for (const { url, where } of refs) {
			if (/^(mailto|tel|data|javascript):/i.test(url)) continue;
			const target = new URL(url, pageUrl);
			if (target.origin !== origin) continue; // external: checked by people, not on every build
			const report = (reason: string) => problems.push(`${page}: ${where} ${url} → ${reason}`);
			if (!target.pathname.startsWith(base)) {
				report(`outside the base path ${base}`);
				continue;
			}
			const path = `/${decodeURIComponent(target.pathname.slice(base.length))}`;
			const isPage = pages.has(path);
			if (!isPage && !files.has(path)) {
				report(pages.has(`${path}/`) ? 'missing trailing slash' : 'no such page or file');
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && isPage && !pages.get(path)!.ids.has(fragment)) report(`no element with id "${fragment}"`);
		}
	}
	return problems;
}
