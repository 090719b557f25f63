import { PracticeInboxElement } from './practice-inbox';

// Browsers without custom elements keep the readable version.
if (typeof customElements !== 'undefined' && !customElements.get('practice-inbox')) customElements.define('practice-inbox', PracticeInboxElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-inbox': PracticeInboxElement;
	}
}
