import type { Server } from 'node:http';
import { DIST, expect, test } from './support.ts';
import { PAGEFIND_GZIPPED, serveDir } from '../../src/integrations/print-pdfs.ts';
import { ENGINE_PREFETCH } from '../../src/lib/search-engine.ts';

const results = (page: import('@playwright/test').Page) => page.locator('[data-results] > li');

/**
 * Records, from the page's start, the first argument of every message the page sends Pagefind's
 * Web Worker with `method` ('search': the query, 'preload': the term, 'options': the options);
 * returns a function that reads them.
 */
async function sentToWorker(page: import('@playwright/test').Page, method: string): Promise<() => Promise<unknown[]>> {
	await page.addInitScript((method) => {
		const w = window as unknown as { sentToWorker: unknown[] };
		w.sentToWorker = [];
		const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
		Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
			const m = args[0] as { method?: string; args?: unknown[] } | undefined;
			if (m?.method === method) w.sentToWorker.push(m.args?.[0]);
			post.apply(this, args);
		} as Worker['postMessage'];
	}, method);
	return () => page.evaluate(() => (window as unknown as { sentToWorker: unknown[] }).sentToWorker);
}

test('the header search on any page leads to results', async ({ page }) => {
	await page.goto('/van-ban/');
	const box = page.getByRole('search').first().getByRole('searchbox', { name: 'Tìm kiếm trong toàn bộ trang web' });
	await box.fill('tiêu chuẩn hòa giải viên');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/tim-kiem\/\?q=/);
	await expect(page.getByRole('status')).toContainText(/Tìm thấy \d+ kết quả/);
	await expect(results(page).first()).toBeVisible();
	await expect(page.getByRole('searchbox', { name: /Nhập từ cần tìm/ })).toHaveValue('tiêu chuẩn hòa giải viên');
});

test('typing without diacritics and with d for đ finds the accented text, shown with its real letters', async ({ page }) => {
	await page.goto('/tim-kiem/?q=dat%20dai');
	await expect(results(page).first()).toBeVisible();
	const marks = await page.locator('[data-results] mark').allTextContents();
	expect(marks.some((m) => /^(đất|Đất)/.test(m))).toBe(true);
	// Nothing shown to readers carries the invisible folding mark.
	const text = await page.locator('[data-results]').textContent();
	expect(text).not.toContain('\u034F');
});

