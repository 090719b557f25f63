import { getStorageArea, storageReady } from '../../lib/storage/storage-access';

/** The projector theme: light or dark, chosen with T, whatever the computer's own setting. */
const KEY = 'cds:projector-theme';
type Theme = 'light' | 'dark';

function current(): Theme {
	const chosen = document.documentElement.dataset.theme;
	if (chosen === 'light' || chosen === 'dark') return chosen;
	return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Applies the theme chosen earlier, once storage can be read (inside the offline shell, after a moment). */
export function applySavedTheme(): void {
	void storageReady().then(() => {
		const saved = getStorageArea('local')?.getItem(KEY);
		if ((saved === 'light' || saved === 'dark') && !document.documentElement.dataset.theme) document.documentElement.dataset.theme = saved;
	});
}

export function toggleTheme(): void {
	const next: Theme = current() === 'dark' ? 'light' : 'dark';
	document.documentElement.dataset.theme = next;
	try {
		getStorageArea('local')?.setItem(KEY, next);
	} catch {
		// Not saved: the theme still applies until the page closes.
	}
}
