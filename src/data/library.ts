/**
 * Case studies, training decks, model practices, forms and the provincial plan: loaded once,
 * checked across files (citations, references, required sections, slide syntax) and thrown
 * with every problem named by file.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationProblem, findCitationProblems, resolveCitation } from '../lib/citations.ts';
import { parseDeck, resolveSlideCitations, type Slide } from '../lib/slides.ts';
import { bodyLineOffset, sectionProblem } from '../lib/structure.ts';
import { getContent } from './content.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type DeckEntry = CollectionEntry<'decks'>;
export type PracticeEntry = CollectionEntry<'practices'>;
export type FormEntry = CollectionEntry<'forms'>;
export type PlanEntry = CollectionEntry<'plans'>;
export interface Deck {
	entry: DeckEntry;
	/** Content slides with citations resolved to their labels. */
	slides: Slide[];
}

export const CASE_SECTIONS = ['Tình huống', 'Phân tích', 'Hòa giải từng bước', 'Kết quả có thể'] as const;
export const PRACTICE_SECTIONS = ['Cách làm', 'Kết quả', 'Cách nhân rộng'] as const;

let loaded: ReturnType<typeof load> | undefined;

async function load() {
	const { chapters, documents } = await getContent();
	const chapterIds = new Set(chapters.map((c) => c.id));
	const cases = (await getCollection('cases')).toSorted((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
	const practices = (await getCollection('practices')).toSorted((a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title, 'vi'));
	const deckEntries = (await getCollection('decks')).toSorted((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
	const forms = (await getCollection('forms')).toSorted((a, b) => a.data.order - b.data.order);
	const plans = await getCollection('plans');
	const problems: string[] = [];
	const where = (e: { id: string; filePath?: string }) => e.filePath ?? e.id;

	// Astro's reference() checks the collection name only, not that the entry exists: check here.
	const known = { chapters: chapterIds, cases: new Set(cases.map((c) => c.id)), decks: new Set(deckEntries.map((d) => d.id)), documents: new Set(documents.keys()) };
	const refs = (e: { id: string; filePath?: string }, field: string, list: { id: string; collection: string }[]) => {
		for (const r of list) if (!known[r.collection as keyof typeof known]?.has(r.id)) problems.push(`${where(e)}: ${field} "${r.id}" is not a known ${r.collection.replace(/s$/, '')}`);
	};
	cases.forEach((c) => refs(c, 'skills', c.data.skills));
	deckEntries.forEach((d) => (refs(d, 'relatedChapters', d.data.relatedChapters), refs(d, 'relatedCases', d.data.relatedCases)));
	practices.forEach((p) => (refs(p, 'relatedChapters', p.data.relatedChapters), refs(p, 'relatedDecks', p.data.relatedDecks)));
	forms.forEach((f) => refs(f, 'issuedBy', [f.data.issuedBy]));
	plans.forEach((p) => refs(p, 'document', [p.data.document]));

	for (const c of cases) {
		const p = sectionProblem(c.body ?? '', CASE_SECTIONS);
		if (p) problems.push(`${where(c)}: ${p}`);
		for (const s of c.data.skills) if (!s.id.startsWith('cam-nang-ky-nang/')) problems.push(`${where(c)}: skills "${s.id}" is not a chapter of the skills handbook`);
	}
	for (const p of practices) {
		const s = sectionProblem(p.body ?? '', PRACTICE_SECTIONS);
		if (s) problems.push(`${where(p)}: ${s}`);
	}
	problems.push(...findCitationProblems([...cases, ...deckEntries], documents));
	problems.push(...findCitationProblems(practices.map((p) => ({ ...p, data: { ...p.data, legalBasis: [] } })), documents));

	const decks: Deck[] = [];
	for (const entry of deckEntries) {
		try {
			const raw = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
			const slides = parseDeck(entry.body ?? '', where(entry), bodyLineOffset(raw, entry.body ?? ''));
			decks.push({ entry, slides: resolveSlideCitations(slides, (c) => resolveCitation(documents, c).label) });
		} catch (e) {
			problems.push((e as Error).message.replace(/^Citation /, ''));
		}
	}

	for (const f of forms) {
		if (f.data.article) {
			const p = citationProblem(documents, { doc: f.data.issuedBy.id, article: f.data.article });
			if (p) problems.push(`${where(f)}: issuedBy ${p}`);
		}
	}

	const ids = { chapter: chapterIds, deck: new Set(deckEntries.map((d) => d.id)), practice: new Set(practices.map((p) => p.id)) };
	for (const plan of plans)
		for (const task of plan.data.tasks)
			for (const item of task.items)
				for (const r of item.resources) {
					const known =
						r.kind === 'handbook' ? ['phap-luat', 'ky-nang'].includes(r.id)
						: r.kind === 'cases' || r.kind === 'forms' ? r.id === 'all'
						: r.kind === 'page' ? ['tim-kiem', 'van-ban', 'thuat-ngu'].includes(r.id)
						: ids[r.kind].has(r.id);
					if (!known) problems.push(`${where(plan)}: task ${task.number}${item.label ?? ''} links to unknown ${r.kind} "${r.id}"`);
				}

	if (problems.length) throw new Error(`Content check failed (${problems.length}):\n  - ${problems.join('\n  - ')}`);
	return { cases, decks, practices, forms, plans };
}

/** Case studies, decks, practices, forms and plans, checked once per build. */
export function getLibrary() {
	loaded ??= load();
	return loaded;
}