test('five results at a time: "Xem thêm kết quả" adds five more below them, and is gone once all are shown', async ({ page }) => {
	await page.goto('/tim-kiem/?q=h%C3%B2a%20gi%E1%BA%A3i');
	const status = page.getByRole('status');
	await expect(status).toContainText(/Tìm thấy \d+ kết quả/);
	const total = Number((await status.textContent())!.match(/Tìm thấy (\d+) kết quả/)![1]);
	expect(total, 'the real site has more than 10 pages about hòa giải').toBeGreaterThan(10);
	await expect(results(page)).toHaveCount(5);
	const titles = () => page.locator('.hg-result__title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	const firstFive = await titles();
	const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
	await more.click();
	await expect(results(page)).toHaveCount(10);
	// Focus goes on where the list grew, to the first new result, not back to the top of the page.
	await expect(page.locator('.hg-result__title').nth(5)).toBeFocused();
	// The results already shown stay where they were, and the next five are new ones.
	const urls = await titles();
	expect(urls.slice(0, 5)).toEqual(firstFive);
	expect(new Set(urls).size).toBe(10);
	for (let shown = 10; shown < total; shown += 5) {
		await more.click();
		await expect(results(page)).toHaveCount(Math.min(shown + 5, total));
	}
	await expect(more).toBeHidden();
	expect(new Set(await titles()).size, 'every result once').toBe(total);
	await expect(status).toContainText(`Tìm thấy ${total} kết quả`);
});

for (const [q, first, why] of [
	['hòa giải ở cơ sở là gì', '/cam-nang-phap-luat/hoa-giai-o-co-so-la-gi/', 'its contraction "hgcs là gì" has higher raw scores (src/lib/search-ranking.ts)'],
	['bai giang cong nhan ket qua hoa giai thanh', '/bai-giang/cong-nhan-ket-qua-hoa-giai-thanh/', 'a leading section name is also searched without it'],
] as const) {
	test(`"${q}" shows its page first: ${why}`, async ({ page }) => {
		await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}`);
		await expect(results(page).first()).toBeVisible();
		expect(new URL((await page.locator('a.hg-result__title').first().getAttribute('href'))!, 'http://x').pathname).toBe(first);
	});
}

test('under a result, the sections listed are those about the query, not the first ones of the page', async ({ page }) => {
	await page.goto(`/tim-kiem/?q=${encodeURIComponent('thù lao hòa giải viên')}`);
	const first = results(page).first();
	await expect(first.locator('a.hg-result__title')).toHaveAttribute('href', '/cam-nang-phap-luat/kinh-phi-thu-lao-ho-tro/');
	const sections = first.locator('.hg-result__subs a');
	await expect(sections).toHaveCount(3);
	const names = await sections.allTextContents();
	// The chapter opens with "Tóm tắt" and a section on state funding; Pagefind lists sections in page order.
	expect(names).toContain('Khi nào hòa giải viên được thù lao');
	expect(names).not.toContain('Tóm tắt');
	for (const href of await sections.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/cam-nang-phap-luat\/kinh-phi-thu-lao-ho-tro\/#[a-z0-9-]+$/);
});

test('an article lookup typed without diacritics finds the registry and the chapters', async ({ page }) => {
	await page.goto('/tim-kiem/?q=dieu%207');
	await expect(results(page).first()).toBeVisible();
	const titles = await page.locator('.hg-result__title').allTextContents();
	expect(titles.join('|')).toMatch(/Luật Hòa giải ở cơ sở|hòa giải viên/i);
});

test('the query is in the URL: typing updates it, the back button restores the previous search', async ({ page }) => {
	await page.goto('/tim-kiem/');
	const box = page.getByRole('searchbox', { name: /Nhập từ cần tìm/ });
	await box.fill('thu lao');
	await box.press('Enter');
	await expect(page).toHaveURL(/\?q=thu\+lao$/);
	await expect(results(page).first()).toBeVisible();
	await box.fill('to hoa giai');
	await box.press('Enter');
	await expect(page).toHaveURL(/\?q=to\+hoa\+giai$/);
	await page.goBack();
	await expect(page).toHaveURL(/\?q=thu\+lao$/);
	await expect(box).toHaveValue('thu lao');
});

test('a search that finds nothing says so, even though Pagefind would fall back to a shorter prefix', async ({ page }) => {
	await page.goto('/tim-kiem/?q=xyzqwv');
	await expect(page.getByRole('status')).toContainText('Không tìm thấy kết quả nào');
	// No filter was chosen, so the advice does not mention one.
	await expect(page.getByRole('status')).not.toContainText('bộ lọc');
	await expect(results(page)).toHaveCount(0);
});

test('a word no page has is named, and the rest of the query still finds pages', async ({ page }) => {
	await page.goto('/tim-kiem/?q=thu%20lao%20xyzqwv');
	await expect(page.getByRole('status')).toContainText('Không trang nào có từ “xyzqwv”');
	await expect(results(page).first()).toBeVisible();
});

test("a question is searched as its topic, and the status says so", async ({ page }) => {
	await page.goto(`/tim-kiem/?q=${encodeURIComponent('ai được làm hòa giải viên?')}`);
	await expect(page.getByRole('status')).toContainText(/Tìm thấy \d+ kết quả cho “làm hòa giải viên” \(ý chính của câu hỏi “ai được làm hòa giải viên\?”\)/);
	await expect(page.locator('.hg-result__title').first()).toHaveAttribute('href', /\/hoa-giai-vien-va-to-hoa-giai\/$/);
	// Not a question: searched as typed, "không" and "được" included.
	await page.goto(`/tim-kiem/?q=${encodeURIComponent('việc không được hòa giải')}`);
	await expect(page.getByRole('status')).toContainText(/Tìm thấy \d+ kết quả cho “việc không được hòa giải”\.$/);
});

test("everyday words are also searched in the handbooks' terms, and the status says which", async ({ page }) => {
	await page.goto(`/tim-kiem/?q=${encodeURIComponent('vợ chồng đòi ly dị')}`);
	const status = page.getByRole('status');
	await expect(status).toContainText(/Tìm thấy \d+ kết quả cho “vợ chồng đòi ly dị”\. Đã tìm thêm bằng từ trên trang hay dùng: “ly hôn”\./);
	// "dị" is on no page, but "ly hôn" stands for it: not reported missing.
	await expect(status).not.toContainText('Không trang nào');
	await expect(page.locator('.hg-result__title').first()).toBeVisible();
	// About a debt, "trả tiền" is not a mediator's pay.
	await page.goto(`/tim-kiem/?q=${encodeURIComponent('vay tiền không trả tiền')}`);
	await expect(status).toContainText(/Tìm thấy \d+ kết quả cho “vay tiền không trả tiền”\.$/);
});

test('a word whose y the index holds as i is not reported missing: "quy định", "quy"', async ({ page }) => {
	// "quy" is searched as "qui" (src/lib/search-folding.ts); the check for missing words once
	// compared that with the pages' "quy" and told readers no page had it.
	for (const q of ['quy định', 'quy']) {
		await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}`);
		await expect(page.getByRole('status')).toContainText(/Tìm thấy \d+ kết quả/);
		await expect(page.getByRole('status')).not.toContainText('Không trang nào');
		await expect(results(page).first()).toBeVisible();
	}
});

