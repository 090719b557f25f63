/**
 * Where the reader's files sit, relative to the site root. The build writes them there (see
 * build-bundle.ts) and the page loads them from the root it is given (data-read-aloud-root-href,
 * built with href()), so they work at a domain root, under a sub-path and from file://.
 */
export const READ_ALOUD_FILES = {
	/** The reader: a classic script, loaded when a learner first presses Listen. */
	script: 'read-aloud/reader.js',
	/** Its controls' styles, written beside it by the same bundle. */
	styles: 'read-aloud/reader.css',
} as const;
