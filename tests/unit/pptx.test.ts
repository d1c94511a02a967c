import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { parseDeck, resolveSlideCitations } from '../../src/lib/slides.ts';
import { buildPptx } from '../../src/lib/pptx.ts';
import { pptxSummary } from '../support/office.ts';

const notes = (t: string) => `\n\n<Notes>\n\n${t}\n\n</Notes>\n`;
const body = [
	`## Hòa giải là gì\n\n- Một **ý đậm** giữa câu và <Cite doc="luat-hoa-giai-o-co-so-2013" article={2} />\n  - ý con\n- Ý thứ hai${notes('Ghi chú trang một.')}`,
	`## So sánh\n\n| Nội dung | Ở thôn |\n|---|---|\n| Ai | Hòa giải viên |${notes('Ghi chú trang hai.')}`,
].join('\n---\n\n');

describe('PPTX export', async () => {
	const slides = resolveSlideCitations(parseDeck(body, 'x.mdx'), (c) => `Điều ${c.article} Luật Hòa giải ở cơ sở`);
	const bytes = await buildPptx({ title: 'Bài thử', coverLines: ['Hòa giải viên', '90 phút'], publisher: 'Sở Tư pháp', version: new Date('2026-11-28') }, slides);
	const summary = await pptxSummary(bytes);

	test('has a cover plus one slide per content slide, in order, with titles as text', () => {
		assert.equal(summary.slides.length, 3);
		assert.match(summary.slides[0]!.text, /Bài thử/);
		assert.match(summary.slides[1]!.text, /Hòa giải là gì/);
		assert.match(summary.slides[1]!.text, /Điều 2 Luật Hòa giải ở cơ sở/);
		assert.match(summary.slides[2]!.text, /Hòa giải viên/);
	});
	test('keeps bullet levels and a real table', () => {
		assert.deepEqual(summary.slides[1]!.levels, [0, 1, 0]);
		assert.equal(summary.slides[2]!.tables, 1);
	});
	test('carries speaker notes', () => {
		assert.match(summary.slides[1]!.notes, /Ghi chú trang một\./);
		assert.match(summary.slides[2]!.notes, /Ghi chú trang hai\./);
	});
	test('no paragraph has more than one pPr (pptxgenjs 4.0.1 defect repaired), text is Vietnamese-tagged', () => {
		assert.equal(summary.paragraphsWithManyPPr, 0);
		assert.match(summary.slides[1]!.xml, /lang="vi-VN"/);
	});
	test('every zip entry is DEFLATE-compressed', async () => {
		const zip = await JSZip.loadAsync(bytes);
		const stored = Object.values(zip.files).filter((f) => !f.dir && (f as unknown as { _data: { compression: { magic: string } } })._data.compression.magic !== '\x08\x00');
		assert.deepEqual(stored.map((f) => f.name), []);
	});
	test('the same deck gives the same bytes whatever the build clock says; zip entries carry its date', async (t) => {
		const meta = { title: 'Bài thử', coverLines: ['Hòa giải viên'], publisher: 'Sở Tư pháp', version: new Date('2026-11-28') };
		t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2030-01-01T10:00:00Z') });
		const first = await buildPptx(meta, slides);
		t.mock.timers.setTime(Date.parse('2031-06-15T17:31:07Z'));
		const second = await buildPptx(meta, slides);
		t.mock.timers.reset();
		assert.ok(Buffer.from(first).equals(Buffer.from(second)), 'two builds of one deck differ');
		const dates = Object.values((await JSZip.loadAsync(first)).files).map((f) => f.date.toISOString());
		assert.deepEqual([...new Set(dates)], ['2026-11-28T00:00:00.000Z']);
	});
});
