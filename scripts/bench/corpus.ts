/**
 * A deterministic synthetic Vietnamese handbook corpus for benchmarks: N chapters of 600–1,200
 * words with headings per article, paragraphs with diacritics, a GFM table, lists, a footnote,
 * a callout and citations, plus the registry entry they cite. Same N → byte-identical files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG, so every run writes the same corpus. */
function prng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = (
	'hòa giải viên tổ hòa giải thôn tổ dân phố các bên tranh chấp mâu thuẫn đất đai ranh giới lối đi ' +
	'thừa kế hôn nhân gia đình vợ chồng con cái cấp dưỡng quyền nghĩa vụ tự nguyện thỏa thuận công bằng ' +
	'khách quan bí mật đời tư bình đẳng giới trẻ em phụ nữ người cao tuổi người khuyết tật Ủy ban nhân dân ' +
	'xã Mặt trận Tổ quốc trưởng ban công tác chủ tịch quyết định công nhận biên bản sổ theo dõi kết quả ' +
	'thành không thành thù lao hỗ trợ kinh phí tập huấn bồi dưỡng kỹ năng lắng nghe thuyết phục giải thích ' +
	'pháp luật phong tục tập quán đạo đức xã hội đoàn kết tương trợ cộng đồng dân cư uy tín dòng họ ' +
	'điều khoản luật nghị định thông tư hướng dẫn thực hiện trách nhiệm phối hợp kiểm tra đánh giá'
).split(' ');

const HEADINGS = ['Khái niệm', 'Điều kiện áp dụng', 'Trình tự thực hiện', 'Ví dụ thường gặp', 'Những điều cần tránh', 'Câu hỏi thảo luận', 'Ghi nhớ'];

export function chapterText(i: number): string {
	const rand = prng(i + 1);
	const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
	const sentence = (n: number) => {
		const w = Array.from({ length: n }, () => pick(WORDS));
		w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
		return `${w.join(' ')}.`;
	};
	const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(10 + Math.floor(rand() * 10))).join(' ');
	const target = 600 + Math.floor(rand() * 600);
	const parts: string[] = [];
	let words = 0;
	let h = 0;
	while (words < target) {
		const title = `${HEADINGS[h % HEADINGS.length]} ${Math.floor(h / HEADINGS.length) + 1}`;
		parts.push(`## Điều ${h + 1}. ${title}`);
		const p1 = paragraph();
		const p2 = paragraph();
		parts.push(p1, p2);
		words += (p1 + p2).split(' ').length;
		if (h === 1) parts.push('| Việc | Ai làm | Thời hạn |\n| --- | --- | --- |\n| Nhận yêu cầu | Tổ trưởng | Trong ngày |\n| Phân công | Tổ trưởng | 01 ngày |\n| Hòa giải | Hòa giải viên | 03 ngày |');
		if (h === 2) parts.push(`- ${sentence(8)}\n- ${sentence(9)}\n  - ${sentence(6)}\n- ${sentence(7)}`);
		if (h === 3) parts.push(`:::callout{type=vi-du}\n${paragraph()}\n:::`);
		h++;
	}
	parts.push(`Căn cứ :cite{doc=luat-mau article=1}.[^1]\n\n[^1]: ${sentence(12)}`);
	return `---
title: Chương thử nghiệm số ${i + 1}
description: Chương văn bản giả lập để đo tốc độ dựng trang và tìm kiếm của trang cẩm nang.
handbook: phap-luat
order: ${i + 1}
audience: [hoa-giai-vien]
topics: [${pick(['dat-dai', 'hon-nhan-gia-dinh', 'thua-ke', 'lang-gieng'])}]
legalBasis:
  - document: luat-mau
    articles: [1]
updated: 2026-01-01
reviewed: 2026-01-01
---

${parts.join('\n\n')}
`;
}

const REGISTRY = `number: 1/2020/QH14
type: luat
issuer: Cơ quan mẫu
title: Luật mẫu dùng cho đo hiệu năng
shortTitle: Luật mẫu
signed: 2020-01-01
status: con-hieu-luc
summary: Văn bản giả lập.
articles:
  - number: 1
    title: Điều mẫu
`;

/** Writes a corpus of `n` chapters under `dir` (replacing what was there) and returns `dir`. */
export function writeCorpus(dir: string, n: number): string {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'cam-nang-phap-luat'), { recursive: true });
	mkdirSync(join(dir, 'van-ban'), { recursive: true });
	writeFileSync(join(dir, 'van-ban/luat-mau.yaml'), REGISTRY);
	for (let i = 0; i < n; i++) writeFileSync(join(dir, `cam-nang-phap-luat/chuong-${String(i + 1).padStart(4, '0')}.md`), chapterText(i));
	return dir;
}
