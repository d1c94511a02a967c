import { z } from 'astro/zod';
import { keysOf } from './common.ts';

/**
 * Closed vocabularies shared by every content type. Each key is the ASCII slug
 * stored in frontmatter and used in URLs; each value is the label readers see.
 */
export const TOPICS = {
	'to-chuc-hoa-giai': 'Tổ chức hòa giải ở cơ sở',
	'hoa-giai-vien': 'Hòa giải viên, tổ hòa giải',
	'quy-trinh': 'Trình tự hòa giải',
	'kinh-phi': 'Kinh phí, thù lao',
	'cong-nhan-ket-qua': 'Công nhận kết quả hòa giải',
	'quan-ly-nha-nuoc': 'Quản lý nhà nước',
	'dat-dai': 'Đất đai',
	'loi-di': 'Lối đi, ranh giới',
	'hon-nhan-gia-dinh': 'Hôn nhân và gia đình',
	'thua-ke': 'Thừa kế',
	'lang-gieng': 'Quan hệ láng giềng',
	'bao-luc-gia-dinh': 'Bạo lực gia đình',
	'dan-su': 'Vay mượn, hợp đồng, dân sự',
	'ky-nang': 'Kỹ năng hòa giải',
} as const;

export const AUDIENCES = {
	'hoa-giai-vien': 'Hòa giải viên',
	'tap-huan-vien': 'Tập huấn viên',
	'can-bo-xa': 'Lãnh đạo UBND xã, công chức tư pháp – hộ tịch',
} as const;


/** A topic slug from {@link TOPICS}. */
export const TopicSchema = z.enum(keysOf(TOPICS));
/** An audience slug from {@link AUDIENCES}. */
export const AudienceSchema = z.enum(keysOf(AUDIENCES));

export type Topic = z.infer<typeof TopicSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
