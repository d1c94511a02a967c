import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedbackLinks } from '../../src/lib/feedback.ts';

test('feedback links are e-mails to the publisher naming the page and the answer', () => {
	const { yes, no } = feedbackLinks('pbgdpl@example.gov.vn', 'Trình tự hòa giải', 'https://x.vn/hoa-giai/a/');
	for (const link of [yes, no]) {
		const url = new URL(link);
		assert.equal(url.protocol, 'mailto:');
		assert.equal(url.pathname, 'pbgdpl@example.gov.vn');
		assert.equal(url.searchParams.get('subject'), 'Góp ý: Trình tự hòa giải');
		assert.match(url.searchParams.get('body')!, /^Trang: https:\/\/x\.vn\/hoa-giai\/a\/\n/);
	}
	assert.match(new URL(yes).searchParams.get('body')!, /hữu ích không\? Có/);
	assert.match(new URL(no).searchParams.get('body')!, /hữu ích không\? Chưa/);
});
