import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro 7 treats whitespace in templates as JSX does: a line break between text and an element or
 * an expression is dropped, not turned into a space. "theo⏎{plan link}" came out as
 * "theoKế hoạch 147/KH-UBND" on the about page, "bấm⏎<strong>" as "bấmLưu để đọc…" on the offline
 * page. Such a break needs {' '} or the two on one line.
 */
const INLINE = String.raw`(?:a|strong|em|code|abbr|time|b|i|kbd|span|mark|q|cite)`;
const TEXT_END = /[\p{L}\p{N},.:;!?)”"'’]$/u;
const INLINE_START = new RegExp(String.raw`^(?:<${INLINE}\b|\{)`);
const INLINE_END = new RegExp(String.raw`</${INLINE}>$`);
const TEXT_START = /^[\p{L}\p{N}(“]/u;

/** Lines where a break sits between text and an inline element or expression, in either order. */
export function lostSpaces(source: string): number[] {
	const front = /^---\n[\s\S]*?\n---\n/.exec(source);
	let body = front ? source.slice(front[0].length) : source;
	const skipped = front ? front[0].split('\n').length - 1 : 0;
	// Scripts and styles keep their line count, so the line numbers stay those of the file.
	body = body.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, (m) => m.replace(/[^\n]/g, ''));
	const lines = body.split('\n');
	const found: number[] = [];
	for (let i = 1; i < lines.length; i++) {
		const prev = lines[i - 1]!.trim();
		const next = lines[i]!.trim();
		if (!prev || !next || /^(\/\/|\/?\*|\{\/\*)/.test(prev)) continue;
		if ((TEXT_END.test(prev) && INLINE_START.test(next)) || (INLINE_END.test(prev) && TEXT_START.test(next))) found.push(i + 1 + skipped);
	}
	return found;
}

test('finds a line break between text and an inline element or expression', () => {
	assert.deepEqual(lostSpaces('---\nconst a = 1;\n---\n<p>\n\ttheo\n\t{a}\n</p>\n'), [6]);
	assert.deepEqual(lostSpaces('<p>\n\tvà bấm\n\t<strong>Lưu</strong> để lưu.\n</p>'), [3]);
	assert.deepEqual(lostSpaces('<p>\n\t<a href="/">Trang chủ</a>\n\tvà tiếp\n</p>'), [3]);
	assert.deepEqual(lostSpaces('<p>\n\ttheo{\' \'}\n\t{a}\n</p>\n<ul>\n\t<li>x</li>\n\t<li>y</li>\n</ul>'), []);
	assert.deepEqual(lostSpaces('<p>một dòng\n\tdòng nữa</p>\n<style>\n\ta,\n\t{ }\n</style>'), []);
});

test('no template drops a space at a line break', () => {
	const files = readdirSync('src', { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.astro'))
		.map((e) => join(e.parentPath, e.name));
	assert.ok(files.length > 20);
	const problems = files.flatMap((f) => lostSpaces(readFileSync(f, 'utf8')).map((line) => `${f}:${line}`));
	assert.deepEqual(problems, [], `a line break here is dropped, not a space (use {' '} or one line):\n${problems.join('\n')}`);
});
