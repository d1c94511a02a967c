import type { HandbookId } from '../schemas/chapter.ts';

export interface Handbook {
	/** URL segment and folder under `content/`. */
	folder: string;
	title: string;
	/** Shown on the handbook index and the home page. */
	description: string;
}

/** The two handbooks; the folder is both `content/<folder>/` and the URL `/<folder>/`. */
export const HANDBOOKS: Record<HandbookId, Handbook> = {
	'phap-luat': {
		folder: 'cam-nang-phap-luat',
		title: 'Cẩm nang pháp luật',
		description:
			'Pháp luật về hòa giải ở cơ sở và những quy định hòa giải viên hay dùng: ai được hòa giải, việc gì được hòa giải, trình tự, quyền lợi và trách nhiệm.',
	},
	'ky-nang': {
		folder: 'cam-nang-ky-nang',
		title: 'Cẩm nang kỹ năng',
		description: 'Các bước và kỹ năng hòa giải: tiếp cận các bên, tìm gốc mâu thuẫn, thuyết phục, ghi sổ và lập văn bản.',
	},
};
