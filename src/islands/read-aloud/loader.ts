/**
 * The only read-aloud code a page loads before any interaction (about 200 bytes gzip: quiz pages
 * are close to the 6 KB budget). It shows the Listen button when the browser has a voice (voices
 * may arrive late), and on the first press adds the reader's script (data-src, built with href()),
 * which adds its own styles and takes over the button (reader-entry.ts).
 */
export function initReadAloudLoader(): void {
	const host = document.querySelector<HTMLElement>('[data-read-aloud]');
	const button = host?.querySelector('button');
	const speech = window.speechSynthesis;
	if (!button || !speech) return;
	const data = host!.dataset;
	const show = () => {
		if (speech.getVoices().length && !data.loading) button.hidden = false;
	};
	show();
	speech.addEventListener('voiceschanged', show);
	button.addEventListener('click', () => {
		if (!data.loading) document.head.append(Object.assign(document.createElement('script'), { src: data.src }));
		data.loading = '1';
	});
}
