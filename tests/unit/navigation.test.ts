import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { chapterSlug, chapterWindow, findHandbookProblems, neighbours, orderChapters } from '../../src/lib/navigation.ts';
import { buildToc } from '../../src/lib/toc.ts';
import { groupByType } from '../../src/lib/registry.ts';

const ch = (id: string, order: number, title = id, handbook = 'phap-luat') => ({ id: `cam-nang-phap-luat/${id}`, filePath: `content/cam-nang-phap-luat/${id}.mdx`, data: { title, order, handbook } });
const folderOf = (h: string) => (h === 'phap-luat' ? 'cam-nang-phap-luat' : 'cam-nang-ky-nang');

describe('handbook navigation', () => {
	test('orders by `order`, then by Vietnamese title, without mutating the input', () => {
		const input = [ch('c', 2, 'Ân'), ch('a', 1), ch('b', 2, 'Ăn')];
		const ordered = orderChapters(input);
		assert.deepEqual(ordered.map((c) => c.id.split('/')[1]), ['a', 'b', 'c']);
		assert.equal(input[0]!.id, 'cam-nang-phap-luat/c');
	});
	test('gives previous and next, and nothing past either end', () => {
		const ordered = orderChapters([ch('a', 1), ch('b', 2), ch('c', 3)]);
		assert.equal(neighbours(ordered, 'cam-nang-phap-luat/b').prev?.id, 'cam-nang-phap-luat/a');
		assert.equal(neighbours(ordered, 'cam-nang-phap-luat/b').next?.id, 'cam-nang-phap-luat/c');
		assert.deepEqual(neighbours(ordered, 'cam-nang-phap-luat/a').prev, undefined);
		assert.deepEqual(neighbours(ordered, 'cam-nang-phap-luat/c').next, undefined);
		assert.throws(() => neighbours(ordered, 'x'), /not in this handbook/);
	});
	test('answers for each list on its own: another order of the same chapters has other neighbours', () => {
		const chapters = [ch('a', 1), ch('b', 2), ch('c', 3)];
		const forward = orderChapters(chapters);
		const backward = forward.toReversed();
		assert.equal(neighbours(forward, 'cam-nang-phap-luat/b').next?.id, 'cam-nang-phap-luat/c');
		assert.equal(neighbours(backward, 'cam-nang-phap-luat/b').next?.id, 'cam-nang-phap-luat/a');
		assert.equal(neighbours(forward, 'cam-nang-phap-luat/a').next?.id, 'cam-nang-phap-luat/b');
		assert.equal(neighbours(backward, 'cam-nang-phap-luat/c').next?.id, 'cam-nang-phap-luat/b');
		assert.deepEqual(chapterWindow(backward, 'cam-nang-phap-luat/a', 2).items.map((c) => c.id), ['cam-nang-phap-luat/b', 'cam-nang-phap-luat/a']);
	});
	test('takes the last path segment as the slug', () => {
		assert.equal(chapterSlug('cam-nang-phap-luat/hoa-giai-la-gi'), 'hoa-giai-la-gi');
	});
	test('reports a duplicate order and a chapter in the wrong folder, naming both files', () => {
		const problems = findHandbookProblems([ch('a', 1), ch('b', 1), ch('c', 2, 'C', 'ky-nang')], folderOf);
		assert.deepEqual(problems, [
			'content/cam-nang-phap-luat/b.mdx: order 1 is already used by content/cam-nang-phap-luat/a.mdx',
			'content/cam-nang-phap-luat/c.mdx: handbook "ky-nang" belongs in content/cam-nang-ky-nang/, not cam-nang-phap-luat/',
		]);
	});
});

describe('table of contents', () => {
	test('nests ### under the preceding ## and drops other depths', () => {
		const toc = buildToc([
			{ depth: 1, slug: 't', text: 'T' },
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 4, slug: 'a1x', text: 'x' },
			{ depth: 2, slug: 'b', text: 'B' },
		]);
		assert.deepEqual(toc, [
			{ slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
			{ slug: 'b', text: 'B', children: [] },
		]);
	});
});

describe('registry grouping', () => {
	test('groups by the legal hierarchy, newest first, skipping empty types', () => {
		const d = (id: string, type: string, signed: string) => ({ id, data: { type, signed: new Date(signed), shortTitle: id } });
		const groups = groupByType([d('nd1', 'nghi-dinh', '2014-02-27'), d('l1', 'luat', '2013-06-20'), d('l2', 'luat', '2020-06-16')], ['bo-luat', 'luat', 'nghi-dinh']);
		assert.deepEqual(
			groups.map((g) => [g.type, g.docs.map((x) => x.id)]),
			[
				['luat', ['l2', 'l1']],
				['nghi-dinh', ['nd1']],
			],
		);
	});
});

describe('sidebar window', () => {
	const many = orderChapters(Array.from({ length: 100 }, (_, i) => ch(`c${i}`, i + 1)));
	test('shows every chapter of a normal handbook', () => {
		const few = many.slice(0, 20);
		assert.deepEqual(chapterWindow(few, few[3]!.id), { items: few, truncated: false });
	});
	test('shows a fixed-size window around the current chapter of a very large one', () => {
		const mid = chapterWindow(many, many[50]!.id, 25);
		assert.equal(mid.items.length, 25);
		assert.equal(mid.truncated, true);
		assert.ok(mid.items.some((c) => c.id === many[50]!.id));
		assert.equal(chapterWindow(many, many[0]!.id, 25).items[0], many[0]);
		assert.equal(chapterWindow(many, many[99]!.id, 25).items.at(-1), many[99]);
	});
});
