/** Steps of smaller type, from slides.css: a slide with too much on it shrinks rather than hides text. */
const STEPS = ['slide--fit-1', 'slide--fit-2', 'slide--fit-3', 'slide--fit-4'];

const overflows = (slide: HTMLElement) => slide.scrollHeight > slide.clientHeight + 2 || slide.scrollWidth > slide.clientWidth + 2;

/** Makes the type of a shown slide smaller, step by step, until everything fits on the screen. */
export function fitSlide(slide: HTMLElement): void {
	slide.classList.remove(...STEPS);
	for (const step of STEPS) {
		if (!overflows(slide)) return;
		slide.classList.add(step);
	}
}
