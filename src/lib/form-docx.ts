/**
 * Editable Word file of a printable form, built from the same blocks as the A4 print page
 * (src/components/forms/FormBlocks.astro), so the two never disagree. The page geometry lives
 * here once and the print page reads it too.
 *
 * Word conventions of Vietnamese administrative papers: A4, Times New Roman 13 pt, fill-in lines
 * as right tab stops with a dot leader (they stay aligned whatever the user types), real tables
 * with a repeating header row. Text is tagged vi-VN so Word's spelling checker uses Vietnamese.
 * The package's core.xml is written here: the title and description travel with the file, and
 * the dates are the form's `updated` date rather than the build time.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	HeightRule,
	LeaderType,
	Packer,
	PageBreak,
	PageOrientation,
	Paragraph,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	Tab,
	TabStopType,
	TextRun,
	VerticalAlignTable,
	WidthType,
} from 'docx';
import type { z } from 'astro/zod';
import type { FormBlockSchema } from '../schemas/other-content.ts';
import { pinZipDates } from './office-zip.ts';

export type FormBlock = z.output<typeof FormBlockSchema>;
export type FormOrientation = 'doc' | 'ngang';

export interface FormDocxInput {
	title: string;
	orientation: FormOrientation;
	blocks: FormBlock[];
	/** Written as the file's created and modified dates. */
	updated: Date;
}

export interface FormDocxMeta {
	/** Organisation named as the file's author. */
	creator: string;
	/** E.g. "Mẫu 01 – Nghị quyết liên tịch 01/2014/…". */
	subject?: string;
	/** What is verified and what is not; shown in Word's document properties. */
	description?: string;
}

/** Where a form's .docx is written, relative to the site root. */
export const formDocxPath = (id: string) => `bieu-mau/${id}/${id}.docx`;

/** The file's properties: the same on the download and on the pages that show its size. */
export const formDocxMeta = (form: { code?: string; verification: string }, issuedBy: string, creator: string): FormDocxMeta => ({
	creator,
	subject: [form.code, issuedBy].filter(Boolean).join(' – '),
	description: form.verification,
});

/** Margins in mm (top, right, bottom, left): Vietnamese administrative practice, left for binding. */
export const FORM_MARGINS: Record<FormOrientation, [number, number, number, number]> = {
	doc: [20, 15, 20, 30],
	ngang: [15, 15, 15, 20],
};
/** A4 in mm, portrait. */
export const A4 = { width: 210, height: 297 } as const;
/** Body and table text, in pt. */
export const FORM_FONT_PT = 13;
export const FORM_TABLE_FONT_PT = 12;
/** Height of one handwritten line (fill lines, table rows), in mm. */
export const FILL_PITCH_MM = 8;
/** Room for a signature under the signer's role, in mm. */
export const SIGN_SPACE_MM = 26;

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const PLACE_DATE = '……………, ngày …… tháng …… năm 20……';
/** A fill-in label gets a colon, unless it has one ("Kính gửi: …") or ends with a full stop. */
export const fillLabel = (label: string) => (/[:.?]/.test(label) ? label : `${label}:`);

/**
 * The name a form's table has on the page (its region's label, src/components/forms/FormBlocks.astro),
 * so that a screen reader tells the tables apart: its first column after "STT", and its place
 * when the form has several ("Bảng để điền thứ 2: Họ và tên…").
 */
export function formTableName(blocks: readonly FormBlock[], table: Extract<FormBlock, { kind: 'bang' }>): string {
	const tables = blocks.filter((b) => b.kind === 'bang');
	const named = table.columns.map((c) => c.text).filter((t) => t !== 'STT');
	const place = tables.length > 1 ? ` thứ ${tables.indexOf(table) + 1}` : '';
	return `Bảng để điền${place}${named.length ? `: ${named[0]}${named.length > 1 ? '…' : ''}` : ''}`;
}

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const half = (pt: number) => pt * 2;
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Width between the margins, in twips. */
const contentWidth = (o: FormOrientation) => {
	const [, right, , left] = FORM_MARGINS[o];
	return twips((o === 'ngang' ? A4.height : A4.width) - left - right);
};

const fillLine = (width: number, children: TextRun[] = [], pageBreakBefore = false) =>
	new Paragraph({
		tabStops: [{ type: TabStopType.RIGHT, position: width, leader: LeaderType.DOT }],
		spacing: { before: 0, after: 0, line: twips(FILL_PITCH_MM), lineRule: 'atLeast' },
		pageBreakBefore,
		children: [...children, new TextRun({ children: [new Tab()] })],
	});

