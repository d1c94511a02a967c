/**
 * Editable PowerPoint from the slide model (pptxgenjs): real text boxes with bullet levels,
 * real tables and speaker notes, so a trainer can adapt a deck in PowerPoint or LibreOffice.
 * Arial is used because every Windows PC has it; the web and PDF views use Arimo, which has the
 * same metrics, so line breaks match.
 *
 * pptxgenjs 4.0.1 has two defects we repair after writing (shared/research/slides.md §4.3):
 * a paragraph with several styled runs gets several <a:pPr> (invalid OOXML; PowerPoint asks to
 * "repair" the file), and write() never compresses. fixPptx() keeps one leading pPr per paragraph
 * and re-zips with DEFLATE. The package's core.xml dates are pinned to the deck's version date
 * so two builds of the same deck give the same content.
 */
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import { writePinnedZip } from './office-zip.ts';
import { blockChars, slideBodySize, type Block, type Run, type Slide } from './slides.ts';

export interface DeckMeta {
	title: string;
	/** Lines under the title on the cover, e.g. audience and duration. */
	coverLines: string[];
	/** Organisation shown on the cover and in the footer. */
	publisher: string;
	version: Date;
}

const FONT = 'Arial';
const INK = '1B1F24';
const BRAND = '0F3B5F';
const MUTED = '4A5560';
const W = 13.333;
const MARGIN = 0.6;

