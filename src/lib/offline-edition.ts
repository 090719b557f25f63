/**
 * Facts about the offline edition (the zip that works from file://) shared by the build step
 * and by browser code. Safe to import from client code: no Node imports.
 */

/** Attribute the offline step puts on <html> of every page of the offline copy. */
export const OFFLINE_MARKER = 'data-offline-edition';

/** True on a page of the offline copy (whether or not it runs inside the shell page). */
export function isOfflineEdition(doc: Document = document): boolean {
	return doc.documentElement.hasAttribute(OFFLINE_MARKER);
}

/**
 * File name of one language's offline zip for a given course version: course-offline-0.1.0-en.zip,
 * course-offline-0.1.0-fr.zip. One zip a language, so a learner on a slow link downloads only
 * their own language's course.
 */
export const offlineZipName = (version: string, locale: string): string => `course-offline-${version}-${locale}.zip`;

/** True for a zip this step wrote into the site (any version, any language). */
export const isOfflineZipName = (name: string): boolean => /^course-offline-[^/]*\.zip$/.test(name);

/** Folder of the zip that holds the site; the shell page (index.html) sits beside it. */
export const OFFLINE_SITE_FOLDER = 'course';
