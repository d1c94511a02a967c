import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { contractToAbbreviation, expandAbbreviations, plain } from '../../src/lib/abbreviations.ts';
import { documentAliases, lookupCitation, type LookupDocument } from '../../src/lib/article-lookup.ts';

const docs: LookupDocument[] = [
	{
		id: 'luat-hgcs',
		aliases: documentAliases({ number: '35/2013/QH13', shortTitle: 'Luật Hòa giải ở cơ sở', title: 'Luật Hòa giải ở cơ sở', typeLabel: 'Luật' }),
		articles: [7, 9, 10],
		primary: true,
	},
	{
		id: 'nd-15',
		aliases: documentAliases({ number: '15/2014/NĐ-CP', shortTitle: 'Nghị định 15/2014/NĐ-CP', title: 'Nghị định quy định chi tiết…', typeLabel: 'Nghị định' }),
		articles: [5, 8, 13],
		primary: false,
	},
	{ id: 'luat-toa', aliases: documentAliases({ number: '58/2020/QH14', shortTitle: 'Luật Hòa giải, đối thoại tại Tòa án', title: 'x', typeLabel: 'Luật' }), articles: [9], primary: false },
];

describe('abbreviations', () => {
	test('folds text to the plain form search compares', () => {
		assert.equal(plain('Điều 9 Luật Hòa giải ở cơ sở'), 'dieu 9 luat hoa giai o co so');
		assert.equal(plain('HN&GĐ, NĐ-CP'), 'hn&gd nd cp');
	});
	test('expands what readers abbreviate, and contracts the reverse', () => {
		assert.equal(expandAbbreviations(plain('dieu 9 luat HGCS')), 'dieu 9 luat hoa giai o co so');
		assert.equal(expandAbbreviations(plain('trách nhiệm UBND xã')), 'trach nhiem uy ban nhan dan xa');
		assert.equal(expandAbbreviations(plain('HN&GĐ')), 'hon nhan va gia dinh');
		assert.equal(contractToAbbreviation('quyen cua hoa giai vien'), 'quyen cua hgv');
		assert.equal(contractToAbbreviation('tranh chap dat dai'), undefined);
	});
});

describe('article lookup', () => {
	const cases: [string, Partial<ReturnType<typeof lookupCitation>> | undefined][] = [
		['điều 9 luật hòa giải ở cơ sở', { id: 'luat-hgcs', article: 9 }],
		['dieu 9 luat hgcs', { id: 'luat-hgcs', article: 9 }],
		['Điều 10 khoản 4 Luật Hòa giải ở cơ sở', { id: 'luat-hgcs', article: 10, clause: 4 }],
		['nghị định 15', { id: 'nd-15', article: undefined }],
		['nd 15 dieu 13', { id: 'nd-15', article: 13 }],
		['15/2014/NĐ-CP', { id: 'nd-15' }],
		['điều 7', { id: 'luat-hgcs', article: 7 }],
		['điều 9 luật hòa giải đối thoại tại tòa án', { id: 'luat-toa', article: 9 }],
		['dieu 9 luat hoa giai', { id: 'luat-hgcs', article: 9 }],
		['điều 10 khoản 4 luật hòa giải', { id: 'luat-hgcs', article: 10, clause: 4 }],
		['điều 9 luật', undefined],
		['điều 9 luật đất đai', undefined],
		['điều 9 luật hòa giải đối thoại', { id: 'luat-toa', article: 9 }],
		['điều 13 nghị định 15/2014', { id: 'nd-15', article: 13 }],
		['điều 99 luật hòa giải ở cơ sở', { id: 'luat-hgcs', article: undefined, articleMissing: true }],
		['tranh chấp đất đai', undefined],
		['điều 5', undefined],
	];
	for (const [query, expected] of cases) {
		test(`"${query}"`, () => {
			const hit = lookupCitation(query, docs);
			if (expected === undefined) assert.equal(hit, undefined);
			else for (const [k, v] of Object.entries(expected)) assert.equal(hit?.[k as keyof typeof hit], v, k);
		});
	}
});