const textRuns = (runs: Run[], size: number, extra: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextProps[] =>
	runs.map((r) => ({ text: r.text, options: { bold: r.bold || undefined, italic: r.italic || undefined, fontFace: FONT, fontSize: size, color: INK, lang: 'vi-VN', ...extra } }));

/** Paragraphs of one block as pptxgenjs text props; the first run of each paragraph carries its bullet. */
function blockParagraphs(b: Exclude<Block, { kind: 'table' }>, size: number): PptxGenJS.TextProps[] {
	const paras: PptxGenJS.TextProps[][] =
		b.kind === 'paragraph'
			? [textRuns(b.runs, size)]
			: b.items.map((item) => {
					const runs = textRuns(item.runs, item.level ? size - 2 : size);
					const bullet = b.ordered && item.level === 0 ? { type: 'number' as const } : true;
					const first = runs[0]!; // a bullet always has at least one run (the parser never yields an empty item)
					first.options = { ...first.options, bullet, indentLevel: item.level, paraSpaceAfter: 6 };
					return runs;
				});
	return paras.flatMap((runs) => {
		const last = runs.at(-1);
		if (last) last.options = { ...last.options, breakLine: true };
		return runs;
	});
}

/** The slide master's name: trainers who edit the file see it in PowerPoint's list of layouts. */
const MASTER = 'Hòa giải ở cơ sở';

/** Builds the PPTX and returns its repaired, compressed bytes. */
export async function buildPptx(meta: DeckMeta, slides: Slide[]): Promise<Uint8Array> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = meta.title;
	pptx.author = meta.publisher;
	pptx.company = meta.publisher.replace(/[&<>]/g, ' ');
	pptx.subject = meta.title;
	pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
	pptx.defineSlideMaster({
		title: MASTER,
		background: { color: 'FFFFFF' },
		objects: [
			{ rect: { x: 0, y: 7.05, w: W, h: 0.45, fill: { color: 'F3F5F7' } } },
			{ text: { text: meta.title, options: { x: MARGIN, y: 7.08, w: 10.5, h: 0.38, fontFace: FONT, fontSize: 11, color: MUTED, lang: 'vi-VN' } } },
		],
		slideNumber: { x: W - 1.2, y: 7.08, w: 0.7, h: 0.38, fontFace: FONT, fontSize: 11, color: MUTED, align: 'right' },
	});

	const cover = pptx.addSlide();
	cover.background = { color: BRAND };
	cover.addText(meta.title, { x: MARGIN, y: 1.7, w: W - 2 * MARGIN, h: 2.2, fontFace: FONT, fontSize: 40, bold: true, color: 'FFFFFF', valign: 'bottom', lang: 'vi-VN' });
	cover.addText(
		meta.coverLines.map((line, i) => ({ text: line, options: { breakLine: i < meta.coverLines.length - 1 } })),
		{ x: MARGIN, y: 4.2, w: W - 2 * MARGIN, h: 1.6, fontFace: FONT, fontSize: 20, color: 'FFFFFF', valign: 'top', lang: 'vi-VN' },
	);
	cover.addText(meta.publisher, { x: MARGIN, y: 6.4, w: W - 2 * MARGIN, h: 0.5, fontFace: FONT, fontSize: 14, color: 'DCE6F0', lang: 'vi-VN' });
	cover.addNotes(`${meta.title}. ${meta.coverLines.join('. ')}.`);

	for (const s of slides) {
		const slide = pptx.addSlide({ masterName: MASTER });
		slide.addText(s.title, { x: MARGIN, y: 0.35, w: W - 2 * MARGIN, h: 1.0, fontFace: FONT, fontSize: 30, bold: true, color: BRAND, valign: 'middle', lang: 'vi-VN' });
		const size = slideBodySize(s);
		// Stack the blocks in the body area (1.5 in to 6.9 in), each getting height by its share of text.
		const top = 1.5;
		const bottom = 6.9;
		const weights = s.blocks.map((b) => (b.kind === 'table' ? (b.rows.length + 1) * 0.55 : Math.max(0.7, blockChars(b) / 95)));
		const total = weights.reduce((a, b) => a + b, 0) || 1;
		let y = top;
		s.blocks.forEach((b, i) => {
			const h = ((bottom - top) * (weights[i] ?? 0)) / total;
			if (b.kind === 'table') {
				const rows: PptxGenJS.TableRow[] = [
					b.header.map((cell) => ({ text: textRuns(cell, size - 4, { bold: true, color: 'FFFFFF' }), options: { fill: { color: BRAND } } })),
					...b.rows.map((row) => row.map((cell) => ({ text: textRuns(cell, size - 4) }))),
				];
				slide.addTable(rows, { x: MARGIN, y, w: W - 2 * MARGIN, fontFace: FONT, fontSize: size - 4, border: { type: 'solid', pt: 1, color: 'C9D1D9' }, valign: 'middle' });
			} else {
				slide.addText(blockParagraphs(b, size), { x: MARGIN, y, w: W - 2 * MARGIN, h, valign: 'top', fontFace: FONT, fontSize: size, color: INK, lang: 'vi-VN' });
			}
			y += h;
		});
		slide.addNotes(s.notes.join('\n\n'));
	}

	const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	return fixPptx(raw, meta.version);
}

/** Repairs pptxgenjs output: one leading <a:pPr> per paragraph, fixed dates (properties and zip entries), DEFLATE compression. */
export async function fixPptx(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(bytes);
	for (const name of Object.keys(zip.files).filter((n) => /^ppt\/(slides|slideMasters|slideLayouts|notesSlides)\/[^/]+\.xml$/.test(n))) {
		const xml = await zip.file(name)!.async('string');
		zip.file(name, xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_, inner: string) => `<a:p>${singlePPr(inner)}</a:p>`));
	}
	const core = zip.file('docProps/core.xml');
	if (core) {
		const iso = date.toISOString().replace(/\.\d+Z$/, 'Z');
		const xml = await core.async('string');
		zip.file('docProps/core.xml', xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${iso}`));
	}
	return writePinnedZip(zip, date);
}

const PPR = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;
/** Keeps the first pPr (moved to the front, where the schema wants it) and drops the rest. */
function singlePPr(inner: string): string {
	const all = inner.match(PPR);
	if (!all || all.length <= 1) return inner;
	return all[0] + inner.replace(PPR, '');
}
