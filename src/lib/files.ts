/** Download files: sizes as readers read them, and the markers that tie a link to its file. */

/** "85 KB" / "1,2 MB", Vietnamese decimal comma. */
export function formatSize(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * A download list item printed before its file exists (PDFs are printed after the build) carries
 * `data-hg-artifact="<path>"` and an empty `data-hg-size` span. After the build the item gets
 * the size, or is removed when the file could not be made, so a page never shows a dead link.
 */
const ITEM = /<li\b[^>]*\bdata-hg-artifact="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g;
export function settleArtifacts(html: string, sizeOf: (path: string) => number | undefined): string {
	return html.replace(ITEM, (li, path: string) => {
		const size = sizeOf(path);
		if (size === undefined) return '';
		return li.replace(/(<span\b[^>]*\bdata-hg-size[^>]*>)[^<]*(<\/span>)/, (_, open: string, close: string) => `${open}${formatSize(size)}${close}`);
	});
}

/** Paths (relative to the site root) that a page's download items wait for. */
export const pendingArtifacts = (html: string) => [...html.matchAll(ITEM)].map((m) => m[1] ?? '').filter(Boolean);
