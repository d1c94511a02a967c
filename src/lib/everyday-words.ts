/**
 * Everyday words for what the handbooks name with a legal or formal term: a reader types "ly dị",
 * "đánh vợ", "nuôi bố mẹ"; the pages say "ly hôn", "bạo lực gia đình", "phụng dưỡng". The search
 * page also searches the query with the handbook's term in place (src/scripts/hg-search.ts).
 *
 * Only words that mean the term wherever a reader types them are listed. A word that does so only
 * about a mediator ("trả tiền", "lương": "thù lao") needs `about` in the same query: "vay tiền
 * không trả tiền" is a debt, not a mediator's pay. Compared unaccented, as whole words.
 */
import { plain } from './abbreviations.ts';

interface EverydayWords {
	/** What readers type, unaccented. */
	words: string[];
	/** The handbook's term. */
	term: string;
	/** Only in a query that also holds one of these (unaccented). */
	about?: string[];
	/** Not when the next word is one of these: they make another word of the last one ("lương tâm"). */
	unlessNext?: string[];
}

const MEDIATOR = ['hoa giai vien', 'hgv', 'to hoa giai', 'nguoi hoa giai'];

export const EVERYDAY_WORDS: readonly EverydayWords[] = [
	{ words: ['ly di', 'li di', 'bo nhau'], term: 'ly hôn' },
	{ words: ['danh vo', 'danh chong', 'chong danh', 'bi chong danh'], term: 'bạo lực gia đình' },
	{ words: ['nuoi bo me', 'nuoi cha me', 'nuoi me gia', 'nuoi bo gia', 'nuoi ong ba', 'cham soc bo me', 'cham soc cha me'], term: 'phụng dưỡng' },
	{ words: ['tien nuoi con', 'tro cap nuoi con', 'gui tien nuoi con'], term: 'cấp dưỡng' },
	{ words: ['lan dat', 'lan chiem', 'xay lan', 'lan sang'], term: 'ranh giới' },
	// Left behind at death; land parents divide among their children while alive is a gift, not this.
	{ words: ['bo me de lai', 'cha me de lai', 'ong ba de lai'], term: 'thừa kế' },
	{ words: ['karaoke', 'hat to', 'mo loa to'], term: 'tiếng ồn' },
	// "lương" only as pay ("có lương", "tiền lương"), not in "lương tâm", "lương thực".
	{ words: ['duoc tra tien', 'tra tien', 'tien cong', 'co luong', 'tien luong', 'huong luong', 'nhan luong', 'duoc luong', 'phu cap'], term: 'thù lao', about: MEDIATOR, unlessNext: ['tam', 'thien', 'thuc', 'y'] },
];

/**
 * The query with its everyday words replaced by the handbook's terms, the reader's other words
 * kept as typed, and the words replaced (unaccented, for the check of words no result holds);
 * undefined when the query holds none.
 */
export function withHandbookTerms(query: string): { query: string; terms: string[]; replaced: string[] } | undefined {
	let words = query.split(/\s+/).filter((w) => plain(w));
	let keys = words.map((w) => plain(w));
	const line = () => ` ${keys.join(' ')} `;
	const terms: string[] = [];
	const replaced: string[] = [];
	for (const { words: everyday, term, about, unlessNext = [] } of EVERYDAY_WORDS) {
		if (about && !about.some((a) => line().includes(` ${a} `))) continue;
		// The longest form first ("duoc tra tien" before "tra tien").
		for (const form of everyday.toSorted((a, b) => b.length - a.length)) {
			const parts = form.split(' ');
			const at = keys.findIndex((_, i) => parts.every((p, j) => keys[i + j] === p) && !unlessNext.includes(keys[i + parts.length] ?? ''));
			if (at < 0) continue;
			words = [...words.slice(0, at), term, ...words.slice(at + parts.length)];
			keys = [...keys.slice(0, at), plain(term), ...keys.slice(at + parts.length)];
			terms.push(term);
			replaced.push(...parts);
			break;
		}
	}
	return terms.length ? { query: words.join(' '), terms, replaced } : undefined;
}
