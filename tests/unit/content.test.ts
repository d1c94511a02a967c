/** The real content in content/: Unicode NFC everywhere, and the legal handbook's promised size. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = 'content';
const files = readdirSync(root, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile() && /\.(mdx|ya?ml)$/.test(e.name))
	.map((e) => join(e.parentPath, e.name));

/** Words of an MDX body: frontmatter, tags and Markdown markup left out. */
const bodyWords = (mdx: string) =>
	mdx
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<[^>]+>/g, ' ')
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
		const chapters = files.filter((f) => f.startsWith(join(root, 'cam-nang-phap-luat')) && f.endsWith('.mdx') && !f.split('/').at(-1)!.startsWith('_'));
		assert.ok(chapters.length >= 12, `${chapters.length} chapters`);
		const short = chapters.map((f) => [f, bodyWords(readFileSync(f, 'utf8'))] as const).filter(([, n]) => n < 600);
		assert.deepEqual(short, []);
	});
});
