/**
 * The inline <script> and <style> bodies of an HTML page, found by one scan through the text
 * instead of a whole-document parse (the policy step reads every built page: a parse per page was
 * its time and the build's memory peak). A body is the text between the opening tag's `>` and the
 * first `</script` or `</style` after it, exactly what a browser hashes. Comments are skipped;
 * a script with a src attribute has no inline body.
 */
export function inlineBodies(html: string): string[] {
	const bodies: string[] = [];
	const opening = /<!--|<(script|style)(?=[\s/>])/gi;
	let match: RegExpExecArray | null;
	while ((match = opening.exec(html))) {
		if (match[1] === undefined) {
			const end = html.indexOf('-->', match.index + 4);
			if (end < 0) break;
			opening.lastIndex = end + 3;
			continue;
		}
		const tag = match[1].toLowerCase();
		const { end, attributes } = openingTag(html, opening.lastIndex);
		if (end < 0) break;
		const closing = new RegExp(`</${tag}`, 'gi');
		closing.lastIndex = end + 1;
		const bodyEnd = closing.exec(html)?.index ?? html.length;
		if (!(tag === 'script' && attributes.has('src'))) bodies.push(html.slice(end + 1, bodyEnd));
		opening.lastIndex = bodyEnd;
	}
	return bodies;
}

/** An opening tag read from `from` (just after its name): where its `>` is (-1 if never) and its attribute names. */
function openingTag(html: string, from: number): { end: number; attributes: Set<string> } {
	const attributes = new Set<string>();
	// A name (with its value), a slash, the closing `>`, or any stray character.
	const attribute = /\s*([^\s/>=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?|\s*\/|\s*>|[^>]/y;
	attribute.lastIndex = from;
	let match: RegExpExecArray | null;
	while ((match = attribute.exec(html))) {
		if (match[1] !== undefined) attributes.add(match[1].toLowerCase());
		else if (match[0].endsWith('>')) return { end: attribute.lastIndex - 1, attributes };
	}
	return { end: -1, attributes };
}
