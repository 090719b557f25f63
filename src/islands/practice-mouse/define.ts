import { PracticeMouseElement } from './practice-mouse';

// Browsers without custom elements keep the readable version.
if (typeof customElements !== 'undefined' && !customElements.get('practice-mouse')) customElements.define('practice-mouse', PracticeMouseElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-mouse': PracticeMouseElement;
	}
}
