/**
 * Where the reader's files sit, relative to the site root. The build writes them there (see
 * build-bundle.ts); the page gives the script's address in data-src, built with href() (and made
 * relative by the offline step), so they work at a domain root, under a sub-path and from file://.
 */
export const READ_ALOUD_FILES = {
	/** The reader: a classic script, loaded when a learner first presses Listen. */
	script: 'read-aloud/reader.js',
	/** Its controls' styles, written beside it by the same bundle; the reader adds them itself. */
	styles: 'read-aloud/reader.css',
} as const;
