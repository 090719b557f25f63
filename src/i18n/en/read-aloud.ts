/**
 * Strings of the Listen control (src/islands/read-aloud). The Listen button's label is in the
 * page; the reader (browser code, loaded on first press) reads the others from here.
 */
export const readAloud = {
	'readAloud.listen': 'Listen',
	'readAloud.controls': 'Read aloud',
	'readAloud.pause': 'Pause',
	'readAloud.resume': 'Resume',
	'readAloud.back': 'Back a sentence',
	'readAloud.next': 'Next sentence',
	'readAloud.stop': 'Stop',
	'readAloud.speed': 'Speed',
	'readAloud.slower': 'Slower',
	'readAloud.normal': 'Normal',
	'readAloud.faster': 'Faster',
	'readAloud.voice': 'Voice',
	'readAloud.online': '{name} (needs the internet)',
	'readAloud.tip': 'Tip: click a paragraph to read from there.',
	'readAloud.reading': 'Reading',
	'readAloud.paused': 'Paused',
	'readAloud.stopped': 'Stopped',
	'readAloud.finished': 'Finished reading',
	'readAloud.failed': 'The voice stopped. Press Resume to try again.',
} as const;
