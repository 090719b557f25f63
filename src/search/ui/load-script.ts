/** Loads a classic script by adding a <script src>: the one way to load code that also works from file://. */
export function loadClassicScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.async = true;
		script.addEventListener('load', () => resolve());
		script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
		document.head.append(script);
	});
}
