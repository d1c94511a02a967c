/** The Markdown directives of handbook chapters (src/integrations/markdown.ts), through Sätteri. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml, mdxToJs } from 'satteri';
import { directives } from '../../src/integrations/markdown.ts';
import { CHECKLIST_CLOSE, CHECKLIST_OPEN, citePlaceholder } from '../../src/lib/content-markup.ts';

const options = { features: { directive: true }, mdastPlugins: [directives()], fileURL: new URL('file:///noi-dung/chuong.md') };
const html = async (md: string) => ((await markdownToHtml(md, options)) as { html: string }).html.replace(/>\s+</g, '><').trim();

describe('Markdown directives', () => {
	test(':cite leaves a placeholder the page resolves against the registry', async () => {
		assert.equal(await html('Theo :cite{doc=luat-hgcs article=10 clause=4}.'), `<p>Theo ${citePlaceholder('luat-hgcs', 10, 4)}.</p>`);
	});
	test(':::callout and :::checklist give the same markup as the MDX components', async () => {
		assert.equal(
			await html(':::callout{type=vi-du title="Ví dụ: lối đi & \\"ngõ\\""}\nĐoạn **một**.\n:::'),
			'<aside class="hg-callout hg-callout--vi-du" aria-label="Ví dụ: lối đi &amp; \\&quot;ngõ\\&quot;"><p class="hg-callout__title">Ví dụ: lối đi &amp; \\&quot;ngõ\\&quot;</p><div class="hg-callout__body"><p>Đoạn <strong>một</strong>.</p></div></aside>',
		);
		assert.equal(await html(':::callout\nGhi nhớ.\n:::'), '<aside class="hg-callout hg-callout--luu-y" aria-label="Lưu ý"><p class="hg-callout__title">Lưu ý</p><div class="hg-callout__body"><p>Ghi nhớ.</p></div></aside>');
		assert.equal(await html(':::checklist\n- Đã hỏi.\n:::'), `${CHECKLIST_OPEN}<ul><li>Đã hỏi.</li></ul>${CHECKLIST_CLOSE}`);
	});
	test('a colon in running text stays as written', async () => {
		assert.equal(await html('Họp lúc 10:30, như sau:ông A nói.'), '<p>Họp lúc 10:30, như sau:ông A nói.</p>');
	});
	test('typos and bad attributes fail with file, line and problem', async () => {
		const fails = async (md: string, message: RegExp) => assert.rejects(async () => markdownToHtml(md, options), message);
		await fails('Một\n\nHai :cte{doc=x}', /^Error: \/noi-dung\/chuong\.md:3: unknown directive ":cte"/);
		await fails(':cite{doc=x article=9a}', /:cite article="9a" is not a number/);
		await fails(':cite{doc=x dieu=9}', /:cite has no attribute "dieu"/);
		await fails(':cite{article=9}', /:cite needs doc=/);
		await fails(':::callout{type=ghi-chu}\nx\n:::', /:::callout type="ghi-chu" is not one of luu-y, canh-bao, vi-du/);
		await fails(':::callout{tittle="x"}\nx\n:::', /:::callout has no attribute "tittle"/);
		await fails(':::checklist\nChỉ một đoạn.\n:::', /:::checklist holds no list/);
		await fails(':::bang\nx\n:::', /unknown directive ":::bang"/);
	});
	test('MDX files are told to use the components', async () => {
		await assert.rejects(async () => mdxToJs('Theo :cite{doc=x article=2}.', options), /in MDX files cite with <Cite/);
	});
});
