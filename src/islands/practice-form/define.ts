import { PracticeFormElement } from './practice-form';

// Browsers without custom elements keep the readable version.
if (typeof customElements !== 'undefined' && !customElements.get('practice-form')) customElements.define('practice-form', PracticeFormElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-form': PracticeFormElement;
	}
}
