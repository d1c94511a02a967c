/**
 * <hg-reading-aids>: text size (four sizes, remembered in this browser) and read-aloud through
 * the browser's speech synthesis, offered only when a Vietnamese voice is installed.
 */
// A static import: read-aloud is 0.3 KB gzipped, less than the helper a lazy import() pulls into
// every page as one more request.
import { readAloud } from './read-aloud.ts';

const KEY = 'hg-text-size';
const SIZES = ['hg-text-0', 'hg-text-1', 'hg-text-2', 'hg-text-3'];
const root = document.documentElement;

/** Applies a stored size as early as this script runs, on every page. */
export function applyStoredSize() {
	const n = Number(localStorage.getItem(KEY) ?? 1);
	root.classList.remove(...SIZES);
	root.classList.add(SIZES[Math.max(0, Math.min(3, n))]!);
}

class HgReadingAids extends HTMLElement {
	connectedCallback() {
		this.classList.remove('hg-aids--pending');
		for (const b of this.querySelectorAll<HTMLButtonElement>('[data-size]')) {
			b.addEventListener('click', () => {
				const step = Number(b.dataset.size);
				const now = Number(localStorage.getItem(KEY) ?? 1);
				localStorage.setItem(KEY, String(step === 0 ? 1 : Math.max(0, Math.min(3, now + step))));
				applyStoredSize();
			});
		}
		const speak = this.querySelector<HTMLButtonElement>('[data-speak]')!;
		if (!('speechSynthesis' in window)) return;
		const offer = () => {
			const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('vi'));
			speak.hidden = !voice;
			return voice;
		};
		// Asked in a task of its own: the first call to the speech engine takes a few milliseconds
		// that the page's loading need not wait for (the button stays hidden until then).
		setTimeout(() => {
			offer();
			speechSynthesis.addEventListener('voiceschanged', offer);
		});
		// The reading under way, if any: a second press stops it (not speechSynthesis.speaking, which
		// is false for a moment between two paragraphs).
		let reading: AbortController | undefined;
		speak.addEventListener('click', async () => {
			if (reading) {
				reading.abort();
				return;
			}
			const voice = offer();
			if (!voice) return;
			const current = (reading = new AbortController());
			// The label says what a press does; no aria-pressed as well ("Dừng đọc, đã nhấn" contradicts itself).
			speak.textContent = 'Dừng đọc';
			await readAloud(document.querySelector('main')!, voice, current.signal);
			if (reading === current) reading = undefined;
			speak.textContent = 'Nghe đọc';
		});
	}
}
customElements.define('hg-reading-aids', HgReadingAids);
