import { defineElement } from '../../lib/define-element';
import { PracticeMouseElement } from './practice-mouse';

defineElement('practice-mouse', PracticeMouseElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-mouse': PracticeMouseElement;
	}
}
