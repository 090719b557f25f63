import { PracticeBrowserElement } from './practice-browser';

// Browsers without custom elements keep the readable version.
if (typeof customElements !== 'undefined' && !customElements.get('practice-browser')) customElements.define('practice-browser', PracticeBrowserElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-browser': PracticeBrowserElement;
	}
}
