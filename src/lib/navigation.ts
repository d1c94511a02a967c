/** Ordering and neighbours of handbook chapters. Pure: entries in, plain data out. */

export interface ChapterLike {
	id: string;
	filePath?: string;
	data: { title: string; order: number; handbook: string };
}

/** Chapters by `order`, ties broken by title so the result never depends on file order. */
export function orderChapters<T extends ChapterLike>(chapters: readonly T[]): T[] {
	return chapters.toSorted((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi'));
}

/** The chapter's file name without folder and extension: the last URL segment. */
export function chapterSlug(id: string): string {
	return id.slice(id.lastIndexOf('/') + 1);
}

/**
 * Where each chapter stands in an ordered list, worked out once per list: every chapter page
 * asks, and searching the list each time made a build's cost grow with the square of the
 * chapters (npm run bench, 2,000 chapters).
 */
const positions = new WeakMap<readonly ChapterLike[], Map<string, number>>();

/** The index of chapter `id` in `ordered`, or -1. The list must not change after the first call. */
function positionOf(ordered: readonly ChapterLike[], id: string): number {
	let byId = positions.get(ordered);
	if (!byId) {
		byId = new Map(ordered.map((c, i) => [c.id, i]));
		positions.set(ordered, byId);
	}
	return byId.get(id) ?? -1;
}

/** Previous and next chapter in reading order, or undefined at either end. */
export function neighbours<T extends ChapterLike>(ordered: readonly T[], id: string): { prev?: T; next?: T } {
	const i = positionOf(ordered, id);
	if (i < 0) throw new Error(`chapter "${id}" is not in this handbook`);
	return { prev: ordered[i - 1], next: ordered[i + 1] };
}

/**
 * Problems that frontmatter validation alone cannot see: a chapter in a folder other than
 * its `handbook` says, and two chapters of one handbook with the same `order`.
 */
export function findHandbookProblems(chapters: readonly ChapterLike[], folderOf: (handbook: string) => string): string[] {
	const problems: string[] = [];
	const byOrder = new Map<string, ChapterLike>();
	for (const c of chapters) {
		const where = c.filePath ?? c.id;
		const folder = c.id.split('/')[0];
		if (folder !== folderOf(c.data.handbook)) {
			problems.push(`${where}: handbook "${c.data.handbook}" belongs in content/${folderOf(c.data.handbook)}/, not ${folder}/`);
		}
		const key = `${c.data.handbook}#${c.data.order}`;
		const other = byOrder.get(key);
		if (other) problems.push(`${where}: order ${c.data.order} is already used by ${other.filePath ?? other.id}`);
		else byOrder.set(key, c);
	}
	return problems;
}

/**
 * The slice of a handbook's chapters the sidebar shows: all of them up to `max`, otherwise a
 * window of `max` around the current one, so a chapter page does not grow with the handbook
 * (the handbook index lists everything).
 */
export function chapterWindow<T extends ChapterLike>(ordered: readonly T[], id: string, max = 25): { items: T[]; truncated: boolean } {
	if (ordered.length <= max) return { items: [...ordered], truncated: false };
	const i = Math.max(0, positionOf(ordered, id));
	const start = Math.min(Math.max(0, i - Math.floor(max / 2)), ordered.length - max);
	return { items: ordered.slice(start, start + max), truncated: true };
}
