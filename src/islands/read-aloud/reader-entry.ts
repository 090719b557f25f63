import { storageReady } from '../../lib/storage/storage-access';
import { Reader } from './reader';
import { READ_ALOUD_FILES } from './paths';

// The styles sit beside the script: found from the script's own address, so the page needs no second one.
const self = document.currentScript as HTMLScriptElement | null;
if (self?.src) {
	const styles = document.createElement('link');
	styles.rel = 'stylesheet';
	styles.href = new URL(READ_ALOUD_FILES.styles.split('/').pop()!, self.src).href;
	document.head.append(styles);
}

// The reader's bundle (a classic script, built by build-bundle.ts): it starts on the host whose
// Listen button was pressed (the loader marked it) and from then on handles that button itself.
// Storage is ready long before a learner presses Listen; waiting costs nothing and keeps the rule.
void storageReady().then(() => {
	for (const host of document.querySelectorAll<HTMLElement>('[data-read-aloud][data-loading]')) {
		try {
			new Reader(host).start();
		} catch (error) {
			console.warn('read aloud could not start', error);
		}
	}
});
