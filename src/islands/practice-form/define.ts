import { PracticeFormElement } from './practice-form';

if (!customElements.get('practice-form')) customElements.define('practice-form', PracticeFormElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-form': PracticeFormElement;
	}
}
