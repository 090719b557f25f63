import { PracticeKeysElement } from './practice-keys';

// Browsers without custom elements keep the readable version.
if (typeof customElements !== 'undefined' && !customElements.get('practice-keys')) customElements.define('practice-keys', PracticeKeysElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-keys': PracticeKeysElement;
	}
}