test('filters are in the index: results carry their section', async ({ page }) => {
	await page.goto('/tim-kiem/?q=hoa%20giai%20vien');
	await expect(page.locator('.hg-result__section').first()).toHaveText(/^(Cẩm nang pháp luật|Văn bản pháp luật|Thuật ngữ)$/);
});

test('keyboard: "/" focuses search from any page, arrows walk the results, Esc clears', async ({ page }) => {
	await page.goto('/van-ban/');
	await page.locator('body').click({ position: { x: 5, y: 400 } });
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox', { name: 'Tìm kiếm trong toàn bộ trang web' })).toBeFocused();

	await page.goto('/tim-kiem/?q=hoa%20giai%20vien');
	const box = page.getByRole('searchbox', { name: /Nhập từ cần tìm/ });
	await expect(results(page).nth(1)).toBeVisible();
	await box.focus();
	await page.keyboard.press('ArrowDown');
	const titles = page.locator('a.hg-result__title');
	await expect(titles.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(titles.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(box).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');
	await expect(results(page)).toHaveCount(0);
	await expect(page).toHaveURL(/\/tim-kiem\/$/);
});

test('a filter narrows the results to its section and is kept in the URL', async ({ page }) => {
	await page.goto('/tim-kiem/?q=hoa%20giai%20vien');
	await expect(results(page).first()).toBeVisible();
	const all = await page.getByRole('status').textContent();
	await page.getByLabel('Mục', { exact: true }).selectOption('Văn bản pháp luật');
	await expect(page).toHaveURL(/muc=V%C4%83n\+b%E1%BA%A3n\+ph%C3%A1p\+lu%E1%BA%ADt/);
	// Wait for the filtered search to finish (the status passes through "Đang tìm…").
	await expect(page.getByRole('status')).toHaveText(/^Tìm thấy \d+ kết quả/);
	await expect(page.getByRole('status')).not.toHaveText(all!);
	await expect(results(page).first()).toBeVisible();
	const sections = await page.locator('.hg-result__section').allTextContents();
	expect(sections.length).toBeGreaterThan(0);
	expect(sections.filter((s) => s !== 'Tra cứu văn bản').every((s) => s === 'Văn bản pháp luật')).toBe(true);
	await page.reload();
	await expect(page.getByLabel('Mục', { exact: true })).toHaveValue('Văn bản pháp luật');
});

test('the filter lists come with the page, with the counts Pagefind has, and no filter file is fetched until a filter is picked', async ({ page, context }) => {
	const filterFiles: string[] = [];
	context.on('request', (r) => void (r.url().endsWith('.pf_filter') && filterFiles.push(r.url())));
	await page.goto('/tim-kiem/?q=hoa%20giai%20vien');
	await expect(results(page).first()).toBeVisible();
	// In the HTML as served, before any script (the build wrote them: src/lib/search-filters.ts).
	const html = await (await page.request.get('/tim-kiem/')).text();
	expect(html).toContain('<select id="loc-muc" name="muc">');
	expect(html).not.toContain('data-hg-filter-lists');
	const shown = await page.locator('[data-filters] select').evaluateAll((selects) =>
		Object.fromEntries(
			(selects as HTMLSelectElement[]).map((s) => [s.name, Object.fromEntries([...s.options].slice(1).map((o) => [o.value, Number(/\((\d+)\)$/.exec(o.text)![1])]))]),
		),
	);
	expect(filterFiles, 'filter files fetched before a filter was picked').toEqual([]);
	// Pagefind's own counts, read from its filter files.
	const pagefind = await page.evaluate(async () => {
		const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
		await pf.init();
		return pf.filters();
	});
	expect(shown).toEqual(pagefind);
	// Decks and forms are sections too.
	expect(Object.keys(shown.muc!)).toEqual(expect.arrayContaining(['Bài giảng', 'Biểu mẫu', 'Cẩm nang pháp luật', 'Tình huống', 'Văn bản pháp luật']));
});

test('Enter pressed right after typing searches once: the typing pause does not start the search again', async ({ page }) => {
	await page.clock.install();
	await page.goto('/tim-kiem/');
	await page.waitForLoadState('networkidle');
	// The page's clock stands still from here, so the typing pause ends only when the test moves
	// it: on a slow machine, real keystrokes can be more than 250 ms apart, and a search of what is
	// typed so far is then right.
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
	await page.evaluate(() => {
		const w = window as unknown as { searches: number };
		w.searches = 0;
		const status = document.querySelector('[data-status]')!;
		new MutationObserver(() => void (status.textContent === 'Đang tìm…' && w.searches++)).observe(status, { childList: true, characterData: true, subtree: true });
	});
	const box = page.getByRole('searchbox', { name: /Nhập từ cần tìm/ });
	await box.pressSequentially('hoa giai');
	await box.press('Enter');
	await expect(results(page).first()).toBeVisible();
	await page.clock.runFor(600); // longer than the 250 ms typing pause
	expect(await page.evaluate(() => (window as unknown as { searches: number }).searches)).toBe(1);
	await expect(results(page).first()).toBeVisible();
});

test("the open search page warms the engine up with one search for nothing and its first result's fragment, no index chunk or filter file; a page opened with a query does not", async ({ page, context }) => {
	// Every search the page sends to Pagefind's Web Worker (its query), and the index files fetched.
	const searches = await sentToWorker(page, 'search');
	const files: string[] = [];
	context.on('request', (r) => void (/\.pf_(index|fragment|filter)$/.test(r.url()) && files.push(r.url())));

	await page.goto('/tim-kiem/');
	await expect.poll(searches).toEqual([null]);
	await expect.poll(() => files).toHaveLength(1);
	await page.waitForLoadState('networkidle');
	expect(files).toEqual([expect.stringMatching(/\/pagefind\/fragment\/[^/]+\.pf_fragment$/)]);
	expect(await searches()).toEqual([null]);
	// The reader's query is searched as usual after it.
	const box = page.getByRole('searchbox', { name: /Nhập từ cần tìm/ });
	await box.fill('hòa giải');
	await box.press('Enter');
	await expect(results(page).first()).toBeVisible();
	expect((await searches()).slice(1)).toContain('hòa giải');
	expect((await searches()).filter((q) => q === null)).toHaveLength(1);

	// Opened from a link, the page's own query is the first search, and nothing more is sent.
	await page.goto('/tim-kiem/?q=h%C3%B2a%20gi%E1%BA%A3i');
	await expect(results(page).first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(await searches()).not.toContain(null);
});

test("as the reader types, the index chunks of each of the query's searches are fetched ahead: a question's topic, abbreviations both ways", async ({ page }) => {
	// The terms the page asks Pagefind's Web Worker to preload.
	const preloaded = await sentToWorker(page, 'preload');
	await page.goto('/tim-kiem/');
	await page.waitForLoadState('networkidle');
	const box = page.getByRole('searchbox', { name: /Nhập từ cần tìm/ });
	await box.fill('luật hgcs');
	await expect.poll(preloaded).toEqual(['luật hgcs', 'luat hoa giai o co so']);
	// A question: its topic and the topic's abbreviation, not the question words.
	await box.fill('ai được làm hòa giải viên');
	await expect.poll(preloaded).toEqual(['luật hgcs', 'luat hoa giai o co so', 'làm hòa giải viên', 'lam hgv']);
});

test.describe('a lost connection', () => {
	// What the browser and the search page log when the fragments cannot be fetched.
	test.use({ expectedErrors: [/Failed to fetch|ERR_INTERNET_DISCONNECTED/] });

	test('"Xem thêm kết quả" on a lost connection says so, keeps the results shown, and works when pressed again, the status back as it was', async ({ page, context }) => {
		await page.goto('/tim-kiem/?q=h%C3%B2a%20gi%E1%BA%A3i');
		await expect(results(page)).toHaveCount(5);
		const status = page.getByRole('status');
		const found = (await status.textContent())!;
		expect(found).toMatch(/^Tìm thấy \d+ kết quả/);
		const firstFive = await page.locator('.hg-result__title').allTextContents();
		// The next results' fragments cannot be fetched (context-level: Pagefind fetches from its Web Worker).
		let refused = 0;
		await context.route('**/pagefind/fragment/**', (route) => (refused++, route.abort('internetdisconnected')));
		const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
		await more.click();
		await expect(status).toHaveText('Chưa tải được thêm kết quả. Hãy kiểm tra kết nối mạng rồi bấm lại.');
		expect(refused, 'the fragments were asked for and refused').toBeGreaterThan(0);
		await expect(results(page)).toHaveCount(5);
		expect(await page.locator('.hg-result__title').allTextContents()).toEqual(firstFive);
		await expect(more).toBeVisible();
		await expect(more).toBeEnabled();
		await context.unroute('**/pagefind/fragment/**');
		await more.click();
		await expect(results(page)).toHaveCount(10);
		await expect(page.locator('.hg-result__title').nth(5)).toBeFocused();
		// The failure is over: the status says again what the search found.
		await expect(status).toHaveText(found);
	});
});

test('the diacritic ranking is sent to the search engine only when a query switches between accented and unaccented', async ({ page }) => {
	// The diacritic rankings among the options the page sends Pagefind's Web Worker.
	const options = await sentToWorker(page, 'options');
	const rankings = async () => ((await options()) as { ranking?: { diacriticSimilarity: number } }[]).filter((o) => o.ranking).map((o) => o.ranking!.diacriticSimilarity);
	await page.goto('/tim-kiem/');
	await page.waitForLoadState('networkidle');
	const box = page.getByRole('searchbox', { name: /Nhập từ cần tìm/ });
	const search = async (q: string) => {
		await box.fill(q);
		await box.press('Enter');
		await expect(page.getByRole('status')).toContainText(`cho “${q}”`);
	};
	// Accented, Pagefind's default ranking: no call of its own before the searches.
	await search('hòa giải');
	expect(await rankings()).toEqual([]);
	// Unaccented: "hoa" (flower) must not outrank "hòa" (src/scripts/hg-search.ts, #search).
	await search('dat dai');
	expect(await rankings()).toEqual([0]);
	await search('tranh chap');
	expect(await rankings()).toEqual([0]);
	// Back to accented: the default again, once.
	await search('tranh chấp đất đai');
	await search('hòa giải viên');
	expect(await rankings()).toEqual([0, 0.8]);
});

test.describe('a refused ranking', () => {
	test.use({ expectedErrors: [/refused for the test/] });

	test('a diacritic ranking the search engine refuses is sent again with the next query', async ({ page }) => {
		// The first ranking message is answered with an error, as Pagefind's worker answers a call
		// that failed ({ id, error }), instead of reaching the worker.
		await page.addInitScript(() => {
			const w = window as unknown as { rankings: number[] };
			w.rankings = [];
			const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
			Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
				const m = args[0] as { id?: string; method?: string; args?: { ranking?: { diacriticSimilarity: number } }[] } | undefined;
				const ranking = m?.method === 'options' ? m.args?.[0]?.ranking : undefined;
				if (ranking) {
					w.rankings.push(ranking.diacriticSimilarity);
					if (w.rankings.length === 1) {
						setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: { id: m!.id, error: 'refused for the test' } })));
						return;
					}
				}
				post.apply(this, args);
			} as Worker['postMessage'];
		});
		const rankings = () => page.evaluate(() => (window as unknown as { rankings: number[] }).rankings);
		await page.goto('/tim-kiem/');
		await page.waitForLoadState('networkidle');
		const box = page.getByRole('searchbox', { name: /Nhập từ cần tìm/ });
		const status = page.getByRole('status');
		await box.fill('dat dai');
		await box.press('Enter');
		await expect(status).toContainText('Chưa tải được dữ liệu tìm kiếm');
		await expect(results(page)).toHaveCount(0);
		expect(await rankings()).toEqual([0]);
		// Still unaccented: the page does not know which ranking the engine has, so it sends it again.
		await box.fill('tranh chap');
		await box.press('Enter');
		await expect(status).toContainText('cho “tranh chap”');
		await expect(results(page).first()).toBeVisible();
		expect(await rankings()).toEqual([0, 0]);
	});
});

