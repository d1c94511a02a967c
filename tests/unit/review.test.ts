import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { reviewList } from '../../src/lib/review.ts';

describe('editors review list', () => {
	test('keeps only pages with open points, oldest review first, and counts the points', async () => {
		const item = { claim: 'c', reason: 'r' };
		const { groups, total } = reviewList([
			{ href: '/a/', title: 'A', kind: 'x', reviewed: new Date('2026-05-01'), items: [item] },
			{ href: '/b/', title: 'B', kind: 'x', reviewed: new Date('2026-01-01'), items: [item, item] },
			{ href: '/c/', title: 'C', kind: 'x', items: [] },
			{ href: '/d/', title: 'D', kind: 'doc', items: [item] },
		]);
		assert.deepEqual(groups.map((g) => g.title), ['B', 'A', 'D']);
		assert.equal(total, 4);
	});
});
