import { CourseQuizElement } from './quiz-element';

/** Registers <course-quiz>. Importing quiz-element.ts alone has no side effect; this module does. */
declare global {
	interface HTMLElementTagNameMap {
		'course-quiz': CourseQuizElement;
	}
}

export function defineCourseQuiz(registry: CustomElementRegistry = window.customElements): void {
	if (!registry.get('course-quiz')) registry.define('course-quiz', CourseQuizElement);
}

try {
	defineCourseQuiz();
} catch (error) {
	// Without the element the quiz stays readable: answers are in <details>.
	console.warn('quiz not started', error);
}
