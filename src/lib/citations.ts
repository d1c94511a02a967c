/**
 * Citations of the legal registry: resolving "Điều 12 Luật Hòa giải ở cơ sở" to a link,
 * and finding every citation that names a document or article the registry does not list.
 */
import { documentPath } from './paths.ts';
import { escapeHtml } from './content-markup.ts';

export interface DocumentLike {
	id: string;
	data: { shortTitle: string; articles: { number: number; title?: string }[] };
}

export interface CitingEntry {
	id: string;
	filePath?: string;
	body?: string;
	data: { title: string; legalBasis: { document: { id: string }; articles: number[] }[] };
}

export interface Citation {
	doc: string;
	article?: number;
	clause?: number;
}

/** Human label of a citation: "khoản 4 Điều 10 Luật Hòa giải ở cơ sở". */
export function citationLabel(shortTitle: string, article?: number, clause?: number): string {
	const parts = [clause ? `khoản ${clause}` : '', article ? `Điều ${article}` : '', shortTitle];
	return parts.filter(Boolean).join(' ');
}

/** The problem with a citation, or undefined when the registry lists what it names. */
export function citationProblem(docs: ReadonlyMap<string, DocumentLike>, c: Citation): string | undefined {
	const doc = docs.get(c.doc);
	if (!doc) return `cites document "${c.doc}", which is not in the registry (content/van-ban/)`;
	if (c.clause && !c.article) return `cites khoản ${c.clause} of "${c.doc}" without an article`;
	if (c.article && !doc.data.articles.some((a) => a.number === c.article)) {
		return `cites Điều ${c.article} of "${c.doc}", which the registry does not list (add it to content/van-ban/${c.doc}.yaml once verified)`;
	}
	return undefined;
}

/** Resolves a citation to a site path and label; throws with the problem when it cannot. */
export function resolveCitation(docs: ReadonlyMap<string, DocumentLike>, c: Citation): { path: string; label: string; articleTitle?: string } {
	const problem = citationProblem(docs, c);
	if (problem) throw new Error(`Citation ${problem}`);
	const doc = docs.get(c.doc)!;
	return {
		path: documentPath(doc.id, c.article),
		label: citationLabel(doc.data.shortTitle, c.article, c.clause),
		articleTitle: doc.data.articles.find((a) => a.number === c.article)?.title,
	};
}

const CITE_TAG = /<Cite\b([^>]*?)\/?>|:cite\{([^}]*)\}/g;
/** An attribute of `<Cite doc="x" article={7}>` (MDX) or `:cite{doc=x article=7}` (Markdown). */
const attr = (attrs: string, name: string) =>
	attrs.match(new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*(\\d+)\\s*\\}|([^\\s"'{}]+))`))?.slice(1).find((v) => v !== undefined);

/**
 * Every citation written in a body, with its line: `<Cite doc="…" article={…} clause={…} />` in
 * MDX, `:cite{doc=… article=… clause=…}` in Markdown.
 */
export function extractInlineCitations(body: string): (Citation & { line: number })[] {
	const found: (Citation & { line: number })[] = [];
	for (const m of body.matchAll(CITE_TAG)) {
		const attrs = m[1] ?? m[2] ?? '';
		const num = (name: string) => {
			const v = attr(attrs, name);
			return v === undefined ? undefined : Number(v);
		};
		found.push({
			doc: attr(attrs, 'doc') ?? '',
			article: num('article'),
			clause: num('clause'),
			line: body.slice(0, m.index).split('\n').length,
		});
	}
	return found;
}

const CITE_PLACEHOLDER = /<a class="hg-cite" data-hg-cite="([^"]*)"><\/a>/g;

/**
 * Turns the placeholders a Markdown `:cite{…}` leaves (src/integrations/markdown.ts) into the
 * link Cite.astro draws for MDX: "Điều 12 Luật Hòa giải ở cơ sở", to the article on its registry
 * page. Resolved when the page is made, so rendered Markdown never holds a stale label.
 */
export function resolveCitePlaceholders(html: string, docs: ReadonlyMap<string, DocumentLike>, href: (path: string) => string, where: string): string {
	return html.replace(CITE_PLACEHOLDER, (_, key: string) => {
		const [doc = '', article, clause] = key.split(' ');
		let cite;
		try {
			cite = resolveCitation(docs, { doc, article: article ? Number(article) : undefined, clause: clause ? Number(clause) : undefined });
		} catch (e) {
			throw new Error(`${where}: ${(e as Error).message}`);
		}
		const title = cite.articleTitle ? ` title="${escapeHtml(cite.articleTitle)}"` : '';
		return `<a class="hg-cite" href="${escapeHtml(href(cite.path))}"${title}>${escapeHtml(cite.label)}</a>`;
	});
}

/** All citation problems across entries, each naming the file (and line for inline citations). */
export function findCitationProblems(entries: readonly CitingEntry[], docs: ReadonlyMap<string, DocumentLike>): string[] {
	const problems: string[] = [];
	for (const e of entries) {
		const where = e.filePath ?? e.id;
		for (const basis of e.data.legalBasis) {
			const ids = basis.articles.length ? basis.articles : [undefined];
			for (const article of ids) {
				const p = citationProblem(docs, { doc: basis.document.id, article });
				if (p) problems.push(`${where}: legalBasis ${p}`);
			}
		}
		for (const c of extractInlineCitations(e.body ?? '')) {
			const p = c.doc ? citationProblem(docs, c) : 'has no doc="…"';
			if (p) problems.push(`${where}:${c.line}: citation ${p}`);
		}
	}
	return problems;
}

/**
 * For one document: the entries that cite it and which articles, from both the legal-basis
 * frontmatter and inline citations ("giải thích tại" backlinks on registry pages).
 */
export function citingEntries<T extends CitingEntry>(docId: string, entries: readonly T[]): { entry: T; articles: number[] }[] {
	const result: { entry: T; articles: number[] }[] = [];
	for (const entry of entries) {
		const articles = new Set<number>();
		let cites = false;
		for (const b of entry.data.legalBasis) {
			if (b.document.id !== docId) continue;
			cites = true;
			b.articles.forEach((a) => articles.add(a));
		}
		for (const c of extractInlineCitations(entry.body ?? '')) {
			if (c.doc !== docId) continue;
			cites = true;
			if (c.article) articles.add(c.article);
		}
		if (cites) result.push({ entry, articles: [...articles].toSorted((a, b) => a - b) });
	}
	return result;
}
