import { readFileSync } from 'node:fs';
import { expect, test } from './support.ts';

/**
 * The relevance set in tests/search/relevance.json, run through the real search page in Chromium.
 * Prints every query's top 3 and the share found; fails under 90 % in the top 3 or when an
 * article lookup does not put the expected page first.
 */
interface Query {
	q: string;
	kind: 'article' | 'topic';
	expect: string[];
}
const { queries } = JSON.parse(readFileSync('tests/search/relevance.json', 'utf8')) as { queries: Query[] };

/** Does a result URL satisfy an expected path? Without a #fragment in the expectation, any anchor on that page counts. */
const matches = (url: string, expected: string) => (expected.includes('#') ? url === expected : url.split('#')[0] === expected);

test('search relevance: ≥ 90 % of queries find their page in the top 3, article lookups first', async ({ page }) => {
	test.setTimeout(240_000);
	const rows: string[] = [];
	let top3 = 0;
	const articleMisses: string[] = [];
	for (const { q, kind, expect: wanted } of queries) {
		await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}`);
		await expect(page.getByRole('status')).toContainText(/Tìm thấy|Không tìm thấy/);
		const urls = (await page.locator('a.hg-result__title').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash))).map(decodeURIComponent);
		const rank = urls.findIndex((u) => wanted.some((w) => matches(u, w)));
		if (rank >= 0) top3++;
		if (kind === 'article' && rank !== 0) articleMisses.push(q);
		rows.push(`${rank >= 0 ? `#${rank + 1}` : 'MISS'}\t${kind}\t${q}\t→ ${urls.join('  ')}`);
	}
	const share = top3 / queries.length;
	console.log(`${rows.join('\n')}\nSearch relevance: ${top3}/${queries.length} queries (${(share * 100).toFixed(1)} %) found their page in the top 3; article lookups first: ${queries.filter((x) => x.kind === 'article').length - articleMisses.length}/${queries.filter((x) => x.kind === 'article').length}.`);
	expect(queries.length).toBeGreaterThanOrEqual(40);
	expect(articleMisses, 'article lookups whose page was not first').toEqual([]);
	expect(share).toBeGreaterThanOrEqual(0.9);
});