test.describe('served as the README nginx example serves it', () => {
	const PORT = 4432;
	let server: Server;
	test.use({ baseURL: `http://127.0.0.1:${PORT}` });
	test.beforeAll(async () => void ({ server } = await serveDir(DIST, '/', {}, PORT, true)));
	test.afterAll(() => server?.close());

	test("Pagefind's files come with Content-Encoding: gzip, the browser unpacks them, and search works", async ({ page, context }) => {
		const encodings = new Map<string, string | undefined>();
		// Context-level: Pagefind fetches from its Web Worker.
		context.on('response', (r) => {
			if (PAGEFIND_GZIPPED.test(new URL(r.url()).pathname)) encodings.set(new URL(r.url()).pathname.replace(/.*\./, ''), r.headers()['content-encoding']);
		});
		await page.goto('/tim-kiem/?q=h%C3%B2a%20gi%E1%BA%A3i');
		await expect(results(page).first()).toBeVisible();
		await expect(page.locator('[data-results] mark').first()).toBeVisible();
		// A filter makes Pagefind fetch its filter files.
		await page.getByLabel('Mục', { exact: true }).selectOption('Văn bản pháp luật');
		await expect(page.getByRole('status')).toHaveText(/^Tìm thấy \d+ kết quả/);
		await expect.poll(() => encodings.has('pf_filter')).toBe(true);
		expect(Object.fromEntries(encodings)).toEqual({ pf_meta: 'gzip', pagefind: 'gzip', pf_index: 'gzip', pf_fragment: 'gzip', pf_filter: 'gzip' });
	});

	test("a search opened from a link fetches the engine's worker, WebAssembly and index metadata with the page, once: the worker takes them from the cache", async ({ page }) => {
		// The order in which the server is asked for Pagefind's files, from a fresh browser context.
		const asked: string[] = [];
		const note = (req: import('node:http').IncomingMessage) => {
			const path = new URL(req.url ?? '/', 'http://x').pathname;
			if (path.startsWith('/pagefind/')) asked.push(path.slice('/pagefind/'.length));
		};
		server.on('request', note);
		try {
			await page.goto('/tim-kiem/?q=h%C3%B2a%20gi%E1%BA%A3i');
			await expect(results(page).first()).toBeVisible();
		} finally {
			server.off('request', note);
		}
		const entry = asked.indexOf('pagefind-entry.json');
		expect(entry, asked.join(', ')).toBeGreaterThan(0);
		const meta = asked.find((f) => f.endsWith('.pf_meta'));
		expect(meta, asked.join(', ')).toBeTruthy();
		for (const file of [...ENGINE_PREFETCH, meta!]) {
			expect(asked.filter((f) => f === file), `${file} is fetched once: ${asked.join(', ')}`).toHaveLength(1);
			// Without the prefetch the worker asks for its WebAssembly and metadata only after reading the entry file.
			expect(asked.indexOf(file), `${file} is fetched before the worker starts: ${asked.join(', ')}`).toBeLessThan(entry);
		}
	});
});

