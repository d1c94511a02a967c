/**
 * The slide model: one parser turns a deck's MDX body into slides, and the web page, the
 * presenter, the PDF and the PPTX are all drawn from that model, so they never disagree.
 *
 * The deck dialect is deliberately small (content/bai-giang/README.md): slides separated by `---`,
 * each opening with a `## title`; lists (two levels), short paragraphs, GFM tables, **bold**,
 * *italic*, <Cite …/> inline; speaker notes in <Notes>. Anything else is an error naming the file
 * and line, because a construct the PPTX cannot show would silently vanish from the download.
 */
import { mdxToMdast } from 'satteri';
import type { Citation } from './citations.ts';
import { smartQuotes } from './text.ts';

export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** A citation; `text` is empty until resolved against the registry. */
	cite?: Citation;
}
export interface ListItem {
	runs: Run[];
	/** 0 for a top-level bullet, 1 for a sub-bullet. */
	level: 0 | 1;
}
export type Block =
	| { kind: 'list'; ordered: boolean; items: ListItem[] }
	| { kind: 'paragraph'; runs: Run[] }
	| { kind: 'table'; header: Run[][]; rows: Run[][][] };
export interface Slide {
	/** 1-based position among content slides (the cover is not counted). */
	number: number;
	title: string;
	blocks: Block[];
	/** Speaker notes, one string per paragraph. */
	notes: string[];
	/** Line in the source file where the slide starts. */
	line: number;
}

/** Limits that keep a slide readable at projector size and inside a 16:9 PPTX text box. */
export const SLIDE_LIMITS = { titleChars: 70, topLevelItems: 7, tableRows: 6, tableColumns: 4, paragraphWords: 60 } as const;

interface Node {
	type: string;
	children?: Node[];
	value?: string;
	depth?: number;
	ordered?: boolean;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
}

export class DeckError extends Error {}

/**
 * Parses a deck body. `file` and `lineOffset` (lines before the body, i.e. the frontmatter)
 * make error messages point at the right line of the right file.
 */
export function parseDeck(body: string, file: string, lineOffset = 0): Slide[] {
	const root = mdxToMdast(body, { features: { gfm: true } }) as unknown as Node;
	const where = (n: Node | undefined) => `${file}:${(n?.position?.start.line ?? 0) + lineOffset}`;
	const fail = (n: Node | undefined, msg: string): never => {
		throw new DeckError(`${where(n)}: ${msg}`);
	};

	const groups: Node[][] = [[]];
	for (const node of root.children ?? []) {
		if (node.type === 'thematicBreak') groups.push([]);
		else groups.at(-1)!.push(node);
	}

	const slides: Slide[] = [];
	for (const group of groups) {
		if (group.length === 0) fail(undefined, `slide ${slides.length + 1} is empty (two "---" in a row, or a "---" at the start or end)`);
		const [heading = {} as Node, ...rest] = group;
		if (heading.type !== 'heading' || heading.depth !== 2) fail(heading, 'a slide must start with a "## title" heading');
		const title = plainText(heading, fail);
		if (!title) fail(heading, 'the slide title is empty');
		if (title.length > SLIDE_LIMITS.titleChars) fail(heading, `the slide title has ${title.length} characters (max ${SLIDE_LIMITS.titleChars})`);

		const blocks: Block[] = [];
		let notes: string[] | undefined;
		for (const node of rest) {
			if (node.type === 'mdxJsxFlowElement' && node.name === 'Notes') {
				if (notes) fail(node, 'a slide has two <Notes> blocks');
				notes = (node.children ?? []).map((p) => {
					if (p.type !== 'paragraph') fail(p, '<Notes> may contain only plain paragraphs');
					return plainText(p, fail);
				});
			} else blocks.push(toBlock(node, fail));
		}
		if (!notes?.length) fail(heading, `slide "${title}" has no <Notes> for the trainer`);
		const topItems = blocks.flatMap((b) => (b.kind === 'list' ? b.items.filter((i) => i.level === 0) : []));
		if (topItems.length > SLIDE_LIMITS.topLevelItems) fail(heading, `slide "${title}" has ${topItems.length} bullets (max ${SLIDE_LIMITS.topLevelItems}); split it`);
		slides.push({ number: slides.length + 1, title, blocks, notes: notes!, line: (heading.position?.start.line ?? 0) + lineOffset });
	}
	return slides;
}

