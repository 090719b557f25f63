import { QUIZ_ACTIVITY } from '../../../lib/progress/done-rule';

/**
 * A name for an activity id: "quiz" -> "Quiz", "practice-inbox" -> "Practice (inbox)".
 * Ids come from stored (untrusted) data: the result is only ever set as text.
 */
export function activityLabel(id: string, names: { quiz?: string; practice?: string }): string {
	if (id === QUIZ_ACTIVITY) return names.quiz ?? id;
	const rest = id.replace(/^practice-?/, '').replace(/-/g, ' ');
	return rest ? `${names.practice ?? ''} (${rest})` : (names.practice ?? id);
}
