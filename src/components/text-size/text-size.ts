import { TEXT_SIZE_KEY } from '../../scripts/early-text-size';
import { getStorageArea, storageReady } from '../../lib/storage/storage-access';

type Size = 'normal' | 'large' | 'larger';
const isSize = (v: unknown): v is Size => v === 'normal' || v === 'large' || v === 'larger';

function readSaved(): Size | undefined {
	try {
		const saved = getStorageArea()?.getItem(TEXT_SIZE_KEY);
		return isSize(saved) ? saved : undefined;
	} catch {
		return undefined;
	}
}

function save(size: Size): void {
	try {
		const area = getStorageArea();
		if (size === 'normal') area?.removeItem(TEXT_SIZE_KEY);
		else area?.setItem(TEXT_SIZE_KEY, size);
	} catch {
		// Storage refused (private mode, locked-down browser): the size still applies to this page.
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
	// The early script in <head> may already have applied the saved size: show it at once.
	const early = document.documentElement.dataset.textSize;
	apply(isSize(early) ? early : 'normal');
	let chosen = false;
	for (const button of buttons) {
		button.addEventListener('click', () => {
			const size = button.dataset.size;
			if (!isSize(size)) return;
			chosen = true;
			apply(size);
			save(size);
		});
	}
	root.hidden = false;
	// In the offline copy the saved size can arrive a moment later, from the shell page.
	void storageReady().then(() => {
		const saved = readSaved();
		if (!chosen) apply(saved ?? 'normal');
	});
}
