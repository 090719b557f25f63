/** The parts of a facilitator guide that the contents list links to, each under its h2. */
export type GuideSection = 'materials' | 'before' | 'room' | 'agenda' | 'lessons' | 'discussion' | 'questions' | 'mouse';

/** The id of a part's heading: one place, so the contents and the headings never disagree. */
export function guideSectionId(section: GuideSection): string {
	return `guide-${section}`;
}
