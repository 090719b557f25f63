import { defineElement } from '../../lib/define-element';
import { PracticeBrowserElement } from './practice-browser';

defineElement('practice-browser', PracticeBrowserElement);

declare global {
	interface HTMLElementTagNameMap {
		'practice-browser': PracticeBrowserElement;
	}
}
