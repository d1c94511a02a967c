import { SiteConfigSchema } from '../schemas/site-config.ts';
import { normalizeBase } from '../lib/paths.ts';

/**
 * The one place that names the publisher. `SITE_URL` and `BASE_PATH` in the environment
 * override the deployment fields at build time, so the same content can be published at `/`
 * or under a portal sub-path such as `/hoa-giai/`.
 *
 * The default identity follows the seed plan (Kế hoạch 147/KH-UBND of Vĩnh Phúc). Since
 * 1/7/2025 Vĩnh Phúc is part of Phú Thọ, so the publisher is the Sở Tư pháp of Phú Thọ.
 * Contact details are left out until the publisher supplies them: we never invent them.
 */
export const siteConfig = SiteConfigSchema.parse({
	name: 'Hòa giải ở cơ sở',
	tagline: 'Cẩm nang, bài giảng và tra cứu pháp luật cho hòa giải viên ở cơ sở',
	province: 'Phú Thọ',
	agency: 'Sở Tư pháp tỉnh Phú Thọ',
	// The newest source of the legal fact sheet the content was checked against (an archive copy of
	// 24/11/2025). Move it forward only when the content has been checked against newer sources.
	legalInfoAsOf: '2025-11-24',
	portal: { name: 'Trang thông tin điện tử phổ biến, giáo dục pháp luật tỉnh Phú Thọ' },
	// SITE_CONTACT_EMAIL turns on the "Trang này có hữu ích không?" e-mail links; there is no default address.
	contact: process.env.SITE_CONTACT_EMAIL ? { email: process.env.SITE_CONTACT_EMAIL } : {},
	siteUrl: process.env.SITE_URL || 'http://127.0.0.1:4321',
	basePath: normalizeBase(process.env.BASE_PATH || '/'),
});
