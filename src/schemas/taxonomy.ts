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
	'vi-pham-nhe': 'Vi phạm pháp luật nhẹ',
	'lien-thon': 'Tranh chấp giữa hai thôn',
} as const;

/** Fields of model practices ("lĩnh vực" of a mô hình), shaped by the tasks of the provincial plan. */
export const PRACTICE_FIELDS = {
	'chi-dao-diem': 'Xã điểm, chỉ đạo điểm',
	'ho-tro-chuyen-mon': 'Hỗ trợ của người làm công tác pháp luật',
	'giao-luu': 'Giao lưu, diễn đàn',
	'hoi-thi': 'Hội thi hòa giải viên giỏi',
	'truyen-thong': 'Truyền thông, mạng xã hội',
	'to-chuc-to': 'Tổ chức, kiện toàn tổ hòa giải',
	'binh-dang-gioi': 'Bình đẳng giới, nhóm yếu thế',
	'boi-duong': 'Bồi dưỡng kỹ năng',
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

/** A practice field slug from {@link PRACTICE_FIELDS}. */
export const PracticeFieldSchema = z.enum(keysOf(PRACTICE_FIELDS));

export type Topic = z.infer<typeof TopicSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
