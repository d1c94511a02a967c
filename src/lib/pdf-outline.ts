/**
 * The top-level bookmarks of a PDF (Chromium writes one per <h1> when printing with
 * `outline: true`), with the page each points to. The booklet build uses them to number its
 * table of contents; the tests use them to check that the numbers are right.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export interface OutlineEntry {
	title: string;
	/** 1-based page number. */
	page: number;
}

export async function pdfOutline(bytes: Uint8Array): Promise<{ pages: number; entries: OutlineEntry[] }> {
	const doc = await PDFDocument.load(bytes);
	const pageRefs = doc.getPages().map((p) => p.ref);
	const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
	const entries: OutlineEntry[] = [];
	let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict);
	while (item) {
		const raw = item.lookup(PDFName.of('Title'));
		const title = raw instanceof PDFString || raw instanceof PDFHexString ? raw.decodeText() : '';
		let dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
		if (!dest) dest = item.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('D'), PDFArray);
		const target = dest?.get(0);
		const index = target instanceof PDFRef ? pageRefs.findIndex((r) => r.objectNumber === target.objectNumber) : -1;
		entries.push({ title: title.normalize('NFC'), page: index + 1 });
		item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
	}
	return { pages: pageRefs.length, entries };
}

/**
 * Replaces the titles of the top-level bookmarks, in order. Chromium builds them from the printed
 * heading and drops the space where a long heading wraps ("người\nhỗ trợ" → "ngườihỗ trợ").
 */
export async function setOutlineTitles(bytes: Uint8Array, titles: string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.load(bytes);
	let item = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict);
	for (const title of titles) {
		if (!item) throw new Error(`the PDF has fewer bookmarks than the ${titles.length} titles given`);
		item.set(PDFName.of('Title'), PDFHexString.fromText(title));
		item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
	}
	return doc.save();
}
