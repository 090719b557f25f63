import { TEXT_SIZE_KEY } from '../../scripts/early-text-size';

type Size = 'normal' | 'large' | 'larger';
const isSize = (v: unknown): v is Size => v === 'normal' || v === 'large' || v === 'larger';

function readSaved(): Size {
	try {
		const saved = localStorage.getItem(TEXT_SIZE_KEY);
		return isSize(saved) ? saved : 'normal';
	} catch {
		return 'normal';
	}
}

/** Enhances the text-size buttons: applies the choice to <html> and remembers it on this device. */
export function initTextSize(root: HTMLElement): void {
	const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-size]')];
	const apply = (size: Size) => {
		if (size === 'normal') delete document.documentElement.dataset.textSize;
		else document.documentElement.dataset.textSize = size;
		for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.size === size));
	};
	apply(readSaved());
	for (const button of buttons) {
		button.addEventListener('click', () => {
			const size = button.dataset.size;
			if (!isSize(size)) return;
			apply(size);
			try {
				if (size === 'normal') localStorage.removeItem(TEXT_SIZE_KEY);
				else localStorage.setItem(TEXT_SIZE_KEY, size);
			} catch {
				// Storage refused (private mode, locked-down browser): the size still applies to this page.
			}
		});
	}
	root.hidden = false;
}
