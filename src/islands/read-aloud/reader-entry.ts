import { Reader } from './reader';

// The reader's bundle (a classic script, built by build-bundle.ts): it starts on the host whose
// Listen button was pressed (the loader marked it) and from then on handles that button itself.
for (const host of document.querySelectorAll<HTMLElement>('[data-read-aloud][data-read-aloud-loading]')) {
	try {
		new Reader(host).start();
	} catch (error) {
		console.warn('read aloud could not start', error);
	}
}
