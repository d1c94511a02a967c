/**
 * <hg-presenter>: turns the stacked slides of the presenter page into a slide show. Keys are the
 * ones clickers send (→ ← PageDown PageUp, space), plus N notes, O overview, F fullscreen, B blank.
 * The current slide's id is in the URL (#trang-5), so a reload or a shared link opens it.
 * Without this script the page is a readable list of slides.
 */
class HgPresenter extends HTMLElement {
	#slides: HTMLElement[] = [];
	#index = 0;
	#root = document.documentElement;

	connectedCallback() {
		this.#slides = [...this.querySelectorAll<HTMLElement>('[data-deck] > .hg-slide')];
		if (!this.#slides.length) return;
		this.#root.classList.add('hg-presenting');
		this.#q('[data-bar]').hidden = false;
		this.#on('[data-prev]', () => this.go(this.#index - 1));
		this.#on('[data-next]', () => this.go(this.#index + 1));
		this.#on('[data-notes]', () => this.#toggle('hg-show-notes', '[data-notes]'));
		this.#on('[data-overview]', () => this.#overview(!this.#root.classList.contains('hg-overview')));
		this.#on('[data-fullscreen]', () => this.#fullscreen());
		this.#on('[data-help]', (b) => {
			const help = this.#q('#hg-presenter-help');
			help.hidden = !help.hidden;
			b.setAttribute('aria-expanded', String(!help.hidden));
		});
		document.addEventListener('keydown', (e) => this.#key(e));
		window.addEventListener('hashchange', () => this.go(this.#fromHash(), false));
		document.addEventListener('fullscreenchange', () => this.#root.classList.toggle('hg-fullscreen', !!document.fullscreenElement));
		this.#slides.forEach((s, i) =>
			s.addEventListener('click', () => {
				if (this.#root.classList.contains('hg-overview')) {
					this.#overview(false);
					this.go(i);
				}
			}),
		);
		this.#swipe();
		// Load every face of the slide font now (each weight and script subset is its own file, fetched
		// on first use), so a slide shown later with the network off still has its letters.
		document.fonts?.forEach((face) => {
			if (face.family.replace(/"/g, '') === 'Arimo') face.load().catch(() => {});
		});
		this.go(this.#fromHash(), false);
	}

	/** Shows slide `i` (clamped), updates the URL and tells screen readers where we are. */
	go(i: number, push = true) {
		this.#index = Math.max(0, Math.min(this.#slides.length - 1, i));
		const overview = this.#root.classList.contains('hg-overview');
		this.#slides.forEach((s, n) => {
			const current = n === this.#index;
			s.hidden = !current && !overview;
			s.setAttribute('aria-current', String(current));
		});
		const slide = this.#slides[this.#index]!; // index is clamped to the slides, and there is at least one
		if (overview) slide.focus();
		// The cover is not numbered, as on the slides themselves and in the PPTX.
		const label = this.#index === 0 ? 'Bìa' : `${this.#index}/${this.#slides.length - 1}`;
		this.#q('[data-count]').textContent = label;
		const title = slide.querySelector('.hg-slide__title')?.textContent ?? '';
		this.#q('[data-live]').textContent = `${this.#index === 0 ? 'Bìa' : `Trang chiếu ${this.#index} trên ${this.#slides.length - 1}`}: ${title}`;
		if (push || location.hash !== `#${slide.id}`) history.replaceState(null, '', `#${slide.id}`);
	}

	#fromHash() {
		const i = this.#slides.findIndex((s) => `#${s.id}` === decodeURIComponent(location.hash));
		return i < 0 ? 0 : i;
	}

	#key(e: KeyboardEvent) {
		if (e.altKey || e.ctrlKey || e.metaKey) return;
		const target = e.target as HTMLElement;
		if (target.closest('input, textarea, select')) return;
		const onButton = target.closest('button, a');
		const overview = this.#root.classList.contains('hg-overview');
		const k = e.key;
		let handled = true;
		if (overview && (k === 'Enter' || k === ' ') && target.classList.contains('hg-slide')) {
			this.#overview(false);
			this.go(this.#slides.indexOf(target));
		} else if (['ArrowRight', 'ArrowDown', 'PageDown'].includes(k) || ((k === ' ' || k === 'Enter') && !onButton)) this.go(this.#index + 1);
		else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(k)) this.go(this.#index - 1);
		else if (k === 'Home') this.go(0);
		else if (k === 'End') this.go(this.#slides.length - 1);
		else if (k === 'n' || k === 'N') this.#toggle('hg-show-notes', '[data-notes]');
		else if (k === 'o' || k === 'O') this.#overview(!overview);
		else if (k === 'Escape' && overview) this.#overview(false);
		else if (k === 'f' || k === 'F') this.#fullscreen();
		else if (k === 'b' || k === 'B' || k === '.') this.#root.classList.toggle('hg-blank');
		else handled = false;
		if (handled) e.preventDefault();
	}

	#overview(on: boolean) {
		this.#root.classList.toggle('hg-overview', on);
		this.#q('[data-overview]').setAttribute('aria-pressed', String(on));
		this.#slides.forEach((s) => {
			if (on) {
				s.hidden = false;
				s.setAttribute('tabindex', '0');
			} else s.removeAttribute('tabindex');
		});
		if (on) this.#slides[this.#index]?.focus();
		else this.go(this.#index, false);
	}

	#toggle(cls: string, button: string) {
		const on = this.#root.classList.toggle(cls);
		this.#q(button).setAttribute('aria-pressed', String(on));
	}

	#fullscreen() {
		if (document.fullscreenElement) void document.exitFullscreen();
		else void document.documentElement.requestFullscreen?.().catch(() => {});
	}

	#swipe() {
		let x0: number | undefined;
		this.addEventListener('pointerdown', (e) => (x0 = e.pointerType === 'mouse' ? undefined : e.clientX));
		this.addEventListener('pointerup', (e) => {
			if (x0 === undefined) return;
			const dx = e.clientX - x0;
			if (Math.abs(dx) > 50) this.go(this.#index + (dx < 0 ? 1 : -1));
			x0 = undefined;
		});
	}

	#q<T extends HTMLElement = HTMLElement>(sel: string) {
		return this.querySelector<T>(sel)!;
	}
	#on(sel: string, fn: (el: HTMLElement) => void) {
		const el = this.#q(sel);
		el.addEventListener('click', () => fn(el));
	}
}

customElements.define('hg-presenter', HgPresenter);
