/**
 * Reads the main text aloud, paragraph by paragraph (long utterances stop early in some browsers),
 * skipping what is not reading matter (navigation, buttons, hidden parts).
 */
export function readAloud(main: HTMLElement, voice: SpeechSynthesisVoice): Promise<void> {
	const blocks = [...main.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, td, th')].filter(
		(el) => el.offsetParent !== null && !el.closest('nav, button, [data-pagefind-ignore], .hg-aids') && !el.querySelector('p, li'),
	);
	return new Promise((resolve) => {
		let i = 0;
		const next = () => {
			const el = blocks[i++];
			if (!el) return resolve();
			const u = new SpeechSynthesisUtterance(el.innerText);
			u.voice = voice;
			u.lang = voice.lang;
			u.onend = next;
			u.onerror = () => resolve();
			speechSynthesis.speak(u);
		};
		next();
	});
}
