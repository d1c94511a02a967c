/** Turns "hoa-giai", "/hoa-giai" or "/hoa-giai/" into "/hoa-giai/"; empty means "/". */
export function normalizeBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a site path ("/van-ban/") with the base ("/hoa-giai/") without doubling slashes. */
export function withBase(base: string, path: string): string {
	return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** Anchor id of an article on a registry page: Điều 9 → "dieu-9". */
export const articleAnchor = (article: number) => `dieu-${article}`;

/** Site path of a registry document, optionally at one article. */
export function documentPath(id: string, article?: number): string {
	return `/van-ban/${id}/${article ? `#${articleAnchor(article)}` : ''}`;
}
