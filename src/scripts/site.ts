/** The one script every page loads: offline support, reading aids and the "/" search key. */
import './hg-offline.ts';
import { applyStoredSize } from './hg-reading-aids.ts';

applyStoredSize();

// On a phone the main navigation is one row that scrolls sideways: show the current section's
// link (scrolling only that row, never the page, which may have opened at an #anchor).
const nav = document.querySelector<HTMLElement>('.hg-header__nav ul');
const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
if (nav && current && nav.scrollWidth > nav.clientWidth) {
	nav.scrollLeft = current.offsetLeft - nav.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
}

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
