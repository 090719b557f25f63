/**
 * Registers a custom element once; browsers without custom elements keep the readable version.
 * The element then starts itself through startElement (start-all.ts) from connectedCallback.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
	try {
		if (typeof customElements !== 'undefined' && !customElements.get(name)) customElements.define(name, element);
	} catch (error) {
		console.error(`${name} not defined`, error);
	}
}
