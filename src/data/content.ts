import { getCollection, type CollectionEntry } from 'astro:content';
import { HANDBOOKS } from '../config/handbooks.ts';
import { citationProblem, findCitationProblems } from '../lib/citations.ts';
import { sortTerms } from '../lib/glossary.ts';
import { findHandbookProblems, orderChapters } from '../lib/navigation.ts';
import type { HandbookId } from '../schemas/chapter.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type DocumentEntry = CollectionEntry<'documents'>;
export type TermEntry = CollectionEntry<'glossary'>;

let checked: Promise<{ chapters: ChapterEntry[]; documents: Map<string, DocumentEntry>; glossary: TermEntry[] }> | undefined;

async function load() {
	const documents = new Map((await getCollection('documents')).map((d) => [d.id, d]));
	const chapters = await getCollection('chapters', (c) => import.meta.env.DEV || !c.data.draft);
	const glossary = sortTerms(await getCollection('glossary'));
	const problems = [
		...findHandbookProblems(chapters, (h) => HANDBOOKS[h as HandbookId].folder),
		...findCitationProblems(chapters, documents),
		...glossary.flatMap((t) => {
			const p = t.data.source && citationProblem(documents, { doc: t.data.source.document.id, article: t.data.source.article });
			return p ? [`content/thuat-ngu.yaml: term "${t.id}" ${p}`] : [];
		}),
	];
	if (problems.length) {
		throw new Error(`Content check failed (${problems.length}):\n  - ${problems.join('\n  - ')}`);
	}
	return { chapters, documents, glossary };
}

/** All published content, checked once per build. Throws naming every bad file. */
export function getContent() {
	checked ??= load();
	return checked;
}

const ordered = new Map<HandbookId, Promise<ChapterEntry[]>>();

/** The chapters of one handbook in reading order; sorted once per build, not once per page. */
export function getHandbookChapters(handbook: HandbookId): Promise<ChapterEntry[]> {
	let chapters = ordered.get(handbook);
	if (!chapters) {
		chapters = getContent().then((c) => orderChapters(c.chapters.filter((x) => x.data.handbook === handbook)));
		ordered.set(handbook, chapters);
	}
	return chapters;
}

let published: Promise<HandbookId[]> | undefined;

/**
 * Handbooks that have at least one published chapter (an empty one gets no pages or links).
 * Worked out once per build: the header of every page asks.
 */
export function getPublishedHandbooks(): Promise<HandbookId[]> {
	published ??= getContent().then(({ chapters }) => {
		const used = new Set(chapters.map((c) => c.data.handbook));
		return (Object.keys(HANDBOOKS) as HandbookId[]).filter((h) => used.has(h));
	});
	return published;
}
