/**
 * Added by the offline step to every page of the offline copy. Inside the shell page it tells the
 * shell which page shows (for the address bar and the window title) and prints the page itself
 * on Ctrl+P. Opened on its own, it shows the tip to open index.html instead.
 */
import { readShellMessage } from '../../../lib/storage/shell-protocol';
import { installOfflineShellBridge } from '../../../lib/storage/shell-bridge';
import { nativeStorageArea } from '../../../lib/storage/storage-access';

// First, before the page's own scripts run: carry storage through the shell page.
try {
	installOfflineShellBridge(nativeStorageArea);
} catch (error) {
	console.warn('offline storage bridge not started', error);
}

try {
	if (window.parent === window) {
		for (const notice of document.querySelectorAll<HTMLElement>('[data-offline-notice]')) notice.hidden = false;
	} else {
		const announce = () => window.parent.postMessage({ type: 'cds:page', href: location.href, title: document.title }, '*');
		announce();
		window.addEventListener('hashchange', announce);
		window.addEventListener('message', (event) => {
			if (event.source === window.parent && readShellMessage(event.data)?.type === 'cds:print') window.print();
		});
		window.addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
				event.preventDefault();
				window.print();
			}
		});
	}
} catch (error) {
	console.warn('offline page script not started', error);
}