type Fail = (n: Node | undefined, msg: string) => never;

function toBlock(node: Node, fail: Fail): Block {
	switch (node.type) {
		case 'paragraph': {
			const runs = toRuns(node.children ?? [], fail);
			const words = runs.map((r) => r.text).join('').split(/\s+/).filter(Boolean).length;
			if (words > SLIDE_LIMITS.paragraphWords) fail(node, `a slide paragraph has ${words} words (max ${SLIDE_LIMITS.paragraphWords})`);
			return { kind: 'paragraph', runs };
		}
		case 'list':
			return { kind: 'list', ordered: !!node.ordered, items: listItems(node, 0, fail) };
		case 'table': {
			const [head = [], ...body] = (node.children ?? []).map((row) => (row.children ?? []).map((cell) => toRuns(cell.children ?? [], fail)));
			if (head.length > SLIDE_LIMITS.tableColumns) fail(node, `a slide table has ${head.length} columns (max ${SLIDE_LIMITS.tableColumns})`);
			if (body.length > SLIDE_LIMITS.tableRows) fail(node, `a slide table has ${body.length} rows (max ${SLIDE_LIMITS.tableRows})`);
			return { kind: 'table', header: head, rows: body };
		}
		case 'heading':
			return fail(node, 'only one heading per slide ("## title"); use a bullet or a new slide');
		case 'mdxJsxFlowElement':
			return fail(node, `<${node.name}> is not allowed in a deck (only <Notes> and inline <Cite>)`);
		default:
			return fail(node, `"${node.type}" is not allowed in a deck (lists, paragraphs, tables and <Notes> only)`);
	}
}

function listItems(list: Node, level: 0 | 1, fail: Fail): ListItem[] {
	const items: ListItem[] = [];
	for (const li of list.children ?? []) {
		for (const child of li.children ?? []) {
			if (child.type === 'paragraph') items.push({ runs: toRuns(child.children ?? [], fail), level });
			// A bullet that is only a <Cite /> parses as a block-level element; it is still one line of text.
			else if (child.type === 'mdxJsxFlowElement' && child.name === 'Cite') items.push({ runs: [{ text: '', cite: citeOf(child, fail) }], level });
			else if (child.type === 'list') {
				if (level === 1) fail(child, 'bullets may be nested one level only');
				items.push(...listItems(child, 1, fail));
			} else fail(child, `"${child.type}" is not allowed inside a bullet`);
		}
	}
	return items;
}

function toRuns(nodes: Node[], fail: Fail, style: { bold?: boolean; italic?: boolean } = {}): Run[] {
	const runs: Run[] = [];
	for (const n of nodes) {
		if (n.type === 'text') runs.push({ text: n.value ?? '', ...style });
		else if (n.type === 'break') runs.push({ text: ' ', ...style });
		else if (n.type === 'strong') runs.push(...toRuns(n.children ?? [], fail, { ...style, bold: true }));
		else if (n.type === 'emphasis') runs.push(...toRuns(n.children ?? [], fail, { ...style, italic: true }));
		else if (n.type === 'mdxJsxTextElement' && n.name === 'Cite') runs.push({ text: '', cite: citeOf(n, fail), ...style });
		else fail(n, `"${n.type === 'mdxJsxTextElement' ? `<${n.name}>` : n.type}" is not allowed in slide text (bold, italic and <Cite> only)`);
	}
	// Adjacent runs with the same style merge, so PPTX gets one run per style change.
	const merged = runs.reduce<Run[]>((out, r) => {
		const last = out.at(-1);
		if (last && !last.cite && !r.cite && last.bold === r.bold && last.italic === r.italic) last.text += r.text;
		else out.push({ ...r });
		return out;
	}, []);
	if (style.bold || style.italic) return merged; // quotes are settled once, on the whole line
	// Quotes as “ ”, as in the site's Markdown; a quote's side depends on the text before it,
	// which may end in the previous run ("**Không**" then " ép").
	let before = '';
	return merged.map((r) => {
		if (r.cite) {
			before = 'x';
			return r;
		}
		const text = smartQuotes(r.text.normalize('NFC'), before);
		before = text || before;
		return { ...r, text };
	});
}

