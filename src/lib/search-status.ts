/** What the search page's status line says once a search is done (src/scripts/hg-search.ts). */
export interface SearchOutcome {
	/** What the reader typed, trimmed; empty when only filters were chosen. */
	raw: string;
	/** What was searched: the query, or a question's topic. */
	asked: string;
	/** Pages found (0 when no page holds any of the query's words). */
	found: number;
	/** A card for an article the query names ("dieu 33 luat hgcs") is shown above the pages. */
	article: boolean;
	/** Query words no page holds, when the other words still found pages. */
	unmatched: readonly string[];
	/** The pages' own terms the everyday words were also searched as ("ly dị" → "ly hôn"). */
	everydayTerms: readonly string[];
	/** At least one filter is chosen. */
	filtered: boolean;
}

const quote = (s: string) => `“${s}”`;

export function searchStatus({ raw, asked, found, article, unmatched, everydayTerms, filtered }: SearchOutcome): string {
	const query = asked === raw ? quote(raw) : `${quote(asked)} (ý chính của câu hỏi ${quote(raw)})`;
	const what = raw ? `cho ${query}` : 'trong mục đã chọn';
	// The article card is not one of the pages counted: say so instead of "0 kết quả" above it.
	if (article && !found) return `Tìm thấy điều luật cần tra; không có trang nào khác khớp với ${query}.`;
	if (!found) return `Không tìm thấy kết quả nào ${what}. Hãy thử từ khác ngắn hơn${filtered ? ', hoặc bỏ bớt bộ lọc' : ''}.`;
	const terms = everydayTerms.length ? ` Đã tìm thêm bằng từ trên trang hay dùng: ${everydayTerms.map(quote).join(', ')}.` : '';
	const partial = unmatched.length
		? ` Không trang nào có ${unmatched.length > 1 ? 'các từ' : 'từ'} ${quote(unmatched.join(' '))}; kết quả dưới đây khớp với các từ còn lại.`
		: '';
	return `Tìm thấy ${found} kết quả${article ? ' (và 1 điều luật)' : ''} ${what}.${terms}${partial}`;
}
