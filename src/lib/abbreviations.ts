/**
 * Abbreviations mediators and officials type, and what they stand for. Keys and values are in
 * plain folded form (lowercase, no marks, đ → d), the form search compares in.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
	hgv: 'hoa giai vien',
	hgcs: 'hoa giai o co so',
	thgcs: 'to hoa giai',
	ubnd: 'uy ban nhan dan',
	hdnd: 'hoi dong nhan dan',
	mttq: 'mat tran to quoc',
	ubmttq: 'uy ban mat tran to quoc',
	nd: 'nghi dinh',
	qd: 'quyet dinh',
	tt: 'thong tu',
	ttlt: 'thong tu lien tich',
	nqlt: 'nghi quyet lien tich',
	blds: 'bo luat dan su',
	blttds: 'bo luat to tung dan su',
	tand: 'toa an nhan dan',
	'hn&gd': 'hon nhan va gia dinh',
	hngd: 'hon nhan va gia dinh',
	pcblgd: 'phong chong bao luc gia dinh',
	blgd: 'bao luc gia dinh',
	tdp: 'to dan pho',
	pbgdpl: 'pho bien giao duc phap luat',
};

/** Plain folded form: lowercase, NFD without marks, đ → d, punctuation other than & / to spaces. */
export function plain(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9&/]+/g, ' ')
		.trim();
}

/** Replaces each abbreviation in a plain query by what it stands for ("luat hgcs" → "luat hoa giai o co so"). */
export function expandAbbreviations(plainQuery: string): string {
	return plainQuery
		.split(' ')
		.map((w) => ABBREVIATIONS[w] ?? w)
		.join(' ');
}

/** The reverse: a spelled-out phrase in a plain query replaced by its abbreviation, or undefined if none. */
export function contractToAbbreviation(plainQuery: string): string | undefined {
	const padded = ` ${plainQuery} `;
	const hit = Object.entries(ABBREVIATIONS)
		.filter(([abbr]) => /^[a-z]+$/.test(abbr))
		.toSorted((a, b) => b[1].length - a[1].length)
		.find(([, full]) => padded.includes(` ${full} `));
	return hit ? padded.replace(` ${hit[1]} `, ` ${hit[0]} `).trim() : undefined;
}
