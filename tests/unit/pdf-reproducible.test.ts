/** PDFs Chromium prints come out the same in every build of the same page (src/lib/pdf-reproducible.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { makeReproducible, rebaseLinks } from '../../src/lib/pdf-reproducible.ts';
import { versioned } from '../../src/integrations/offline.ts';

/** A tagged PDF as Chromium writes it: elements named after renderer nodes, an id tree, the print time. */
async function chromiumLike(firstNode: number, printed: Date): Promise<Uint8Array> {
	const doc = await PDFDocument.create({ updateMetadata: false });
	doc.addPage();
	doc.setCreationDate(printed);
	doc.setModificationDate(printed);
	doc.setTitle('Bài giảng');
	const ctx = doc.context;
	const ids = [firstNode, firstNode + 1, firstNode + 7].map((n) => `node${String(n).padStart(8, '0')}`);
	const elements = ids.map((id) => ctx.register(ctx.obj({ Type: 'StructElem', S: 'P', ID: PDFString.of(id) })));
	// A table cell names its header cell by id, inside its attributes.
	const headers = PDFArray.withContext(ctx);
	headers.push(PDFString.of(ids[0]!));
	const cell = ctx.register(ctx.obj({ Type: 'StructElem', S: 'TD', A: [ctx.obj({ O: 'Table', Headers: headers })] }));
	const names = PDFArray.withContext(ctx);
	ids.forEach((id, i) => {
		names.push(PDFString.of(id));
		names.push(elements[i]!);
	});
	const limits = PDFArray.withContext(ctx);
	limits.push(PDFString.of(ids[0]!));
	limits.push(PDFString.of(ids.at(-1)!));
	const idTree = ctx.register(ctx.obj({ Names: names, Limits: limits }));
	doc.catalog.set(PDFName.of('StructTreeRoot'), ctx.register(ctx.obj({ Type: 'StructTreeRoot', IDTree: idTree, K: [cell] })));
	return doc.save();
}

async function reproduced(bytes: Uint8Array): Promise<Uint8Array> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	makeReproducible(doc);
	return doc.save();
}

test('two prints of one page, at different times and renderer states, become the same bytes', async () => {
	const a = await chromiumLike(5605, new Date('2026-11-29T10:39:17Z'));
	const b = await chromiumLike(6153, new Date('2026-11-29T10:39:40Z'));
	assert.notDeepEqual(a, b);
	assert.deepEqual(await reproduced(a), await reproduced(b));
});

test('the dates go, the ids are renumbered in their order, and element and id tree still agree', async () => {
	const doc = await PDFDocument.load(await reproduced(await chromiumLike(5605, new Date())), { updateMetadata: false });
	assert.equal(doc.getCreationDate(), undefined);
	assert.equal(doc.getModificationDate(), undefined);
	assert.equal(doc.getTitle(), 'Bài giảng');
	const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
	const tree = root.lookup(PDFName.of('IDTree'), PDFDict);
	const names = tree.lookup(PDFName.of('Names'), PDFArray);
	const keys = [0, 2, 4].map((i) => (names.get(i) as PDFString).decodeText());
	assert.deepEqual(keys, ['node00000001', 'node00000002', 'node00000003']);
	for (const i of [0, 2, 4]) {
		const element = names.lookup(i + 1, PDFDict);
		assert.equal((element.get(PDFName.of('ID')) as PDFString).decodeText(), keys[i / 2]);
	}
	const cell = root.lookup(PDFName.of('K'), PDFArray).lookup(0, PDFDict);
	const headers = cell.lookup(PDFName.of('A'), PDFArray).lookup(0, PDFDict).lookup(PDFName.of('Headers'), PDFArray);
	assert.equal((headers.get(0) as PDFString).decodeText(), 'node00000001', "the cell still names its header's element");
	const limits = tree.lookup(PDFName.of('Limits'), PDFArray);
	assert.deepEqual([0, 1].map((i) => (limits.get(i) as PDFString).decodeText()), ['node00000001', 'node00000003']);
});

test("the service worker's version is made from pages and assets, not from the downloads or search files", () => {
	for (const f of ['index.html', 'bai-giang/x/index.html', '_astro/a.css', '_astro/a.woff2', 'offline/cam-nang-phap-luat.json', 'favicon.svg']) assert.ok(versioned(f), f);
	for (const f of ['bai-giang/x/x.pdf', 'bai-giang/x/x.pptx', 'bieu-mau/mau-01/mau-01.docx', 'pagefind/pagefind.js', 'sw.js']) assert.equal(versioned(f), false, f);
});

test("links to the site's pages leave the loopback address they were printed from for the published one", async () => {
	const doc = await PDFDocument.create();
	const ctx = doc.context;
	const link = (uri: string) => ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', A: ctx.obj({ Type: 'Action', S: 'URI', URI: PDFString.of(uri) }) }));
	const refs = [link('http://127.0.0.1:34843/hoa-giai/cam-nang-phap-luat/trinh-tu-hoa-giai/'), link('http://127.0.0.1:34843/hoa-giai/van-ban/luat-hoa-giai-o-co-so-2013/#dieu-21'), link('https://thuvienphapluat.vn/x'), link('http://127.0.0.1:348431/other')];
	rebaseLinks(doc, 'http://127.0.0.1:34843', 'https://pbgdpl.example.gov.vn');
	const uris = refs.map((r) => (ctx.lookup(r, PDFDict).lookup(PDFName.of('A'), PDFDict).get(PDFName.of('URI')) as PDFString).decodeText());
	assert.deepEqual(uris, [
		'https://pbgdpl.example.gov.vn/hoa-giai/cam-nang-phap-luat/trinh-tu-hoa-giai/',
		'https://pbgdpl.example.gov.vn/hoa-giai/van-ban/luat-hoa-giai-o-co-so-2013/#dieu-21',
		'https://thuvienphapluat.vn/x',
		'http://127.0.0.1:348431/other',
	]);
});
