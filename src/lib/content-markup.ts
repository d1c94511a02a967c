/**
 * Markup shared by the Markdown directives (src/integrations/markdown.ts) and the MDX components
 * (src/components/mdx/), so a callout or checklist looks the same whichever way it was written.
 */

export const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Callout types and the label each shows when the author gives no title. */
export const CALLOUT_LABELS = { 'luu-y': 'Lưu ý', 'canh-bao': 'Cảnh báo', 'vi-du': 'Ví dụ' } as const;

/** The markup a `:::checklist` becomes; Checklist.astro renders the same for MDX. */
export const CHECKLIST_OPEN = '<div class="hg-checklist" data-hg-checklist>';
export const CHECKLIST_CLOSE =
	'<hg-print-checklist hidden><button type="button" class="hg-button hg-button--secondary">In danh sách kiểm tra</button></hg-print-checklist></div>';

/**
 * A citation waiting for the registry: `<a data-hg-cite="doc article clause">`. The page that shows
 * the Markdown resolves it (src/lib/citations.ts, resolveCitePlaceholders), so a change in the
 * registry never leaves a stale label in Astro's cache of rendered Markdown.
 */
export const citePlaceholder = (doc: string, article?: number, clause?: number) =>
	`<a class="hg-cite" data-hg-cite="${escapeHtml([doc, article ?? '', clause ?? ''].join(' ').trim())}"></a>`;

/**
 * Problems found while rendering Markdown, by absolute file path. Astro's content loader logs a
 * rendering error and goes on with the entry unrendered; the page that shows the entry looks the
 * problem up here and fails the build with it (src/components/site/EntryBody.astro). Kept on
 * globalThis: the Markdown plugin and the pages are separate module instances in one process.
 */
export const markdownProblems: Map<string, string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('hg.markdownProblems')] ??= new Map()) as Map<string, string>;
