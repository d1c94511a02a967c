import type { APIRoute } from 'astro';
import { getDeckPaths } from '../../../data/routes.ts';
import { deckPptx } from '../../../data/deck-files.ts';
import type { Deck } from '../../../data/library.ts';

/** The editable PowerPoint of a deck, written as a static file at build. */
export async function getStaticPaths() {
	return (await getDeckPaths()).map((p) => ({ params: { deck: p.params.deck, file: p.params.deck }, props: p.props }));
}

export const GET: APIRoute = async ({ props }) =>
	new Response(Buffer.from(await deckPptx((props as { deck: Deck }).deck)), {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
	});
