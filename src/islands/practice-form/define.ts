import { defineElement } from '../../lib/define-element';
import { PracticeFormElement } from './practice-form';

defineElement('practice-form', PracticeFormElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-form': PracticeFormElement;
	}
}
