/**
 * The shell page (index.html at the root of the offline zip) shows the course in a full-window
 * frame and keeps the learner's saved values in its own storage: pages reach it with postMessage
 * (see src/lib/storage/shell-bridge.ts, installed by client/page.ts). Firefox gives every file:// page its own storage; the
 * shell is always the same file, so what it keeps carries across pages and browser restarts.
 */
import { isFileOrigin, readPageMessage, type ShellMessage } from '../../../lib/storage/shell-protocol';
import { answerPageMessage, shellMemory, type ShellAreas } from '../../../lib/storage/shell-store';
import { OFFLINE_SITE_FOLDER } from '../../../lib/offline-edition';
import { hashToPage, pageToHash } from './shell-address';

const siteRoot = new URL(`${OFFLINE_SITE_FOLDER}/`, location.href).href;
const frame = () => document.getElementById('course-frame') as HTMLIFrameElement | null;
const safely = <T>(get: () => T): T | undefined => {
	try {
		return get();
	} catch {
		return undefined;
	}
};
const areas: ShellAreas = { local: safely(() => window.localStorage), session: safely(() => window.sessionStorage) };
/** Areas whose last write failed, and what they refused: every page is told, not only the one that wrote. */
const memory = shellMemory();
let currentPage: string | undefined;
/** Every page file of the copy (paths inside the site folder), set by the offline step before this script. */
const pages = new Set((globalThis as { cdsOfflinePages?: string[] }).cdsOfflinePages ?? []);
/** The zip's language's home inside the site folder ("" for English, "fr/"), set by the offline step too. */
const home = (globalThis as { cdsOfflineHome?: string }).cdsOfflineHome ?? '';

/**
 * The page the address names; for an English page a French zip leaves out (#/glossary/, a bookmark
 * made in the English copy), the same page in the zip's language, as the copy's links do; for an
 * address the copy does not have (an old bookmark, a renamed lesson), the course's own "page not
 * found" instead of the browser's "file could not be accessed".
 */
function pageFor(hash: string): string | undefined {
	const page = hashToPage(hash, siteRoot);
	if (!page || pages.size === 0) return page;
	const written = page.slice(siteRoot.length);
	let path = written.split(/[?#]/)[0]!;
	try {
		path = decodeURIComponent(path);
	} catch {
		// Keep it as written.
	}
	if (pages.has(path)) return page;
	if (home && pages.has(`${home}${path}`)) return `${siteRoot}${home}${written}`;
	return `${siteRoot}${pages.has(`${home}404.html`) ? home : ''}404.html`;
}

function post(message: ShellMessage): void {
	frame()?.contentWindow?.postMessage(message, '*');
}

/** Shows the page's address and title in the browser's address bar and tab. */
function showPage(href: string, title: string): void {
	currentPage = href.split('#')[0];
	if (title.trim()) document.title = title;
	const hash = pageToHash(href, siteRoot);
	if (!hash || hash === location.hash) return;
	try {
		history.replaceState(null, '', hash);
	} catch {
		location.replace(hash);
	}
}

/** Opens the page named in the shell's address (a bookmark, a reload, an edited address). */
function openFromAddress(): void {
	const page = pageFor(location.hash);
	const iframe = frame();
	if (page && iframe?.contentWindow && page !== currentPage) iframe.contentWindow.location.replace(page);
}

// Listening starts at once (this script runs in <head>), before the frame's page can ask.
window.addEventListener('message', (event) => {
	const win = frame()?.contentWindow;
	if (!win || event.source !== win || !isFileOrigin(event.origin)) return;
	const message = readPageMessage(event.data);
	if (!message) return;
	if (message.type === 'cds:page') return showPage(message.href, message.title);
	const answer = answerPageMessage(message, areas, memory);
	if (answer) post(answer);
});
window.addEventListener('hashchange', openFromAddress);
// Ctrl+P with the shell focused prints the course page, not the empty shell around it.
window.addEventListener('keydown', (event) => {
	if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
		event.preventDefault();
		post({ type: 'cds:print' });
	}
});
// The frame has no page of its own: open the one the address names, or the home page.
document.addEventListener('DOMContentLoaded', () => {
	const iframe = frame();
	if (iframe) iframe.src = pageFor(location.hash) ?? `${siteRoot}${home}index.html`;
});
