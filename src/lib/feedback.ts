/**
 * "Trang này có hữu ích không?" needs no tracker and no server: each answer is a prefilled e-mail
 * to the publisher's address, naming the page, which the reader can edit before sending.
 */
export function feedbackLinks(email: string, pageTitle: string, pageUrl: string): { yes: string; no: string } {
	const mail = (answer: string, prompt: string) =>
		`mailto:${email}?subject=${encodeURIComponent(`Góp ý: ${pageTitle}`)}&body=${encodeURIComponent(`Trang: ${pageUrl}\nTrang này có hữu ích không? ${answer}\n\n${prompt}\n`)}`;
	return {
		yes: mail('Có', 'Điều gì hữu ích nhất (không bắt buộc):'),
		no: mail('Chưa', 'Bạn tìm điều gì mà chưa thấy, hoặc chỗ nào khó hiểu, chưa đúng:'),
	};
}
