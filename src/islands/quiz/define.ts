import { defineElement } from '../../lib/define-element';
import { CourseQuizElement } from './quiz-element';

/** Registers <course-quiz>. Importing quiz-element.ts alone has no side effect; this module does. */
declare global {
	interface HTMLElementTagNameMap {
		'course-quiz': CourseQuizElement;
	}
}

// Without the element the quiz stays readable: answers are in <details>.
defineElement('course-quiz', CourseQuizElement);
