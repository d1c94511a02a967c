/**
 * The files a deck page offers for download. The PPTX is built in the page's own build step
 * (no browser needed) and memoised, so the endpoint and the page that shows its size share one
 * build. The PDFs are printed after the build by src/integrations/deck-exports.ts.
 */
import { siteConfig } from '../config/site.ts';
import { buildPptx } from '../lib/pptx.ts';
import { formatDate } from '../lib/dates.ts';
import { AUDIENCES } from '../schemas/taxonomy.ts';
import type { Deck } from './library.ts';

const built = new Map<string, Promise<Uint8Array>>();

/** Lines on the cover slide: audience, length, version. */
export const coverLines = (deck: Deck) => [
	`Dành cho: ${deck.entry.data.audience.map((a) => AUDIENCES[a]).join('; ')}`,
	`Thời lượng: ${deck.entry.data.durationMinutes} phút · ${deck.slides.length} trang chiếu`,
	`Phiên bản ngày ${formatDate(deck.entry.data.version)}`,
];

export function deckPptx(deck: Deck): Promise<Uint8Array> {
	let p = built.get(deck.entry.id);
	if (!p) {
		p = buildPptx({ title: deck.entry.data.title, coverLines: coverLines(deck), publisher: siteConfig.agency, version: deck.entry.data.version }, deck.slides);
		built.set(deck.entry.id, p);
	}
	return p;
}

/** Paths of a deck's files relative to the site root (no base). */
export const deckFiles = (id: string) => ({
	pptx: `bai-giang/${id}/${id}.pptx`,
	pdf: `bai-giang/${id}/${id}.pdf`,
	handout: `bai-giang/${id}/${id}-tai-lieu.pdf`,
});