function blockElements(b: FormBlock, width: number, breakBefore: boolean): (Paragraph | Table)[] {
	switch (b.kind) {
		case 'quoc-hieu': {
			// The short rule under the motto is a bottom border on an indented empty paragraph.
			const ruleIndent = Math.max(0, (width - twips(62)) / 2);
			return [
				new Paragraph({ alignment: AlignmentType.CENTER, pageBreakBefore: breakBefore, children: [new TextRun({ text: QUOC_HIEU, bold: true, size: half(12) })] }),
				new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: TIEU_NGU, bold: true })] }),
				new Paragraph({ indent: { left: ruleIndent, right: ruleIndent }, spacing: { after: 120, line: 120, lineRule: 'exact' }, border: { bottom: line }, children: [] }),
				...(b.placeDate ? [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120 }, children: [new TextRun({ text: PLACE_DATE, italics: true })] })] : []),
			];
		}
		case 'tieu-de':
			return [
				new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, pageBreakBefore: breakBefore, spacing: { before: 240, after: b.sub ? 0 : 200 }, children: [new TextRun({ text: b.text, bold: true, allCaps: true, size: half(14) })] }),
				...(b.sub ? [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 200 }, children: [new TextRun({ text: b.sub, bold: true })] })] : []),
			];
		case 'doan':
			return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, pageBreakBefore: breakBefore, spacing: { before: 60, after: 60 }, children: [new TextRun(b.text)] })];
		case 'dong-dien':
			return [fillLine(width, [new TextRun(`${fillLabel(b.label)} `)], breakBefore), ...Array.from({ length: b.lines - 1 }, () => fillLine(width))];
		case 'bang': {
			const total = b.columns.reduce((n, c) => n + c.width, 0);
			const widths = b.columns.map((c) => Math.floor((width * c.width) / total));
			const cell = (children: Paragraph[], w: number) => new TableCell({ children, width: { size: w, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER, margins: { left: 60, right: 60 } });
			const head = new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: b.columns.map((c, i) => cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: c.text, bold: true, size: half(FORM_TABLE_FONT_PT) })] })], widths[i]!)),
			});
			const body = Array.from({ length: b.rows }, () =>
				new TableRow({ cantSplit: true, height: { value: twips(FILL_PITCH_MM * b.lines), rule: HeightRule.ATLEAST }, children: widths.map((w) => cell([new Paragraph({ children: [] })], w)) }),
			);
			const table = new Table({
				rows: [head, ...body],
				width: { size: width, type: WidthType.DXA },
				columnWidths: widths,
				layout: TableLayoutType.FIXED,
				borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
			});
			// A table cannot carry a page break itself: an empty paragraph before it does.
			return breakBefore ? [new Paragraph({ children: [new PageBreak()] }), table] : [table];
		}
		case 'chu-ky': {
			const w = Math.floor(width / b.signers.length);
			const none = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };
			return [
				new Paragraph({ spacing: { before: 120 }, pageBreakBefore: breakBefore, children: [] }),
				new Table({
					width: { size: width, type: WidthType.DXA },
					columnWidths: b.signers.map(() => w),
					layout: TableLayoutType.FIXED,
					borders: none,
					rows: [
						new TableRow({
							cantSplit: true,
							height: { value: twips(SIGN_SPACE_MM + 14), rule: HeightRule.ATLEAST },
							children: b.signers.map(
								(s) =>
									new TableCell({
										width: { size: w, type: WidthType.DXA },
										borders: { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder },
										children: [
											new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new TextRun({ text: s.role, bold: true, allCaps: true, size: half(FORM_TABLE_FONT_PT) })] }),
											new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: s.note, italics: true, size: half(FORM_TABLE_FONT_PT) })] }),
										],
									}),
							),
						}),
					],
				}),
			];
		}
		case 'ngat-trang':
			return [];
	}
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function coreXml(form: FormDocxInput, meta: FormDocxMeta): string {
	const date = form.updated.toISOString().replace(/\.\d{3}Z$/, 'Z');
	const opt = (tag: string, v?: string) => (v ? `<${tag}>${xml(v)}</${tag}>` : '');
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
		opt('dc:title', form.title) +
		opt('dc:subject', meta.subject) +
		opt('dc:creator', meta.creator) +
		opt('dc:description', meta.description) +
		'<dc:language>vi-VN</dc:language>' +
		opt('cp:lastModifiedBy', meta.creator) +
		'<cp:revision>1</cp:revision>' +
		`<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
		'</cp:coreProperties>'
	);
}

/** The form as a .docx package. */
export async function buildFormDocx(form: FormDocxInput, meta: FormDocxMeta): Promise<Uint8Array> {
	const width = contentWidth(form.orientation);
	const [top, right, bottom, left] = FORM_MARGINS[form.orientation];
	const children: (Paragraph | Table)[] = [];
	let breakNext = false;
	for (const b of form.blocks) {
		if (b.kind === 'ngat-trang') {
			breakNext = true;
			continue;
		}
		children.push(...blockElements(b, width, breakNext));
		breakNext = false;
	}
	const doc = new Document({
		title: form.title,
		creator: meta.creator,
		styles: {
			default: {
				document: {
					run: { font: 'Times New Roman', size: half(FORM_FONT_PT), language: { value: 'vi-VN' } },
					paragraph: { spacing: { line: 288 } },
				},
			},
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: twips(A4.width), height: twips(A4.height), orientation: form.orientation === 'ngang' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
						margin: { top: twips(top), right: twips(right), bottom: twips(bottom), left: twips(left) },
					},
				},
				children,
			},
		],
	});
	const buf = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(form, meta) }]);
	return pinZipDates(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), form.updated);
}
