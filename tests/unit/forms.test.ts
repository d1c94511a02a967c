import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import JSZip from 'jszip';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { makeFormSchema } from '../../src/schemas/other-content.ts';
import { buildFormDocx, fillLabel, formTableName, type FormBlock } from '../../src/lib/form-docx.ts';
import { docxSummary } from '../support/office.ts';

/**
 * Every real form in content/bieu-mau/ goes through the schema and the .docx builder, and the
 * file is opened the way Word would: a zip with word/document.xml whose text holds the title.
 */
const Form = makeFormSchema(z.string());
const dir = new URL('../../content/bieu-mau/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
const forms = files.map((f) => {
	const raw = readFileSync(new URL(f, dir), 'utf8');
	return { file: f, raw, data: Form.parse(parse(raw)) };
});
const meta = { creator: 'Sở Tư pháp', subject: 'Mẫu thử', description: 'Bố cục tham khảo.' };

describe('forms content', () => {
	test('the eleven forms of the issue are there, with unique order', () => {
		assert.deepEqual(files.map((f) => f.replace('.yaml', '')).toSorted(), [
			'don-yeu-cau-cong-nhan', 'mau-01', 'mau-02', 'mau-03', 'mau-04', 'mau-05', 'mau-06', 'mau-07', 'so-theo-doi-phan-1', 'so-theo-doi-phan-2', 'van-ban-hoa-giai-thanh',
		]);
		assert.equal(new Set(forms.map((f) => f.data.order)).size, forms.length);
	});
	test('Vietnamese is NFC with "hòa/thỏa" tone placement', () => {
		for (const f of forms) {
			assert.equal(f.raw, f.raw.normalize('NFC'), f.file);
			assert.doesNotMatch(f.raw, /(?<!\p{L})(?:[hH]oà|[tT]hoả)(?!\p{L})/u, f.file);
		}
	});
	test('every page break starts a page the form counts: breaks = pages − 1', () => {
		for (const f of forms) assert.equal(f.data.blocks.filter((b) => b.kind === 'ngat-trang').length, f.data.pages - 1, f.file);
	});
	test('each form prints its title in its first heading (and sub-line)', () => {
		for (const f of forms) {
			const h = f.data.blocks.find((b) => b.kind === 'tieu-de');
			assert.ok(h && h.kind === 'tieu-de', f.file);
			assert.equal(h.sub ? `${h.text} ${h.sub}` : h.text, f.data.title, f.file);
		}
	});
	test('Mẫu 01–07 come from NQLT 01/2014 and say the body must be checked against the annex', () => {
		for (const f of forms.filter((f) => f.file.startsWith('mau-'))) {
			assert.equal(f.data.code, `Mẫu ${f.file.slice(4, 6)}`);
			assert.equal(f.data.issuedBy, 'nqlt-01-2014-nqlt-cp-ubtumttqvn');
			assert.match(f.data.verification, /đối chiếu/);
		}
	});
});

describe('form .docx', () => {
	for (const f of forms) {
		test(`${f.file}: valid package whose text contains the title`, async () => {
			const bytes = await buildFormDocx(f.data, meta);
			const { text, parts } = await docxSummary(bytes);
			for (const p of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']) assert.ok(parts.includes(p), `${f.file}: ${p}`);
			assert.ok(text.replace(/\s+/g, ' ').includes(f.data.title), `${f.file}: title not in text`);
		});
	}

	test('A4, Times New Roman, vi-VN, core title and pinned dates; landscape when ngang', async () => {
		const ngang = forms.find((f) => f.data.orientation === 'ngang')!;
		const doc = forms.find((f) => f.data.orientation === 'doc')!;
		const open = async (bytes: Uint8Array) => {
			const zip = await JSZip.loadAsync(bytes);
			return { document: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string'), core: await zip.file('docProps/core.xml')!.async('string') };
		};
		const p = await open(await buildFormDocx(doc.data, meta));
		assert.match(p.document, /<w:pgSz w:w="11906" w:h="16838"/);
		assert.match(p.styles, /w:ascii="Times New Roman"/);
		assert.match(p.styles, /<w:lang w:val="vi-VN"/);
		assert.ok(p.core.includes(`<dc:title>${doc.data.title}</dc:title>`));
		// Pinned to the form's own `updated` day, not the build's clock (reproducible files).
		assert.ok(p.core.includes(`<dcterms:created xsi:type="dcterms:W3CDTF">${doc.data.updated.toISOString().slice(0, 10)}T00:00:00Z<`), p.core);
		const l = await open(await buildFormDocx(ngang.data, meta));
		assert.match(l.document, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
	});

	test('fill-in lines are right tabs with a dot leader; tables repeat their header row', async () => {
		const f = forms.find((f) => f.data.blocks.some((b) => b.kind === 'bang'))!;
		const zip = await JSZip.loadAsync(await buildFormDocx(f.data, meta));
		const xml = await zip.file('word/document.xml')!.async('string');
		assert.match(xml, /<w:tabs><w:tab w:val="right" w:pos="\d+" w:leader="dot"\/><\/w:tabs>/);
		assert.match(xml, /<w:r><w:tab\/><\/w:r>/);
		assert.match(xml, /<w:tblHeader\/>/);
	});

	test('the same form gives the same bytes whatever the build clock says; zip entries carry its date', async (t) => {
		const f = forms[0]!;
		t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2030-01-01T10:00:00Z') });
		const first = await buildFormDocx(f.data, meta);
		t.mock.timers.setTime(Date.parse('2031-06-15T17:31:07Z'));
		const second = await buildFormDocx(f.data, meta);
		t.mock.timers.reset();
		assert.ok(Buffer.from(first).equals(Buffer.from(second)), `${f.file}: two builds differ`);
		const dates = Object.values((await JSZip.loadAsync(first)).files).map((e) => e.date.getTime());
		assert.deepEqual([...new Set(dates)], [f.data.updated.getTime()]);
	});

	test('fill labels get one colon at most', () => {
		assert.equal(fillLabel('Địa điểm'), 'Địa điểm:');
		assert.equal(fillLabel('Kính gửi: Tòa án nhân dân'), 'Kính gửi: Tòa án nhân dân');
		assert.equal(fillLabel('Các bên thỏa thuận như sau:'), 'Các bên thỏa thuận như sau:');
		assert.equal(fillLabel('Chủ trì (Trưởng ban)'), 'Chủ trì (Trưởng ban):');
	});
});

test('the print page sets the same paper margins as the Word file', async () => {
	const { readFileSync } = await import('node:fs');
	const { FORM_MARGINS } = await import('../../src/lib/form-docx.ts');
	const page = readFileSync('src/pages/bieu-mau/[id]/in/index.astro', 'utf8');
	for (const [o, size] of [['doc', 'portrait'], ['ngang', 'landscape']] as const) {
		const mm = FORM_MARGINS[o].map((n) => `${n}mm`).join(' ');
		assert.ok(page.includes(`@page hg-form-${o} { size: A4 ${size}; margin: ${mm}; }`), `@page hg-form-${o} margins differ from FORM_MARGINS.${o}`);
		assert.ok(page.includes(`main[data-orientation='${o}'] .hg-sheet { page: hg-form-${o};`), `no named page for ${o}`);
	}
});

test('the HTML form uses the same pitch, type sizes and signature space as the Word file', async () => {
	const { readFileSync } = await import('node:fs');
	const m = await import('../../src/lib/form-docx.ts');
	const css = readFileSync('src/components/forms/FormBlocks.astro', 'utf8');
	assert.ok(css.includes(`--hg-form-pitch: ${m.FILL_PITCH_MM}mm; --hg-form-font: ${m.FORM_FONT_PT}pt; --hg-form-table-font: ${m.FORM_TABLE_FONT_PT}pt; --hg-form-sign: ${m.SIGN_SPACE_MM}mm;`));
	assert.ok(!/style=\{/.test(css), 'no inline style attributes (CSP)');
});

describe('the names of a form’s tables on the page', () => {
	type Table = Extract<FormBlock, { kind: 'bang' }>;
	const table = (...cols: string[]): Table => ({ kind: 'bang', rows: 3, lines: 1, columns: cols.map((text) => ({ text, width: 1 })) }) as Table;
	test('a lone table is named by its first column after STT, with an ellipsis when more follow', () => {
		const t = table('STT', 'Ngày nhận vụ việc', 'Các bên');
		assert.equal(formTableName([{ kind: 'doan', text: 'x' } as FormBlock, t], t), 'Bảng để điền: Ngày nhận vụ việc…');
		const one = table('STT', 'Họ và tên');
		assert.equal(formTableName([one], one), 'Bảng để điền: Họ và tên');
		const bare = table('STT');
		assert.equal(formTableName([bare], bare), 'Bảng để điền');
	});
	test('several tables are told apart by their place, and two alike still get different names', () => {
		const a = table('STT', 'Họ và tên', 'Địa chỉ');
		const b = table('STT', 'Họ và tên', 'Địa chỉ');
		const blocks = [a, { kind: 'doan', text: 'x' } as FormBlock, b];
		assert.equal(formTableName(blocks, a), 'Bảng để điền thứ 1: Họ và tên…');
		assert.equal(formTableName(blocks, b), 'Bảng để điền thứ 2: Họ và tên…');
	});
	test('every table of the real forms has a name naming its first column', () => {
		for (const f of forms) {
			const blocks = f.data.blocks as FormBlock[];
			for (const t of blocks.filter((b): b is Table => b.kind === 'bang')) {
				const first = t.columns.find((c) => c.text !== 'STT')!.text;
				assert.ok(formTableName(blocks, t).includes(first), `${f.file}: ${formTableName(blocks, t)}`);
			}
		}
	});
});
