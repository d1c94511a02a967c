/**
 * The reading aids on a chapter (src/scripts/hg-reading-aids.ts): the text size, remembered in
 * this browser, and read-aloud, offered only when the browser has a Vietnamese voice.
 */
import { expect, test } from './support.ts';

const CHAPTER = '/cam-nang-phap-luat/bao-luc-gia-dinh/';
const rootSize = (page: import('@playwright/test').Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('the text size steps up and down, within its four sizes, and is kept on the next page', async ({ page }) => {
	await page.goto(CHAPTER);
	const base = await rootSize(page);
	const aids = page.locator('hg-reading-aids');
	await aids.getByRole('button', { name: 'chữ to hơn' }).click();
	await expect(page.locator('html')).toHaveClass(/\bhg-text-2\b/);
	expect(await rootSize(page)).toBeGreaterThan(base);
	await aids.getByRole('button', { name: 'chữ to hơn' }).click();
	await aids.getByRole('button', { name: 'chữ to hơn' }).click(); // already the largest
	await expect(page.locator('html')).toHaveClass(/\bhg-text-3\b/);
	const largest = await rootSize(page);
	// Another page opens at the chosen size.
	await page.goto('/cam-nang-phap-luat/');
	await expect(page.locator('html')).toHaveClass(/\bhg-text-3\b/);
	expect(await rootSize(page)).toBe(largest);
	await page.goto(CHAPTER);
	await aids.getByRole('button', { name: 'cỡ chữ mặc định' }).click();
	await expect(page.locator('html')).toHaveClass(/\bhg-text-1\b/);
	expect(await rootSize(page)).toBe(base);
	for (let i = 0; i < 3; i++) await aids.getByRole('button', { name: 'chữ nhỏ hơn' }).click();
	await expect(page.locator('html')).toHaveClass(/\bhg-text-0\b/);
	expect(await rootSize(page)).toBeLessThan(base);
	await expect(page.locator('html')).not.toHaveClass(/\bhg-text-[123]\b/);
});

test('read-aloud is not offered without a Vietnamese voice', async ({ page }) => {
	// This Chromium has no speech voices; an English one is added so the choice is real.
	// The page's asks are counted, so the test looks at the button only once the voices were seen.
	await page.addInitScript(() => {
		const english = { lang: 'en-US', name: 'English', voiceURI: 'en', default: true, localService: true };
		const w = window as unknown as { voiceAsks: number };
		w.voiceAsks = 0;
		Object.defineProperty(speechSynthesis, 'getVoices', { value: () => (w.voiceAsks++, [english]) });
	});
	await page.goto(CHAPTER);
	await expect.poll(() => page.evaluate(() => (window as unknown as { voiceAsks: number }).voiceAsks)).toBeGreaterThan(0);
	await expect(page.locator('[data-speak]')).toBeHidden();
});

for (const onCancel of ['end', 'error'] as const) {
test(`with a Vietnamese voice, read-aloud reads the chapter in order, without the page furniture, and stops on a second press (cancel fires "${onCancel}")`, async ({ page }) => {
	// The browser's speech engine stands in here: a Vietnamese voice, and utterances recorded and
	// "spoken" in 20 ms each, one after another as the engine does. Cancelling fires "end" on the
	// utterance cut off in some browsers and "error" in others: both are tried.
	await page.addInitScript((onCancel) => {
		const voice = { lang: 'vi-VN', name: 'Tiếng Việt', voiceURI: 'vi', default: true, localService: true };
		const spoken: { text: string; lang: string }[] = [];
		(window as unknown as { spoken: typeof spoken }).spoken = spoken;
		class Utterance {
			text: string;
			lang = '';
			voice: unknown = null;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(text: string) {
				this.text = text;
			}
		}
		let timer: ReturnType<typeof setTimeout> | undefined;
		let current: Utterance | undefined;
		const engine = Object.assign(new EventTarget(), {
			speaking: false,
			getVoices: () => [voice],
			speak(u: Utterance) {
				spoken.push({ text: u.text, lang: u.lang });
				engine.speaking = true;
				current = u;
				timer = setTimeout(() => {
					engine.speaking = false;
					current = undefined;
					u.onend?.();
				}, 20);
			},
			cancel() {
				clearTimeout(timer);
				engine.speaking = false;
				const cut = current;
				current = undefined;
				if (cut) setTimeout(() => (onCancel === 'end' ? cut.onend?.() : cut.onerror?.()));
			},
		});
		Object.defineProperty(window, 'speechSynthesis', { value: engine });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
	}, onCancel);
	await page.goto(CHAPTER);
	const speak = page.locator('[data-speak]');
	await expect(speak).toBeVisible();
	await expect(speak).toHaveText('Nghe đọc');
	// The label alone carries the state (no aria-pressed, which screen readers would announce as well).
	await expect(speak).not.toHaveAttribute('aria-pressed');
	await speak.click();
	await expect(speak).toHaveAccessibleName('Dừng đọc');
	await expect(speak).toHaveText('Dừng đọc');
	await expect.poll(() => page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken.length)).toBeGreaterThan(5);
	await speak.click();
	await expect(speak).toHaveAccessibleName('Nghe đọc');
	await expect(speak).toHaveText('Nghe đọc');
	const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
	const count = spoken.length;
	expect(spoken[0]!.text).toBe(await page.locator('main h1').innerText());
	expect(spoken.every((s) => s.lang === 'vi-VN')).toBe(true);
	// The reading aids, the breadcrumbs and the table of contents are not read.
	expect(spoken.some((s) => /Cỡ chữ|Nghe đọc|Trong chương này/.test(s.text))).toBe(false);
	// Stopped: nothing more is spoken.
	await page.waitForTimeout(200);
	expect(await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken.length)).toBe(count);
});
}
