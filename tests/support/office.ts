/**
 * Opens Office files the way a reader's program would, for tests: unzips them and reads the
 * XML parts. Used on the PPTX decks and the DOCX forms.
 */
import JSZip from 'jszip';

const text = (xml: string) =>
	[...xml.matchAll(/<a:t>([^<]*)<\/a:t>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
		.map((m) => m[1] ?? m[2])
		.join(' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"');

export interface PptxSlide {
	text: string;
	notes: string;
	/** Indent level of each bulleted paragraph, in order. */
	levels: number[];
	tables: number;
	xml: string;
}

/** Slides in presentation order with their text, notes, bullet levels and tables. */
export async function pptxSummary(bytes: Uint8Array): Promise<{ slides: PptxSlide[]; paragraphsWithManyPPr: number }> {
	const zip = await JSZip.loadAsync(bytes);
	const pres = await zip.file('ppt/presentation.xml')!.async('string');
	const rels = await zip.file('ppt/_rels/presentation.xml.rels')!.async('string');
	const order = [...pres.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => m[1] ?? '');
	const target = (id?: string) => rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`))?.slice(1).find(Boolean) ?? '';
	let many = 0;
	const slides: PptxSlide[] = [];
	for (const id of order) {
		const path = `ppt/${target(id).replace(/^\/?ppt\//, '')}`;
		const xml = await zip.file(path)!.async('string');
		const slideRels = (await zip.file(path.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels'))?.async('string')) ?? '';
		const notesTarget = slideRels.match(/Target="\.\.\/notesSlides\/([^"]+)"/)?.[1];
		const notesXml = notesTarget ? ((await zip.file(`ppt/notesSlides/${notesTarget}`)?.async('string')) ?? '') : '';
		const paras = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => m[1] ?? '');
		many += paras.filter((p) => (p.match(/<a:pPr\b/g) ?? []).length > 1).length;
		const levels = paras.filter((p) => /<a:buChar|<a:buAutoNum/.test(p)).map((p) => Number(p.match(/<a:pPr[^>]*\blvl="(\d)"/)?.[1] ?? 0));
		slides.push({ text: text(xml), notes: text(notesXml), levels, tables: (xml.match(/<a:tbl>/g) ?? []).length, xml });
	}
	return { slides, paragraphsWithManyPPr: many };
}

/** The visible text of a .docx (word/document.xml), and whether the package has the required parts. */
export async function docxSummary(bytes: Uint8Array): Promise<{ text: string; parts: string[] }> {
	const zip = await JSZip.loadAsync(bytes);
	const xml = await zip.file('word/document.xml')!.async('string');
	return { text: text(xml), parts: Object.keys(zip.files) };
}
