import { t } from '../../i18n/t';
import { OFFLINE_SITE_FOLDER } from '../../lib/offline-edition';

/** Where the shell's script and style sit in the copy (inside the site folder). */
export const SHELL_SCRIPT = '_offline/shell.js';
export const SHELL_STYLE = '_offline/shell.css';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * index.html at the root of the zip: the course's home page in a frame that fills the window.
 * Without JavaScript the frame still shows the course; the script adds shared storage, the
 * page's address and title, and printing.
 */
export function shellPage(courseTitle: string): string {
	const site = OFFLINE_SITE_FOLDER;
	const title = escapeHtml(courseTitle);
	const policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
	return `<!DOCTYPE html>
<html lang="en">
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
<iframe id="course-frame" name="course" title="${escapeHtml(t('offline.frameTitle', { title: courseTitle }))}" src="${site}/index.html"></iframe>
</body>
</html>
`;
}

/** The frame fills the window; the shell has nothing else to show. */
export const shellStyle = `html, body { height: 100%; margin: 0; background: #fff; }
@media (prefers-color-scheme: dark) { html, body { background: #121212; } }
iframe { display: block; width: 100%; height: 100%; border: 0; }
`;
