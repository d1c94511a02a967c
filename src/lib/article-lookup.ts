/**
 * "điều 9 luật hòa giải ở cơ sở", "dieu 9 luat hgcs", "nghị định 15": recognises a citation in a
 * search query and points straight at the registry page and article anchor.
 */
import { expandAbbreviations, plain } from './abbreviations.ts';

export interface LookupDocument {
	id: string;
	/** Plain folded names a reader may type for it. */
	aliases: string[];
	/** Article numbers the registry lists. */
	articles: number[];
	/** The document meant when a query names only an article ("điều 9"). */
	primary: boolean;
}

export interface LookupHit {
	id: string;
	article?: number;
	clause?: number;
	/** True when the query named an article the registry does not list (link to the document only). */
	articleMissing: boolean;
}

/** Names readers type for a document, from its registry fields. */
export function documentAliases(doc: { number?: string; shortTitle: string; title: string; typeLabel: string; aliases?: string[] }): string[] {
	const names = [doc.shortTitle, doc.title, ...(doc.aliases ?? [])];
	if (doc.number) {
		names.push(doc.number);
		const [head, year] = doc.number.split('/');
		names.push(`${doc.typeLabel} ${head}`, `${doc.typeLabel} ${doc.number}`);
		if (year && /^\d{4}$/.test(year)) names.push(`${head}/${year}`, `${doc.typeLabel} ${head}/${year}`);
	}
	return [...new Set(names.map(plain))];
}

const ARTICLE = /(?:^| )(?:dieu|d)\s?(\d{1,3})(?= |$)/;
const CLAUSE = /(?:^| )(?:khoan|k)\s?(\d{1,2})(?= |$)/;

/** The document and article a query names, or undefined when it names none. */
export function lookupCitation(query: string, docs: readonly LookupDocument[]): LookupHit | undefined {
	const q = expandAbbreviations(plain(query));
	const article = Number(q.match(ARTICLE)?.[1]) || undefined;
	const clause = Number(q.match(CLAUSE)?.[1]) || undefined;
	const rest = ` ${q.replace(ARTICLE, ' ').replace(CLAUSE, ' ').replace(/\s+/g, ' ').trim()} `;

	// The longest alias found whole in the query wins ("nghi dinh 15" over "nghi dinh").
	let best: { doc: LookupDocument; len: number } | undefined;
	for (const doc of docs) {
		for (const alias of doc.aliases) {
			if (alias.length > (best?.len ?? 0) && rest.includes(` ${alias} `)) best = { doc, len: alias.length };
		}
	}
	let doc = best?.doc;
	const named = rest.trim();
	if (!doc && article && named === '') doc = docs.find((d) => d.primary && d.articles.includes(article));
	// An article with the start of a name ("điều 9 luật hòa giải"): the document whose name starts
	// so, or when several do, the site's own law (a mediator's "luật hòa giải" is the Luật Hòa giải
	// ở cơ sở, not the Luật Hòa giải, đối thoại tại Tòa án). One word ("điều 9 luật") names none.
	if (!doc && article && named.includes(' ')) {
		const starting = docs.filter((d) => d.aliases.some((a) => a.startsWith(`${named} `)));
		doc = starting.length === 1 ? starting[0] : starting.find((d) => d.primary);
	}
	if (!doc) return undefined;
	const listed = article !== undefined && doc.articles.includes(article);
	return { id: doc.id, article: listed ? article : undefined, clause: listed ? clause : undefined, articleMissing: article !== undefined && !listed };
}
