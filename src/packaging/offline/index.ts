/**
 * The offline edition: turns the built site (dist/) into a copy that works from file:// and zips
 * it. Each concern sits in its own file; this one only wires them. Run by `npm run package`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { OFFLINE_SITE_FOLDER, isOfflineZipName, offlineZipName } from '../../lib/offline-edition';
import { buildClientScripts } from './build-client';
import { showDownloadFigures, type DownloadFigures } from './download-figures';
import { PAGE_SCRIPT } from './page-tweaks';
import { buildSharedScripts } from './bundle-scripts';
import { finishPage, preparePage, type PageContext, type PreparedPage } from './process-page';
import { readmeText } from './readme';
import { defaultLocale, locales, type Locale } from '../../i18n/locales';
import { languageHome } from '../../search/paths';
import { editionFiles, standInPage } from './edition-files';
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

/** One language's zip. */
export interface EditionZip {
	locale: Locale;
	zipPath: string;
	zipBytes: number;
	sha256: string;
	files: number;
	pages: number;
}

export interface PackageResult {
	/** One zip a language, the default language first. */
	editions: EditionZip[];
	/** Time the step took, without building the site. */
	ms: number;
}

/** The offline copy's files, by their path in the zip, before anything is written. */
export interface OfflineCopy {
	files: Map<string, Uint8Array>;
	/** Pages of the built site in the copy. */
	pages: number;
	/** The course's title in the copy's language (its home page's heading). */
	courseTitle: string;
}

/** The languages the built site has an edition of (a home page), the default language first. */
export function siteEditions(siteFiles: readonly string[]): Locale[] {
	return locales.filter((l) => l === defaultLocale || siteFiles.includes(`${l}/index.html`));
}

/**
 * Makes one language's offline copy in memory (see edition-files.ts for what it holds): every
 * page rewritten for file://, the step's own scripts, the shell page (it opens that language's
 * home) and README.txt. The offline zips and the SCORM packages (src/packaging/scorm) are made from it.
 */
export async function makeOfflineCopy(
	o: PackageOptions,
	edition: Locale = defaultLocale,
	allFiles = listFiles(o.siteDir).filter(belongsInCopy),
	client = buildClientScripts(o.projectRoot),
): Promise<OfflineCopy> {
	const chosen = editionFiles(allFiles, edition);
	const sitePages = new Set(allFiles.filter((f) => f.endsWith('.html')));
	const known = new Set([...chosen.pages, ...chosen.files, ...chosen.picturesIfUsed]);
	const generated = new Set([PAGE_SCRIPT, SHELL_SCRIPT, SHELL_STYLE]);
	const problems: string[] = [];
	const used = new Set<string>();
	const ctx: PageContext = {
		urls: { base: o.base, exists: (p) => known.has(p) || generated.has(p), problems, used, standIn: (p) => standInPage(p, edition, sitePages) },
		bundles: { siteDir: o.siteDir, base: o.base },
		generated,
		edition,
	};

	const copy = new Map<string, Uint8Array>();
	const put = (path: string, data: string | Uint8Array) => copy.set(path, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
	const inSite = (path: string) => `${OFFLINE_SITE_FOLDER}/${path}`;

	// Pages in two halves: the classic scripts are built once from every page's module scripts.
	const prepared: PreparedPage[] = [];
	for (const file of chosen.pages) prepared.push(preparePage(readFileSync(join(o.siteDir, file), 'utf8'), file, ctx));
	for (const file of chosen.files) {
		const bytes = readFileSync(join(o.siteDir, file));
		if (file.endsWith('.css')) put(inSite(file), rewriteCssUrls(bytes.toString('utf8'), file, ctx.urls));
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
	// Pictures of the default language that this edition's pages or stylesheets show.
	for (const file of chosen.picturesIfUsed.filter((f) => used.has(f))) put(inSite(file), readFileSync(join(o.siteDir, file)));

	const { shell, page } = await client;
	for (const [path, code] of shared.files) put(inSite(path), code);
	put(inSite(PAGE_SCRIPT), page);
	// The shell opens the edition's home, and its own "page not found" for an address the copy does not have.
	const home = languageHome(edition);
	put(inSite(SHELL_SCRIPT), `globalThis.cdsOfflinePages=${JSON.stringify(chosen.pages)};globalThis.cdsOfflineHome=${JSON.stringify(home)};\n${shell}`);
	put(inSite(SHELL_STYLE), shellStyle);
	// The edition names itself in its home page's heading.
	const homePage = parse(readFileSync(join(o.siteDir, home, 'index.html'), 'utf8'));
	const courseTitle = edition === defaultLocale ? o.courseTitle : homePage.querySelector('h1')?.textContent.trim() || o.courseTitle;
	put('index.html', shellPage(courseTitle, edition, home));
	const downloadUrl = o.siteUrl ? new URL(`${home}download/`, o.siteUrl).href : undefined;
	put('README.txt', readmeText({ editions: [{ locale: edition, courseTitle }], version: o.version, date: o.date, downloadUrl }));
	return { files: copy, pages: chosen.pages.length, courseTitle };
}

/** Writes one zip a language (and the unzipped copies, one folder each under outDir). */
export async function packageCourse(o: PackageOptions): Promise<PackageResult> {
	const started = performance.now();
	const allFiles = listFiles(o.siteDir).filter(belongsInCopy);
	rmSync(o.outDir, { recursive: true, force: true });
	// Zips of earlier versions (or of the single two-language zip) would be served beside the new ones.
	for (const old of readdirSync(o.siteDir).filter(isOfflineZipName)) rmSync(join(o.siteDir, old));
	const editions: EditionZip[] = [];
	// The step's own scripts are the same in every language: built once.
	const client = buildClientScripts(o.projectRoot);
	for (const locale of siteEditions(allFiles)) {
		const { files: copy, pages } = await makeOfflineCopy(o, locale, allFiles, client);
		for (const [path, data] of copy) {
			mkdirSync(dirname(join(o.outDir, locale, path)), { recursive: true });
			writeFileSync(join(o.outDir, locale, path), data);
		}
		const zip = deterministicZip(copy, o.date);
		const zipPath = join(o.siteDir, offlineZipName(o.version, locale));
		writeFileSync(zipPath, zip);
		const sha256 = createHash('sha256').update(zip).digest('hex');
		editions.push({ locale, zipPath, zipBytes: zip.byteLength, sha256, files: copy.size, pages });
	}
	writeHostedFigures(o.siteDir, { date: o.date, zips: Object.fromEntries(editions.map((e) => [e.locale, { size: e.zipBytes, sha256: e.sha256 }])) });
	return { editions, ms: performance.now() - started };
}

/** The offline copy's download page shows when its copy was made. */
function stampDate(html: string, date: Date): string {
	const root = parse(html, { comment: true, blockTextElements: { script: true, style: true } });
	return showDownloadFigures(root, { date }) ? root.toString() : html;
}

/** The download page of each language: download/index.html, fr/download/index.html ... */
const isDownloadPage = (file: string) => file === 'download/index.html' || locales.some((l) => file === `${l}/download/index.html`);

/** Writes the zips' sizes, date and check codes into the hosted site's download pages (one a language). */
function writeHostedFigures(siteDir: string, figures: DownloadFigures): void {
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
