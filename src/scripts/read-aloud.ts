/**
 * Reads the main text aloud, paragraph by paragraph (long utterances stop early in some browsers),
 * skipping what is not reading matter (navigation, buttons, hidden parts). Stops when `signal` is
 * aborted, whichever event the engine then fires for the utterance it cuts off ("end" in some
 * browsers, "error" in others).
 */
export function readAloud(main: HTMLElement, voice: SpeechSynthesisVoice, signal: AbortSignal): Promise<void> {
	const blocks = [...main.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, td, th')].filter(
		(el) => el.offsetParent !== null && !el.closest('nav, button, [data-pagefind-ignore], .hg-aids') && !el.querySelector('p, li'),
	);
	return new Promise((resolve) => {
		let i = 0;
		const next = () => {
			const el = blocks[i++];
			if (!el || signal.aborted) return resolve();
			const u = new SpeechSynthesisUtterance(el.innerText);
			u.voice = voice;
			u.lang = voice.lang;
			u.onend = next;
			u.onerror = () => resolve();
			speechSynthesis.speak(u);
		};
		signal.addEventListener('abort', () => {
			speechSynthesis.cancel();
			resolve();
		});
		next();
	});
}
