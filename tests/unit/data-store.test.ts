import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropStaleStore, moduleTreeDigest, storeText, storeModuleFromFile } from '../../src/integrations/data-store.ts';

// Text that a JSON string literal must carry exactly: Vietnamese in NFC and NFD, quotes,
// backslashes, newlines, and the line and paragraph separators that JSON.stringify leaves as they are.
const store = JSON.stringify([['Map', 1, 2], 'chapters', { body: 'Hòa giải "ở cơ sở"\\n\nĐiều 1\u2028\u2029 Hoa\u0300 gia\u0309i', n: 1.5 }]);
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

test('the module read from a file gives the same store as the module Astro writes', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'hg-data-store-'));
	try {
		const text = storeText(astroModule(store));
		assert.equal(text, store);
		const file = join(dir, 'store.json');
		writeFileSync(file, text);
		writeFileSync(join(dir, 'astro.mjs'), astroModule(store));
		writeFileSync(join(dir, 'ours.mjs'), storeModuleFromFile(file));
		const [astro, ours] = await Promise.all([import(join(dir, 'astro.mjs')), import(join(dir, 'ours.mjs'))]);
		assert.deepEqual(ours.default, astro.default);
		assert.equal(ours.default[2].body, 'Hòa giải "ở cơ sở"\\n\nĐiều 1\u2028\u2029 Hoa\u0300 gia\u0309i');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a store module of any other shape is left alone', () => {
	assert.equal(storeText('export default new Map()'), null);
	assert.equal(storeText(`export default JSON.parse(${JSON.stringify(store)}, reviver)`), null);
	// Brackets in the right places around something that is not one string literal.
	assert.equal(storeText('export default JSON.parse("a") + steal("b")'), null);
	assert.equal(storeText('export default JSON.parse("unterminated)'), null);
	assert.equal(storeText(`${astroModule(store)};\nexport const more = 1`), null);
});

test('the content store is dropped when a schema the content config imports changes, and kept otherwise', () => {
	const dir = mkdtempSync(join(tmpdir(), 'hg-schema-digest-'));
	try {
		const src = join(dir, 'src');
		const cache = join(dir, 'cache');
		mkdirSync(join(src, 'schemas'), { recursive: true });
		mkdirSync(cache);
		writeFileSync(join(src, 'content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { A } from './schemas/a.ts';\n");
		writeFileSync(join(src, 'schemas/a.ts'), "import { t } from '../lib/t.ts';\nexport const A = t;\n");
		mkdirSync(join(src, 'lib'));
		writeFileSync(join(src, 'lib/t.ts'), 'export const t = 1;\n');
		const config = join(src, 'content.config.ts');
		const store = join(cache, 'data-store.json');
		const before = moduleTreeDigest(config);

		writeFileSync(store, '{}');
		assert.equal(dropStaleStore(cache, config), true, 'a store no run has stamped is not trusted');
		assert.equal(existsSync(store), false);
		writeFileSync(store, '{}');
		assert.equal(dropStaleStore(cache, config), false, 'nothing changed');
		assert.equal(existsSync(store), true);

		// A change two imports away (content config → schema → lib) counts.
		writeFileSync(join(src, 'lib/t.ts'), 'export const t = 2;\n');
		assert.notEqual(moduleTreeDigest(config), before);
		assert.equal(dropStaleStore(cache, config), true);
		assert.equal(existsSync(store), false);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
