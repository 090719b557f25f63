import { parse, type HTMLElement } from 'node-html-parser';
import type { BundleContext, ModuleScript, SharedScripts } from './bundle-scripts';
import { inlineBodyHashes, updateCspHashes, type BodyChange } from '../../integrations/csp/csp-hashes';
import { addNotice, addPageScript, markExternalLinks, plainSearchForms, removeAbsentEditions, removeOnlineParts } from './page-tweaks';
import type { Locale } from '../../i18n/locales';
import { pathLocale } from './edition-files';
import { rewriteHtmlUrls } from './rewrite-html-urls';
import { rewriteJsonUrls } from './rewrite-json-urls';
import { relativePath, type UrlContext } from './rewrite-url';

export interface PageContext {
	urls: UrlContext;
	bundles: BundleContext;
	/** Paths the step adds to the copy (scripts, its own files), so links to them count as existing. */
	generated: Set<string>;
	/** The language of the zip being made: its search files are the only ones in the copy. */
	edition: Locale;
}

const isModule = (el: HTMLElement) => (el.getAttribute('type') ?? '').trim().toLowerCase() === 'module';

/** A page read and cleared of its online-only parts, waiting for the classic scripts of every page. */
export interface PreparedPage {
	file: string;
	root: HTMLElement;
	/** Its module scripts, in document order. */
	scripts: ModuleScript[];
}

/** First half of a page's processing: what the shared scripts need to know (its module scripts). */
export function preparePage(html: string, file: string, ctx: PageContext): PreparedPage {
	const root = parse(html, { comment: true, blockTextElements: { script: true, style: true } });
	removeOnlineParts(root, file, ctx.urls);
	removeAbsentEditions(root, file, ctx.urls);
	if (pathLocale(file) !== ctx.edition) plainSearchForms(root);
	const scripts: ModuleScript[] = root
		.querySelectorAll('script')
		.filter(isModule)
		.map((el) => (el.hasAttribute('src') ? { src: el.getAttribute('src')! } : { code: el.rawText }));
	return { file, root, scripts };
}

/** Replaces the page's module scripts by the deferred classic scripts they became; returns the inline bodies it removed. */
function useClassicScripts({ root, file, scripts }: PreparedPage, shared: SharedScripts): string[] {
	const elements = root.querySelectorAll('script').filter(isModule);
	if (elements.length === 0) return [];
	const tags = shared.filesFor(scripts, file).map((path) => `<script defer src="${relativePath(file, path)}"></script>`);
	elements[0]!.replaceWith(tags.join(''));
	for (const el of elements.slice(1)) el.remove();
	return scripts.flatMap((s) => ('code' in s ? [s.code] : []));
}

/** Second half: makes the page work from file://, once the classic scripts of every page are built. */
export function finishPage(page: PreparedPage, ctx: PageContext, shared: SharedScripts): string {
	const { root, file } = page;
	const removedScripts = useClassicScripts(page, shared);
	const changedStyles = rewriteHtmlUrls(root, file, ctx.urls);
	rewriteJsonUrls(root, file, ctx.urls);
	markExternalLinks(root);
	addNotice(root, file);
	addPageScript(root, file);

	const changes: BodyChange[] = [
		...removedScripts.map((before) => ({ directive: 'script-src' as const, before })),
		...changedStyles.map(({ before, after }) => ({ directive: 'style-src' as const, before, after })),
	];
	const csp = root.querySelectorAll('meta').find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
	if (csp && changes.length > 0) csp.setAttribute('content', updateCspHashes(csp.getAttribute('content') ?? '', changes, inlineBodyHashes(root)));
	return root.toString();
}
