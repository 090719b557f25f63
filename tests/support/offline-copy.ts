import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';

/** One language's zip that `npm run package` wrote into a build folder (course-offline-<version>-<locale>.zip). */
export function zipOf(dist = 'dist', locale = 'en'): string {
	const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
	return join(dist, `course-offline-${version}-${locale}.zip`);
}

/** Unzips the course into a new temporary folder, as a learner would; returns the folder. */
export function unzipCourse(zip = zipOf()): string {
	const dir = mkdtempSync(join(tmpdir(), 'cds-offline-copy-'));
	for (const [path, data] of Object.entries(unzipSync(readFileSync(zip)))) {
		if (path.endsWith('/')) continue;
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), data);
	}
	return dir;
}

/** The file:// address of a file of the copy. */
export const fileUrl = (dir: string, path = 'index.html'): string => pathToFileURL(join(dir, path)).href;

/** Every file of a folder, as paths with "/". */
export function filesOf(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Every string value of a JSON text, at any depth; undefined when it is not JSON. */
function jsonStrings(text: string): string[] | undefined {
	const walk = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(walk) : []);
	try {
		return walk(JSON.parse(text));
	} catch {
		return undefined;
	}
}

/**
 * What is wrong with the offline copy at `dir`, checked file by file: an address that is
 * root-absolute, or that points at no file (or at a folder, which file:// shows as a listing),
 * in an attribute, a stylesheet or a JSON data block;
 * a module script; a resource loaded from another website; a Pagefind file.
 */
export function copyProblems(dir: string): string[] {
	const problems: string[] = [];
	const files = filesOf(dir);
	const check = (file: string, url: string, what: string) => {
		const u = url.trim();
		if (u === '' || u.startsWith('#') || u.startsWith('?') || /^(https?|mailto|tel|data):/i.test(u)) return;
		if (u.startsWith('/') || EXTERNAL.test(u)) return problems.push(`${file}: ${what} "${u}" is not a relative address`);
		const target = posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(u.replace(/[?#].*$/, ''))));
		const path = join(dir, target);
		if (target.startsWith('..') || !existsSync(path) || !statSync(path).isFile()) problems.push(`${file}: ${what} "${u}" points at no file`);
	};
	for (const file of files) {
		if (file.startsWith('course/pagefind/')) problems.push(`${file}: Pagefind has no place in the copy`);
		if (file.endsWith('.js') && readFileSync(join(dir, file), 'utf8').includes('serviceWorker')) problems.push(`${file}: a service worker cannot run from file://`);
		if (file.endsWith('.css')) {
			for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) check(file, m[1]!, 'url()');
		}
		if (!file.endsWith('.html')) continue;
		const root = parse(readFileSync(join(dir, file), 'utf8'));
		for (const el of root.querySelectorAll('[href], [src], [action], [poster], [srcset]')) {
			for (const attr of ['href', 'src', 'action', 'poster']) {
				const value = el.getAttribute(attr);
				if (value !== undefined) check(file, value, `${el.rawTagName} ${attr}`);
			}
			for (const candidate of (el.getAttribute('srcset') ?? '').split(',').filter((c) => c.trim())) check(file, candidate.trim().split(/\s+/)[0]!, 'srcset');
			const loads = el.rawTagName !== 'a' && !(el.rawTagName === 'link' && /canonical|alternate/.test(el.getAttribute('rel') ?? ''));
			const source = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
			if (loads && /^(https?:)?\/\//i.test(source)) problems.push(`${file}: ${el.rawTagName} loads "${source}" from the internet`);
		}
		for (const script of root.querySelectorAll('script')) {
			const type = (script.getAttribute('type') ?? '').toLowerCase();
			if (type === 'module') problems.push(`${file}: a module script cannot run from file://`);
			// Addresses handed to client code in data blocks (the course outline behind "Continue").
			if (type !== 'application/json') continue;
			const strings = jsonStrings(script.rawText);
			if (!strings) problems.push(`${file}: a JSON data block does not parse`);
			for (const value of strings ?? []) if (value.startsWith('/') || /\.html([?#]|$)/.test(value)) check(file, value, 'JSON data');
		}
	}
	return problems;
}

/**
 * Pages of the copy at `dir` that no link leads to, following links (and form actions) from the
 * page the shell opens (`home`, a path inside the copy such as "course/fr/index.html"). The
 * "page not found" pages are left aside: the shell opens them for an unknown address.
 */
export function unreachablePages(dir: string, home: string): string[] {
	const pages = filesOf(dir).filter((f) => f.startsWith('course/') && f.endsWith('.html') && !f.endsWith('404.html'));
	const reached = new Set([home]);
	const queue = [home];
	while (queue.length > 0) {
		const file = queue.shift()!;
		const root = parse(readFileSync(join(dir, file), 'utf8'));
		for (const el of root.querySelectorAll('a[href], form[action]')) {
			const url = (el.getAttribute('href') ?? el.getAttribute('action') ?? '').trim();
			if (url === '' || url.startsWith('#') || EXTERNAL.test(url)) continue;
			const target = posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(url.replace(/[?#].*$/, ''))));
			if (target.endsWith('.html') && !reached.has(target)) {
				reached.add(target);
				queue.push(target);
			}
		}
	}
	return pages.filter((p) => !reached.has(p));
}

/** The file a file:// address names (its query and fragment left off); undefined for any other address. */
const fileOfFileUrl = (url: string) => (url.startsWith('file:') ? fileURLToPath(url.replace(/[?#].*$/, '')) : undefined);

/**
 * A load of a file that exists, cut off because the learner moved on (pressed Enter while the
 * search index was loading, left a page while the progress store's script was on its way), is
 * not a fault; a missing file is. `fileOf` names the file an address is served from (file://
 * addresses by default; a test server's own mapping for http).
 */
export function cutOffLoadOfExistingFile(url: string, reason = '', fileOf: (url: string) => string | undefined = fileOfFileUrl): boolean {
	if (!/^(net::ERR_ABORTED|NS_BINDING_ABORTED)$/.test(reason)) return false;
	const file = fileOf(url);
	return file !== undefined && existsSync(file);
}

/**
 * Fails the test on what a learner would see go wrong: a console error, a page error, a content
 * security policy violation, a request that failed or one that left the computer.
 */
export async function guardPage(page: Page, problems: string[]): Promise<void> {
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText;
		if (cutOffLoadOfExistingFile(request.url(), reason)) return;
		problems.push(`request failed: ${request.url()} (${reason})`);
	});
	page.on('request', (request) => {
		if (!/^(file|data|blob|about):/.test(request.url())) problems.push(`request left the computer: ${request.url()}`);
	});
}