function citeOf(n: Node, fail: Fail): Citation {
	const get = (name: string) => {
		const a = n.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
		if (!a) return undefined;
		return typeof a.value === 'string' ? a.value : (a.value as { value?: string } | undefined)?.value;
	};
	const doc = get('doc');
	if (!doc) fail(n, '<Cite> needs doc="…"');
	const num = (name: string) => {
		const v = get(name);
		if (v === undefined) return undefined;
		if (!/^\s*\d+\s*$/.test(v)) fail(n, `<Cite ${name}={…}> must be a number`);
		return Number(v);
	};
	return { doc: doc!, article: num('article'), clause: num('clause') };
}

function plainText(node: Node, fail: Fail): string {
	return toRuns(node.children ?? [], fail)
		.map((r) => (r.cite ? `[${r.cite.doc}]` : r.text))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Fills every citation run's text with its label ("Điều 5 Luật Hòa giải ở cơ sở"). */
export function resolveSlideCitations(slides: Slide[], label: (c: Citation) => string): Slide[] {
	const fix = (runs: Run[]) => runs.map((r) => (r.cite ? { ...r, text: label(r.cite) } : r));
	return slides.map((s) => ({
		...s,
		blocks: s.blocks.map((b) =>
			b.kind === 'list'
				? { ...b, items: b.items.map((i) => ({ ...i, runs: fix(i.runs) })) }
				: b.kind === 'paragraph'
					? { ...b, runs: fix(b.runs) }
					: { ...b, header: b.header.map(fix), rows: b.rows.map((row) => row.map(fix)) },
		),
	}));
}

/** Every citation in the slides, for the build's registry check. */
export function slideCitations(slides: Slide[]): (Citation & { line: number })[] {
	const out: (Citation & { line: number })[] = [];
	const take = (runs: Run[], line: number) => runs.forEach((r) => r.cite && out.push({ ...r.cite, line }));
	for (const s of slides)
		for (const b of s.blocks) {
			if (b.kind === 'list') b.items.forEach((i) => take(i.runs, s.line));
			else if (b.kind === 'paragraph') take(b.runs, s.line);
			else [b.header, ...b.rows].forEach((row) => row.forEach((cell) => take(cell, s.line)));
		}
	return out;
}

/** The text of a run list, for alt text, search and tests. */
export const runsText = (runs: Run[]) => runs.map((r) => r.text).join('');

const runsChars = (runs: Run[]) => runs.reduce((n, r) => n + r.text.length, 0);
/** Rough amount of text in a block, for sizing (a bullet counts extra for its indent and spacing). */
export const blockChars = (b: Block) =>
	b.kind === 'list' ? b.items.reduce((n, i) => n + runsChars(i.runs) + 20, 0) : b.kind === 'paragraph' ? runsChars(b.runs) : (b.rows.length + 1) * 60;

/**
 * Body text size in points on a 960 × 540 pt slide, from how much text the slide carries, so text
 * fits without PowerPoint's auto-fit (which only acts after an edit). The HTML views use the same
 * size as a share of the slide width, so all outputs break lines alike.
 */
export function slideBodySize(slide: Slide): number {
	const chars = slide.blocks.reduce((n, b) => n + blockChars(b), 0);
	return chars > 520 ? 18 : chars > 380 ? 20 : chars > 240 ? 22 : 24;
}
