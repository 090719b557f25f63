/**
 * The small course outline pages embed at build (a <script type="application/json">, which is
 * data, not code, so the content security policy allows it), so progress views know every current
 * lesson without fetching anything (fetch is blocked from file://).
 */
export interface OutlineLesson {
	id: string;
	title: string;
	/** Address already passed through href(); the offline step makes it relative to the page (rewrite-json-urls.ts). */
	url: string;
}

export interface OutlineModule {
	id: string;
	title: string;
	url: string;
	/** Certificate page of the module. */
	certificate: string;
	lessons: OutlineLesson[];
}

export interface CourseOutline {
	title: string;
	/** Certificate page of the whole course. */
	certificate: string;
	modules: OutlineModule[];
}

export const OUTLINE_ELEMENT_ID = 'cds-outline';

/** JSON safe to put inside <script>: no "</script>" or "<!--" can appear. */
export function outlineJson(outline: CourseOutline): string {
	return JSON.stringify(outline).replace(/</g, '\\u003c');
}

export function allLessons(outline: CourseOutline): OutlineLesson[] {
	return outline.modules.flatMap((m) => m.lessons);
}

/** Reads the outline embedded in the page; an empty outline when there is none. */
export function readOutline(doc: Document = document): CourseOutline {
	try {
		const parsed = JSON.parse(doc.getElementById(OUTLINE_ELEMENT_ID)?.textContent ?? '') as CourseOutline;
		if (Array.isArray(parsed.modules)) return parsed;
	} catch {
		// Fall through: views then show nothing rather than break the page.
	}
	return { title: '', certificate: '', modules: [] };
}
