import { defineElement } from '../../lib/define-element';
import { PracticeKeysElement } from './practice-keys';

defineElement('practice-keys', PracticeKeysElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-keys': PracticeKeysElement;
	}
}
