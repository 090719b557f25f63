import { PracticeBrowserElement } from './practice-browser';

if (!customElements.get('practice-browser')) customElements.define('practice-browser', PracticeBrowserElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-browser': PracticeBrowserElement;
	}
}
