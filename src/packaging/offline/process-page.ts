import { parse, type HTMLElement } from 'node-html-parser';
import { bundlePageScripts, bundlePath, type BundleContext, type ModuleScript } from './bundle-scripts';
import { inlineBodyHashes, updateCspHashes, type BodyChange } from '../../integrations/csp/csp-hashes';
import { addNotice, addPageScript, markExternalLinks, removeOnlineParts } from './page-tweaks';
import { rewriteHtmlUrls } from './rewrite-html-urls';
import { rewriteJsonUrls } from './rewrite-json-urls';
import { relativePath, type UrlContext } from './rewrite-url';

export interface PageContext {
	urls: UrlContext;
	bundles: BundleContext;
	/** Bundles made so far, by their path in the copy; pages add theirs here. */
	bundleFiles: Map<string, string>;
	/** Paths the step adds to the copy (bundles, its own scripts), so links to them count as existing. */
	generated: Set<string>;
}

const isModule = (el: HTMLElement) => (el.getAttribute('type') ?? '').trim().toLowerCase() === 'module';

/** Replaces the page's module scripts by one deferred classic bundle; returns the inline bodies it removed. */
async function bundleModules(root: HTMLElement, file: string, ctx: PageContext): Promise<string[]> {
	const elements = root.querySelectorAll('script').filter(isModule);
	if (elements.length === 0) return [];
	const scripts: ModuleScript[] = elements.map((el) => (el.hasAttribute('src') ? { src: el.getAttribute('src')! } : { code: el.rawText }));
	const code = await bundlePageScripts(scripts, file, ctx.bundles);
	const path = bundlePath(code);
	ctx.bundleFiles.set(path, code);
	ctx.generated.add(path);
	elements[0]!.replaceWith(`<script defer src="${relativePath(file, path)}"></script>`);
	for (const el of elements.slice(1)) el.remove();
	return scripts.flatMap((s) => ('code' in s ? [s.code] : []));
}

/** Makes one page of the built site work from file://; `file` is its path from the site's root. */
export async function processPage(html: string, file: string, ctx: PageContext): Promise<string> {
	const root = parse(html, { comment: true, blockTextElements: { script: true, style: true } });
	removeOnlineParts(root, file, ctx.urls);
	const removedScripts = await bundleModules(root, file, ctx);
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
