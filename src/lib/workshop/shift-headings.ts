/**
 * Moves every heading down by `by` levels (h2 -> h3 ...), for a lesson shown inside a page
 * that already has its own h1 and h2, such as a module's handout. Stops at h6.
 * The HTML is the build's own rendering, where a "<" in text is always written &lt;, so the
 * heading tags are found without parsing the document (a 1000-lesson build shifts 1000 lessons).
 */
export function shiftHeadings(html: string, by: number): string {
	if (by <= 0) return html;
	return html.replace(/<(\/?)h([1-5])(?=[\s>/])/gi, (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}
