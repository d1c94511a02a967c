import type { APIRoute } from 'astro';
import { getFormPaths } from '../../../data/routes.ts';
import { getContent } from '../../../data/content.ts';
import type { FormEntry } from '../../../data/library.ts';
import { buildFormDocx, formDocxMeta } from '../../../lib/form-docx.ts';
import { siteConfig } from '../../../config/site.ts';

/** The editable Word file of a form, written at build as bieu-mau/<id>/<id>.docx. */
export async function getStaticPaths() {
	return (await getFormPaths()).map((p) => ({ params: { id: p.params.id, file: p.params.id }, props: p.props }));
}

export const GET: APIRoute = async ({ props }) => {
	const { data } = (props as { form: FormEntry }).form;
	const issuer = (await getContent()).documents.get(data.issuedBy.id)!.data.shortTitle;
	return new Response(Buffer.from(await buildFormDocx(data, formDocxMeta(data, issuer, siteConfig.agency))), {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	});
};
