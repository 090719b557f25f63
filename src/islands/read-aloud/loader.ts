import { READ_ALOUD_FILES } from './paths';

/**
 * The only read-aloud code a page loads before any interaction (a few hundred bytes): it shows
 * the Listen button when the browser has a voice (voices may arrive late), and on the first
 * press loads the reader, which takes over the button (reader-entry.ts).
 */
export function initReadAloudLoader(): void {
	const host = document.querySelector<HTMLElement>('[data-read-aloud]');
	const speech = window.speechSynthesis;
	const button = host?.querySelector('button');
	if (!host || !speech || !button) return;
	const show = () => {
		if (speech.getVoices().length > 0) button.hidden = false;
	};
	show();
	speech.addEventListener('voiceschanged', show);
	button.addEventListener('click', () => {
		if (host.dataset.readAloudLoading !== undefined) return;
		host.dataset.readAloudLoading = '';
		const root = new URL(host.dataset.readAloudRootHref!, document.baseURI);
		const styles = document.createElement('link');
		const script = document.createElement('script');
		styles.rel = 'stylesheet';
		styles.href = new URL(READ_ALOUD_FILES.styles, root).href;
		script.src = new URL(READ_ALOUD_FILES.script, root).href;
		document.head.append(styles, script);
	});
}
