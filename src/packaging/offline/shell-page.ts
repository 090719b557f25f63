import { t, type Locale } from '../../i18n/t';
import { OFFLINE_SITE_FOLDER } from '../../lib/offline-edition';

/** Where the shell's script and style sit in the copy (inside the site folder). */
export const SHELL_SCRIPT = '_offline/shell.js';
export const SHELL_STYLE = '_offline/shell.css';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * index.html at the root of the zip: the course in a frame that fills the window. The script
 * opens the page named in the address (index.html#/staying-safe/), so the frame has no src of its
 * own: a second, aborted load of the home page would waste time on a slow computer. Without
 * JavaScript the frame in <noscript> shows the home page instead. `allowfullscreen` lets the
 * trainer's slides (F key) fill the screen from inside the frame. `home` is the zip's language's
 * home inside the site folder ("" for English, "fr/" for French).
 */
export function shellPage(courseTitle: string, locale: Locale = 'en', home = ''): string {
	const site = OFFLINE_SITE_FOLDER;
	const title = escapeHtml(courseTitle);
	const frameTitle = escapeHtml(t('offline.frameTitle', { title: courseTitle }, locale));
	const policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
	return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="icon" href="${site}/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${site}/${SHELL_STYLE}">
<script src="${site}/${SHELL_SCRIPT}"></script>
</head>
<body>
<iframe id="course-frame" name="course" title="${frameTitle}" allowfullscreen></iframe>
<noscript><iframe name="course" title="${frameTitle}" src="${site}/${home}index.html"></iframe></noscript>
</body>
</html>
`;
}

/** The frame fills the window; the shell has nothing else to show. */
export const shellStyle = `html, body { height: 100%; margin: 0; background: #fff; }
@media (prefers-color-scheme: dark) { html, body { background: #121212; } }
iframe { display: block; width: 100%; height: 100%; border: 0; }
/* Until the script gives it a page (never, without JavaScript: the <noscript> frame shows then). */
#course-frame:not([src]) { display: none; }
`;
