import { getCollection, type CollectionEntry } from 'astro:content';
import { HANDBOOKS } from '../config/handbooks.ts';
import { findCitationProblems } from '../lib/citations.ts';
import { findHandbookProblems, orderChapters } from '../lib/navigation.ts';
import type { HandbookId } from '../schemas/chapter.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type DocumentEntry = CollectionEntry<'documents'>;

let checked: Promise<{ chapters: ChapterEntry[]; documents: Map<string, DocumentEntry> }> | undefined;

async function load() {
	const documents = new Map((await getCollection('documents')).map((d) => [d.id, d]));
	const chapters = await getCollection('chapters', (c) => import.meta.env.DEV || !c.data.draft);
	const problems = [
		...findHandbookProblems(chapters, (h) => HANDBOOKS[h as HandbookId].folder),
		...findCitationProblems(chapters, documents),
	];
	if (problems.length) {
		throw new Error(`Content check failed (${problems.length}):\n  - ${problems.join('\n  - ')}`);
	}
	return { chapters, documents };
}

/** All published content, checked once per build. Throws naming every bad file. */
export function getContent() {
	checked ??= load();
	return checked;
}

/** The chapters of one handbook in reading order. */
export async function getHandbookChapters(handbook: HandbookId): Promise<ChapterEntry[]> {
	const { chapters } = await getContent();
	return orderChapters(chapters.filter((c) => c.data.handbook === handbook));
}

/** Handbooks that have at least one published chapter (an empty one gets no pages or links). */
export async function getPublishedHandbooks(): Promise<HandbookId[]> {
	const { chapters } = await getContent();
	return (Object.keys(HANDBOOKS) as HandbookId[]).filter((h) => chapters.some((c) => c.data.handbook === h));
}
