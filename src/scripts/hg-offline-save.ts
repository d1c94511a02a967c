/**
 * <hg-offline-save data-manifest="…/offline/cam-nang-phap-luat.json">: "Lưu để đọc khi không có
 * mạng" for a whole handbook. It shows the download size first, then stores every page and file
 * the manifest lists in the cache the service worker reads from when the network fails.
 */
import { formatSize } from '../lib/files.ts';

interface Manifest {
	version: string;
	pages: number;
	bytes: number;
	urls: string[];
}
const CACHE = 'hg-pages';

class HgOfflineSave extends HTMLElement {
	async connectedCallback() {
		if (!('caches' in window) || !('serviceWorker' in navigator)) return;
		const url = this.dataset.manifest!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const button = this.querySelector('button')!;
		let manifest: Manifest;
		try {
			manifest = await (await fetch(url)).json();
		} catch {
			return;
		}
		// The "saved" mark is its own entry: the manifest itself may be in the cache just from being read.
		const mark = `${url}?da-luu=1`;
		const saved = await (await caches.open(CACHE)).match(mark);
		const savedVersion = saved ? ((await saved.json()) as Manifest).version : undefined;
		this.hidden = false;
		const size = formatSize(manifest.bytes);
		// Three states: nothing saved, the saved copy is this version, or an older copy is on the phone.
		const showCurrent = () => {
			status.textContent = `Đã lưu trên máy này: đọc được cả ${manifest.pages} trang khi không có mạng.`;
			button.textContent = `Lưu lại (${size})`;
		};
		if (savedVersion === manifest.version) showCurrent();
		else if (savedVersion) {
			status.textContent = `Máy đang giữ bản cũ của cuốn này. Có bản mới: bấm để lưu bản mới (khoảng ${size}).`;
			button.textContent = `Lưu bản mới (${size})`;
		} else {
			status.textContent = `Lưu ${manifest.pages} trang của cuốn này vào máy (khoảng ${size}) để đọc khi không có mạng.`;
			button.textContent = `Lưu để đọc khi không có mạng (${size})`;
		}
		button.addEventListener('click', async () => {
			button.disabled = true;
			const cache = await caches.open(CACHE);
			let done = 0;
			try {
				// A few at a time: a cheap phone on 3G should not open dozens of requests at once.
				for (let i = 0; i < manifest.urls.length; i += 4) {
					await cache.addAll(manifest.urls.slice(i, i + 4));
					done = Math.min(manifest.urls.length, i + 4);
					status.textContent = `Đang lưu… ${done}/${manifest.urls.length} tệp`;
				}
				await cache.put(mark, new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
				showCurrent();
			} catch {
				status.textContent = `Chưa lưu xong (${done}/${manifest.urls.length} tệp): có thể mạng bị ngắt hoặc máy hết chỗ lưu. Hãy thử lại.`;
			}
			button.disabled = false;
		});
	}
}
customElements.define('hg-offline-save', HgOfflineSave);
