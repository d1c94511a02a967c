import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeck, resolveSlideCitations, runsText, slideCitations } from '../../src/lib/slides.ts';

const notes = '\n\n<Notes>\n\nLời dẫn.\n\n</Notes>\n';
const deck = [
	`## Mở đầu\n\n- Một **đậm** và <Cite doc="luat-hoa-giai-o-co-so-2013" article={5} /> xong\n  - con\n- Hai${notes}`,
	`## Bảng\n\n| A | B |\n|---|---|\n| x | y |${notes}`,
	`## Đoạn\n\nMột đoạn *ngắn*.\n\n1. một\n2. hai${notes}`,
].join('\n---\n\n');

describe('deck parser', () => {
	const slides = parseDeck(deck, 'content/bai-giang/x.mdx', 10);
	test('splits on --- and reads titles, numbers and lines', () => {
		assert.deepEqual(slides.map((s) => [s.number, s.title]), [[1, 'Mở đầu'], [2, 'Bảng'], [3, 'Đoạn']]);
		assert.equal(slides[0]!.line, 11);
	});
	test('keeps bullet levels, bold runs and citations', () => {
		const list = slides[0]!.blocks[0]!;
		assert.equal(list.kind, 'list');
		if (list.kind !== 'list') return;
		assert.deepEqual(list.items.map((i) => i.level), [0, 1, 0]);
		assert.deepEqual(list.items[0]!.runs.map((r) => r.bold ?? false), [false, true, false, false, false]);
		assert.deepEqual(slideCitations(slides).map((c) => [c.doc, c.article]), [['luat-hoa-giai-o-co-so-2013', 5]]);
		const resolved = resolveSlideCitations(slides, (c) => `Điều ${c.article} Luật`)[0]!.blocks[0]!;
		assert.equal(resolved.kind === 'list' && runsText(resolved.items[0]!.runs), 'Một đậm và Điều 5 Luật xong');
	});
	test('writes quotes as “ ”, deciding each across bold runs, in text, titles and notes', () => {
		const [s] = parseDeck(`## Câu "cấm"\n\n- Đừng nói "**đàn bà** phải nhịn" với ai\n\n<Notes>\n\nHỏi "vì sao".\n\n</Notes>\n`, 'f.mdx');
		assert.equal(s!.title, 'Câu “cấm”');
		const list = s!.blocks[0]!;
		assert.equal(list.kind === 'list' && runsText(list.items[0]!.runs), 'Đừng nói “đàn bà phải nhịn” với ai');
		assert.deepEqual(s!.notes, ['Hỏi “vì sao”.']);
	});
	test('a bullet holding only a <Cite /> is a citation line', () => {
		const [s] = parseDeck(`## A\n\n- Ý\n  - <Cite doc="d" article={27} clause={7} />${notes}`, 'f.mdx');
		assert.deepEqual(slideCitations([s!]).map((c) => [c.doc, c.article, c.clause]), [['d', 27, 7]]);
	});
	test('reads tables, paragraphs, ordered lists and notes', () => {
		const t = slides[1]!.blocks[0]!;
		assert.equal(t.kind === 'table' && t.rows.length, 1);
		assert.deepEqual(slides[2]!.blocks.map((b) => b.kind), ['paragraph', 'list']);
		const ol = slides[2]!.blocks[1]!;
		assert.equal(ol.kind === 'list' && ol.ordered, true);
		assert.deepEqual(slides[0]!.notes, ['Lời dẫn.']);
	});
	test('rejects what the PPTX could not show, naming file and line', () => {
		assert.throws(() => parseDeck(`## A\n\n- x`, 'f.mdx'), /f\.mdx:1: slide "A" has no <Notes>/);
		assert.throws(() => parseDeck(`Chữ trước tiêu đề${notes}`, 'f.mdx'), /must start with a "## title"/);
		assert.throws(() => parseDeck(`## A\n\n### B${notes}`, 'f.mdx'), /only one heading per slide/);
		assert.throws(() => parseDeck(`## A\n\n<Callout>x</Callout>${notes}`, 'f.mdx', 5), /f\.mdx:8: <Callout> is not allowed/);
		assert.throws(() => parseDeck(`## A\n\n![ảnh](x.png)${notes}`, 'f.mdx'), /"image" is not allowed/);
		assert.throws(() => parseDeck(`## A\n\n- a\n  - b\n    - c${notes}`, 'f.mdx'), /nested one level only/);
		assert.throws(() => parseDeck(`## A${notes}\n---\n\n---\n\n## B${notes}`, 'f.mdx'), /slide 2 is empty/);
		const many = Array.from({ length: 8 }, (_, i) => `- ${i}`).join('\n');
		assert.throws(() => parseDeck(`## A\n\n${many}${notes}`, 'f.mdx'), /has 8 bullets/);
	});
});
