import { PracticeInboxElement } from './practice-inbox';

if (!customElements.get('practice-inbox')) customElements.define('practice-inbox', PracticeInboxElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-inbox': PracticeInboxElement;
	}
}
