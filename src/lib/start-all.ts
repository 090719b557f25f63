/**
 * The one way client scripts start (the GOV.UK Frontend `createAll` pattern). Markup names its
 * script with `data-module="name"`; `startAll(name, init)` starts each such element once, in its
 * own try/catch, so one failing element leaves the others (and the readable page) working.
 * Custom elements start the same way, from connectedCallback, through `startElement`
 * (and are registered with `defineElement`, in define-element.ts: pages without one load less).
 */

/** Starts one element once: marks it `data-<name>-started` first, so a second call, or a move in the page, leaves it alone. */
export function startElement<E extends HTMLElement>(name: string, root: E, init: (root: E) => void): void {
	const mark = `data-${name}-started`;
	if (root.hasAttribute(mark)) return;
	root.setAttribute(mark, '');
	try {
		init(root);
	} catch (error) {
		console.error(`${name} not started`, error);
	}
}

/** Starts every element with `data-module="name"` in `scope` that is not started yet. */
export function startAll<E extends HTMLElement = HTMLElement>(name: string, init: (root: E) => void, scope: ParentNode = document): void {
	for (const root of scope.querySelectorAll<E>(`[data-module="${name}"]`)) startElement(name, root, init);
}
