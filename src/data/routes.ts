/** getStaticPaths for the dynamic routes, so the page files stay a few lines each. */
import { HANDBOOKS } from '../config/handbooks.ts';
import { chapterSlug } from '../lib/navigation.ts';
import { getContent, getPublishedHandbooks } from './content.ts';
import { getLibrary } from './library.ts';

export async function getChapterPaths() {
	const { chapters } = await getContent();
	return chapters.map((chapter) => ({
		params: { handbook: HANDBOOKS[chapter.data.handbook].folder, chapter: chapterSlug(chapter.id) },
		props: { chapter },
	}));
}

export async function getHandbookPaths() {
	return (await getPublishedHandbooks()).map((handbook) => ({ params: { handbook: HANDBOOKS[handbook].folder }, props: { handbook } }));
}

export async function getDocumentPaths() {
	const { documents } = await getContent();
	return [...documents.values()].map((document) => ({ params: { id: document.id }, props: { document } }));
}

export async function getDeckPaths() {
	const { decks } = await getLibrary();
	return decks.map((deck) => ({ params: { deck: deck.entry.id }, props: { deck } }));
}

export async function getCasePaths() {
	const { cases } = await getLibrary();
	return cases.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function getPracticePaths() {
	const { practices } = await getLibrary();
	return practices.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function getFormPaths() {
	const { forms } = await getLibrary();
	return forms.map((form) => ({ params: { id: form.id }, props: { form } }));
}
