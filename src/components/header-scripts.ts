import { initSearchLoader } from './search/search-loader';
import { initReadAloudLoader } from '../islands/read-aloud/loader';
import { startAll } from '../lib/start-all';
import { initTextSize } from './text-size/text-size';
import { initLanguageSwitch } from './language/language-choice';

// Each starts on its own: one failing leaves the others working.
try {
	initSearchLoader();
} catch (error) {
	console.warn('search loader not started', error);
}
try {
	initReadAloudLoader();
} catch (error) {
	console.warn('read aloud not started', error);
}
startAll('text-size', initTextSize);
// The header's language switch (LanguageSwitch.astro): started here, so it costs the page no file of its own.
startAll('language-switch', initLanguageSwitch);

// The first open of "Menu" or "Search" (toggle does not bubble: listen as it goes down) loads the
// panels' script (header-panels.ts): Escape and a click outside close them.
const header = document.querySelector<HTMLElement>('.site-header');
header?.addEventListener('toggle', () => document.head.append(Object.assign(document.createElement('script'), { src: header.dataset.src })), { capture: true, once: true });
