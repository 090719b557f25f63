/**
 * Typed, bubbling events that interactive parts (quizzes, practice simulations, the "mark as done"
 * toggle) dispatch. One progress store listens on the document and saves; components never
 * touch storage themselves.
 */
export interface QuizAnsweredDetail {
	/** Stable lesson id (frontmatter `id`). */
	lessonId: string;
	/** Id of the quiz, or of the practice activity, within the lesson (e.g. "quiz", "practice-inbox"). */
	activityId: string;
	/** Right answers (or tasks done right) in this attempt. */
	score: number;
	/** Questions (or tasks) in the activity. */
	total: number;
}

export interface LessonCompletedDetail {
	lessonId: string;
	/** true when the learner marked the lesson done, false when they took the mark back. */
	done: boolean;
}

export interface LessonVisitedDetail {
	lessonId: string;
}

export interface CourseEventMap {
	'quiz-answered': CustomEvent<QuizAnsweredDetail>;
	'lesson-completed': CustomEvent<LessonCompletedDetail>;
	'lesson-visited': CustomEvent<LessonVisitedDetail>;
}

declare global {
	interface DocumentEventMap extends CourseEventMap {}
	interface HTMLElementEventMap extends CourseEventMap {}
}

/** Dispatches a typed course event from an element; it bubbles up to the document. */
export function dispatchCourseEvent<K extends keyof CourseEventMap>(
	target: EventTarget,
	type: K,
	detail: CourseEventMap[K]['detail'],
): void {
	target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
}
