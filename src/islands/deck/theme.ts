import { getStorageArea } from '../../lib/storage/storage-access';

/** The projector theme: light or dark, chosen with T, whatever the computer's own setting. */
const KEY = 'cds:projector-theme';
type Theme = 'light' | 'dark';

function current(): Theme {
	const chosen = document.documentElement.dataset.theme;
	if (chosen === 'light' || chosen === 'dark') return chosen;
	return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applySavedTheme(): void {
	const saved = getStorageArea('local')?.getItem(KEY);
	if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
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