test("the glossary's letter headings are not sections of a search result, its terms are", async ({ page }) => {
	await page.goto('/tim-kiem/');
	const sections = await page.evaluate(async () => {
		type Data = { url: string; sub_results: { title: string }[] };
		const pf = (await import(`${location.origin}/pagefind/pagefind.js`)) as { search(q: string): Promise<{ results: { data(): Promise<Data> }[] }> };
		const out: Record<string, Record<string, string[]>> = {};
		// "hgv" once matched the glossary only through its heading "H", listed as a section.
		for (const q of ['hgv', 'hội đồng hòa giải tranh chấp đất đai']) {
			out[q] = {};
			for (const r of (await pf.search(q)).results.slice(0, 40)) {
				const d = await r.data();
				out[q]![d.url] = d.sub_results.map((x) => x.title.trim());
			}
		}
		return out;
	});
	const letters = Object.values(sections).flatMap((byUrl) => Object.entries(byUrl).flatMap(([url, titles]) => titles.filter((t) => /^\p{Lu}$/u.test(t)).map((t) => `${url}: ${t}`)));
	expect(letters).toEqual([]);
	const glossary = sections['hội đồng hòa giải tranh chấp đất đai']!['/thuat-ngu/'];
	expect(glossary, 'the glossary is among the results').toBeDefined();
	expect(glossary).toContain('Hội đồng hòa giải tranh chấp đất đai');
});
