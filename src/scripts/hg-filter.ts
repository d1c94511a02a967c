/**
 * <hg-filter>: filters the list items inside it by the select boxes, with AND across facets,
 * and keeps the choice in the query string so a filtered list can be shared or reloaded.
 */
import { applyFacets } from '../lib/facets.ts';

class HgFilter extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('[data-filter-form]');
		if (!form) return;
		const items = [...this.querySelectorAll<HTMLElement>('[data-filter-items] > li')];
		const selects = [...form.querySelectorAll('select')];
		const status = this.querySelector<HTMLElement>('[data-filter-status]')!;
		const noun = this.dataset.noun ?? '';
		form.hidden = false;
		this.querySelector<HTMLElement>('[data-filter-links]')!.hidden = true;

		const params = new URLSearchParams(location.search);
		for (const s of selects) if ([...s.options].some((o) => o.value === params.get(s.name))) s.value = params.get(s.name)!;

		const update = (push: boolean) => {
			const chosen = Object.fromEntries(selects.map((s) => [s.name, s.value || undefined]));
			const shown = new Set(applyFacets(items, chosen, (li, facet) => (li.dataset[`f${facet.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`] ?? '').split(' ')));
			items.forEach((li) => (li.hidden = !shown.has(li)));
			const filtered = selects.some((s) => s.value);
			status.textContent = !filtered
				? `Có ${items.length} ${noun}.`
				: shown.size
					? `Đang hiện ${shown.size} trên ${items.length} ${noun}.`
					: `Không có ${noun} nào khớp với lựa chọn này. Bấm “Bỏ lọc” để xem tất cả.`;
			if (push) {
				const q = new URLSearchParams(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
				history.replaceState(null, '', `${location.pathname}${q.size ? `?${q}` : ''}`);
			}
		};
		form.addEventListener('change', () => update(true));
		form.addEventListener('reset', () => setTimeout(() => update(true)));
		form.addEventListener('submit', (e) => e.preventDefault());
		update(false);
	}
}

customElements.define('hg-filter', HgFilter);
