/** Marks the deck idle after a few seconds without the mouse, so full screen shows the slide alone. */
export function watchIdle(root: HTMLElement, delay = 3000): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const wake = () => {
		root.classList.remove('is-idle');
		clearTimeout(timer);
		timer = setTimeout(() => root.classList.add('is-idle'), delay);
	};
	for (const type of ['mousemove', 'pointerdown', 'focusin']) document.addEventListener(type, wake, { passive: true });
	wake();
}
