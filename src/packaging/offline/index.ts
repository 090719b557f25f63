/**
 * The offline edition: turns the built site (dist/) into a copy that works from file:// and zips
 * it. Each concern sits in its own file; this one only wires them. Run by `npm run package`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { OFFLINE_SITE_FOLDER, offlineZipName } from '../../lib/offline-edition';
import { buildClientScripts } from './build-client';
import { showDownloadFigures } from './download-figures';
import { PAGE_SCRIPT } from './page-tweaks';
import { buildSharedScripts } from './bundle-scripts';
import { finishPage, preparePage, type PageContext, type PreparedPage } from './process-page';
import { readmeText, type ReadmeEdition } from './readme';
import { defaultLocale, locales } from '../../i18n/locales';
import { rewriteCssUrls } from './rewrite-url';
import { SHELL_SCRIPT, SHELL_STYLE, shellPage, shellStyle } from './shell-page';
import { belongsInCopy, listFiles } from './site-files';
import { deterministicZip } from './zip';

export interface PackageOptions {
	/** The project's root (for the offline step's own browser scripts). */
	projectRoot: string;
	/** The built site (dist/). The zip is written into it, so the hosted site serves it. */
	siteDir: string;
	/** Where the unzipped offline copy is written (dist-offline/); emptied first. */
	outDir: string;
	/** The base the site was built with: "/" or "/course/". */
	base: string;
	/** The hosted address of the course (course.yaml siteUrl), for "get a newer version". */
	siteUrl?: string;
	courseTitle: string;
	version: string;
	/** When this version was made: the zip's timestamps and the date shown to learners. */
	date: Date;
}

export interface PackageResult {
	zipPath: string;
	zipBytes: number;
	sha256: string;
	files: number;
	pages: number;
	/** Time the step took, without building the site. */
	ms: number;
}

/** The offline copy's files, by their path in the zip, before anything is written. */
export interface OfflineCopy {
	files: Map<string, Uint8Array>;
	/** Pages of the built site in the copy. */
	pages: number;
}

/**
 * Makes the offline copy in memory: every page rewritten for file://, the step's own scripts,
 * the shell page and README.txt. The offline zip and the SCORM package (src/packaging/scorm)
 * are both made from it.
 */
export async function makeOfflineCopy(o: PackageOptions): Promise<OfflineCopy> {
	const siteFiles = listFiles(o.siteDir).filter(belongsInCopy);
	const known = new Set(siteFiles);
	const generated = new Set([PAGE_SCRIPT, SHELL_SCRIPT, SHELL_STYLE]);
	const problems: string[] = [];
	const ctx: PageContext = {
		urls: { base: o.base, exists: (p) => known.has(p) || generated.has(p), problems },
		bundles: { siteDir: o.siteDir, base: o.base },
		generated,
	};

	const copy = new Map<string, Uint8Array>();
	const put = (path: string, data: string | Uint8Array) => copy.set(path, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
	const inSite = (path: string) => `${OFFLINE_SITE_FOLDER}/${path}`;

	const client = buildClientScripts(o.projectRoot);
	// Pages in two halves: the classic scripts are built once from every page's module scripts.
	const prepared: PreparedPage[] = [];
	for (const file of siteFiles) {
		const bytes = readFileSync(join(o.siteDir, file));
		if (file.endsWith('.html')) prepared.push(preparePage(bytes.toString('utf8'), file, ctx));
		else if (file.endsWith('.css')) put(inSite(file), rewriteCssUrls(bytes.toString('utf8'), file, ctx.urls));
		else put(inSite(file), bytes);
	}
	const shared = await buildSharedScripts(prepared.map(({ file, scripts }) => ({ page: file, scripts })), ctx.bundles);
	for (const path of shared.files.keys()) generated.add(path);
	for (const page of prepared) {
		let html = finishPage(page, ctx, shared);
		if (isDownloadPage(page.file)) html = stampDate(html, o.date);
		put(inSite(page.file), html);
	}
	if (problems.length > 0) throw new Error(`The offline copy would have broken addresses:\n- ${[...new Set(problems)].join('\n- ')}`);

	const { shell, page } = await client;
	for (const [path, code] of shared.files) put(inSite(path), code);
	put(inSite(PAGE_SCRIPT), page);
	// The shell opens the course's own "page not found" for an address the copy does not have.
	const pageFiles = siteFiles.filter((f) => f.endsWith('.html'));
	put(inSite(SHELL_SCRIPT), `globalThis.cdsOfflinePages=${JSON.stringify(pageFiles)};\n${shell}`);
	put(inSite(SHELL_STYLE), shellStyle);
	put('index.html', shellPage(o.courseTitle));
	const downloadUrl = o.siteUrl ? new URL('download/', o.siteUrl).href : undefined;
	// The copy's other editions (fr/index.html ...) name themselves in their home page's heading.
	const editions: ReadmeEdition[] = [{ locale: defaultLocale, courseTitle: o.courseTitle }];
	for (const locale of locales.filter((l) => l !== defaultLocale && siteFiles.includes(`${l}/index.html`))) {
		const home = parse(readFileSync(join(o.siteDir, locale, 'index.html'), 'utf8'));
		editions.push({ locale, courseTitle: home.querySelector('h1')?.textContent.trim() || o.courseTitle });
	}
	put('README.txt', readmeText({ editions, version: o.version, date: o.date, downloadUrl }));
	return { files: copy, pages: siteFiles.filter((f) => f.endsWith('.html')).length };
}

export async function packageCourse(o: PackageOptions): Promise<PackageResult> {
	const started = performance.now();
	const { files: copy, pages } = await makeOfflineCopy(o);

	rmSync(o.outDir, { recursive: true, force: true });
	for (const [path, data] of copy) {
		mkdirSync(dirname(join(o.outDir, path)), { recursive: true });
		writeFileSync(join(o.outDir, path), data);
	}
	const zip = deterministicZip(copy, o.date);
	const zipPath = join(o.siteDir, offlineZipName(o.version));
	writeFileSync(zipPath, zip);
	const sha256 = createHash('sha256').update(zip).digest('hex');
	writeHostedFigures(o.siteDir, { size: zip.byteLength, sha256, date: o.date });

	return { zipPath, zipBytes: zip.byteLength, sha256, files: copy.size, pages, ms: performance.now() - started };
}

/** The offline copy's download page shows when its copy was made. */
function stampDate(html: string, date: Date): string {
	const root = parse(html, { comment: true, blockTextElements: { script: true, style: true } });
	return showDownloadFigures(root, { date }) ? root.toString() : html;
}

/** The download page of each language: download/index.html, fr/download/index.html ... */
const isDownloadPage = (file: string) => file === 'download/index.html' || locales.some((l) => file === `${l}/download/index.html`);

/** Writes the zip's size, date and check code into the hosted site's download pages (one a language). */
function writeHostedFigures(siteDir: string, figures: { size: number; sha256: string; date: Date }): void {
	for (const page of ['download/index.html', ...locales.map((l) => `${l}/download/index.html`)]) {
		const file = join(siteDir, page);
		let html: string;
		try {
			html = readFileSync(file, 'utf8');
		} catch {
			continue; // A site (or a language) without a download page: nothing to fill in.
		}
		const root = parse(html, { comment: true, blockTextElements: { script: true, style: true } });
		if (showDownloadFigures(root, figures)) writeFileSync(file, root.toString());
	}
}
