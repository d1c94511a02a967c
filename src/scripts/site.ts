/** The one script every page loads: offline support, reading aids and the "/" search key. */
import './hg-offline.ts';
import { applyStoredSize } from './hg-reading-aids.ts';

applyStoredSize();

// "/" focuses the search box from anywhere on the page (unless the reader is typing).
document.addEventListener('keydown', (e) => {
	const t = e.target as HTMLElement;
	if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
	const inputs = [...document.querySelectorAll<HTMLInputElement>('[data-search-form] input')];
	const box = inputs.find((i) => i.id === 'q') ?? inputs[0];
	if (!box) return;
	e.preventDefault();
	box.focus();
	box.select();
});
