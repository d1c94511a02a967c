/** The real content in content/: Unicode NFC everywhere, and the legal handbook's promised size. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = 'content';
const files = readdirSync(root, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile() && /\.(mdx?|ya?ml)$/.test(e.name))
	.map((e) => join(e.parentPath, e.name));

/** Words of a Markdown or MDX body: frontmatter, tags, directives and Markdown markup left out. */
const bodyWords = (mdx: string) =>
	mdx
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<[^>]+>|:cite\{[^}]*\}|^:::\w*(\{[^}]*\})?$/gm, ' ')
		.replace(/[#*|>\-[\]()`_]/g, ' ')
		.split(/\s+/)
		.filter((w) => /\p{L}/u.test(w)).length;

describe('content files', () => {
	test('every content file is in Unicode NFC', () => {
		const bad = files.filter((f) => {
			const text = readFileSync(f, 'utf8');
			return text !== text.normalize('NFC');
		});
		assert.deepEqual(bad, []);
	});
	test('the legal handbook has at least 12 chapters of at least 600 words', () => {
		const chapters = files.filter((f) => f.startsWith(join(root, 'cam-nang-phap-luat')) && f.endsWith('.md') && !f.split('/').at(-1)!.startsWith('_'));
		assert.ok(chapters.length >= 12, `${chapters.length} chapters`);
		const short = chapters.map((f) => [f, bodyWords(readFileSync(f, 'utf8'))] as const).filter(([, n]) => n < 600);
		assert.deepEqual(short, []);
	});
});

const entries = (folder: string, ext = '.mdx') =>
	files.filter((f) => f.startsWith(join(root, folder) + '/') && f.endsWith(ext) && !f.split('/').at(-1)!.startsWith('_'));
const frontmatter = (text: string) => text.match(/^---\n([\s\S]*?)\n---\n/)?.[1] ?? '';
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('skills handbook, case studies and decks (issue counts)', () => {
	test('the skills handbook has at least 10 chapters of at least 600 words, each ending with a checklist', () => {
		const chapters = entries('cam-nang-ky-nang', '.md');
		assert.ok(chapters.length >= 10, `${chapters.length} chapters`);
		const short = chapters.map((f) => [f, bodyWords(readFileSync(f, 'utf8'))] as const).filter(([, n]) => n < 600);
		assert.deepEqual(short, []);
		const noChecklist = chapters.filter((f) => !/## Danh sách kiểm tra\s+:::checklist\n[\s\S]+\n:::\s*$/.test(readFileSync(f, 'utf8')));
		assert.deepEqual(noChecklist, []);
	});
	test('there are at least 20 case studies over the dispute types the issue names, each with a skill and a citation', async () => {
		const cases = entries('tinh-huong');
		assert.ok(cases.length >= 20, `${cases.length} cases`);
		const types = new Set(cases.map((f) => frontmatter(readFileSync(f, 'utf8')).match(/^disputeType: (\S+)/m)?.[1]));
		for (const t of ['dat-dai', 'loi-di', 'hon-nhan-gia-dinh', 'thua-ke', 'dan-su', 'lang-gieng', 'bao-luc-gia-dinh', 'vi-pham-nhe', 'lien-thon']) assert.ok(types.has(t), `no case of type ${t}`);
		for (const f of cases) {
			const fm = frontmatter(readFileSync(f, 'utf8'));
			assert.match(fm, /^skills:\n\s+- cam-nang-ky-nang\//m, `${f}: no skills chapter`);
			assert.match(readFileSync(f, 'utf8'), /<Cite doc=/, `${f}: no citation in the text`);
			assert.match(fm, /^illustrative: true$/m, `${f}: not marked illustrative`);
		}
	});
	test('there are at least 8 decks of at least 15 slides, every slide with notes', async () => {
		const { parseDeck } = await import('../../src/lib/slides.ts');
		const decks = entries('bai-giang');
		assert.ok(decks.length >= 8, `${decks.length} decks`);
		for (const f of decks) {
			const slides = parseDeck(body(readFileSync(f, 'utf8')), f);
			assert.ok(slides.length >= 15, `${f}: ${slides.length} slides`);
			assert.ok(slides.every((s) => s.notes.join('').length > 20), `${f}: a slide with no real notes`);
		}
	});
	test('there are at least 8 model practices, illustrative unless sourced', () => {
		const practices = entries('mo-hinh');
		assert.ok(practices.length >= 8, `${practices.length} practices`);
		for (const f of practices) {
			const fm = frontmatter(readFileSync(f, 'utf8'));
			assert.ok(/^evidence: illustrative$/m.test(fm) || /^source:/m.test(fm), `${f}: neither illustrative nor sourced`);
		}
	});
});
