import { defineElement } from '../../lib/define-element';
import { PracticeInboxElement } from './practice-inbox';

defineElement('practice-inbox', PracticeInboxElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-inbox': PracticeInboxElement;
	}
}
