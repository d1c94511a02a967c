import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFacets, facetValues } from '../../src/lib/facets.ts';

const items = [
	{ type: 'dat-dai', skills: ['a', 'b'] },
	{ type: 'loi-di', skills: ['b'] },
	{ type: 'dat-dai', skills: ['c'] },
];
const of = (i: (typeof items)[number], f: string) => (f === 'type' ? [i.type] : i.skills);

test('facet values are counted, labelled and ordered by the vocabulary', () => {
	const labels: Record<string, string> = { 'dat-dai': 'Đất đai', 'loi-di': 'Lối đi', 'hon-nhan': 'Hôn nhân' };
	assert.deepEqual(facetValues(items, (i) => [i.type], (v) => labels[v]!, ['loi-di', 'hon-nhan', 'dat-dai']), [
		{ value: 'loi-di', label: 'Lối đi', count: 1 },
		{ value: 'dat-dai', label: 'Đất đai', count: 2 },
	]);
});
test('without an order, values sort by Vietnamese label', () => {
	assert.deepEqual(facetValues(items, (i) => i.skills, (v) => ({ a: 'Đ', b: 'A', c: 'Ê' })[v]!).map((v) => v.label), ['A', 'Đ', 'Ê']);
});
test('applyFacets combines facets with AND and ignores empty choices', () => {
	assert.equal(applyFacets(items, { type: 'dat-dai', skills: 'b' }, of).length, 1);
	assert.equal(applyFacets(items, { type: 'dat-dai', skills: undefined }, of).length, 2);
	assert.equal(applyFacets(items, { type: 'hon-nhan' }, of).length, 0);
});
