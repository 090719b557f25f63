/** Shows the page's contents list, without the links to parts that are hidden (they did not start). */
export function renderContents(nav: HTMLElement): void {
	for (const item of nav.querySelectorAll<HTMLElement>('[data-target]')) {
		const target = document.getElementById(item.dataset.target ?? '');
		item.hidden = !target || target.closest('[hidden]') !== null;
	}
	nav.hidden = false;
}
