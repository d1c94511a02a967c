/**
 * <hg-offline>: registers the service worker (src/offline/sw.js) for the site's base path and
 * shows its notice when a newly published build has replaced what this browser kept. Loaded on
 * every page, so it stays small; the save button lives in hg-offline-save.ts.
 */
class HgOffline extends HTMLElement {
	connectedCallback() {
		if (!('serviceWorker' in navigator)) return;
		const base = this.dataset.base ?? '/';
		navigator.serviceWorker.addEventListener('message', (e: MessageEvent<{ type?: string; refreshed?: number }>) => {
			if (e.data?.type !== 'hg-updated') return;
			const notice = this.querySelector<HTMLElement>('[data-hg-update]')!;
			const saved = e.data.refreshed ? ` Các trang đã lưu trên máy (${e.data.refreshed} tệp) cũng đã được tải lại bản mới.` : '';
			notice.querySelector('p')!.textContent = `Nội dung trang web vừa được cập nhật. Nếu trang đang mở đã lâu, hãy tải lại trang để đọc bản mới nhất.${saved}`;
			notice.hidden = false;
		});
		this.querySelector('[data-hg-update] button')?.addEventListener('click', (e) => ((e.currentTarget as HTMLElement).closest<HTMLElement>('[data-hg-update]')!.hidden = true));
		// Registered in a task of its own once the page has loaded, as is usual for service workers:
		// registering takes the main thread several milliseconds (more on a cheap phone), which
		// would otherwise lengthen the task that runs this script while the page is still loading.
		const register = () =>
			setTimeout(() =>
				navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
					/* no worker (private mode, file://): the site still works online */
				}),
			);
		if (document.readyState === 'complete') register();
		else addEventListener('load', register, { once: true });
	}
}
customElements.define('hg-offline', HgOffline);
