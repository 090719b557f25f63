import { posix } from 'node:path';

/**
 * Turns the hosted site's addresses into relative ones that work from file://. A browser shows a
 * folder listing (not the page) for a folder address under file://, so folder links get
 * `index.html`; the hosted base (such as /course/) is removed; query and hash are kept.
 */

export interface UrlContext {
	/** The base the site was built with: "/" or "/course/". */
	base: string;
	/** Whether a file exists in the copy, by its decoded path from the copy's root ("a/index.html"). */
	exists(path: string): boolean;
	/** Addresses that point outside the site or at a missing file, with the file that holds them. */
	problems: string[];
	/**
	 * The file of the copy that stands for one the copy leaves out (in a French zip, the French
	 * page for an English page): links to the left-out file lead there.
	 */
	standIn?(path: string): string | undefined;
	/** When given, every file an address resolves to is added to it. */
	used?: Set<string>;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** True for an address the step leaves alone: external, protocol-relative, data:, #anchor or empty. */
export function isExternalOrLocal(url: string): boolean {
	const u = url.trim();
	return u === '' || u.startsWith('#') || u.startsWith('//') || SCHEME.test(u);
}

const decode = (path: string) => {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
};

/**
 * The file an internal address points at, as a path from the copy's root ("glossary/index.html"),
 * and the query and hash that follow it. Undefined for addresses the step leaves alone.
 */
export function siteTarget(url: string, fromFile: string, ctx: UrlContext): { target: string; suffix: string } | undefined {
	const u = url.trim();
	if (isExternalOrLocal(u)) return undefined;
	const [, path = '', suffix = ''] = /^([^?#]*)(.*)$/s.exec(u) ?? [];
	if (path === '') return undefined; // "?q=x" stays on the same page.
	let sitePath: string;
	if (path.startsWith('/')) {
		if (path === ctx.base.slice(0, -1) || path.startsWith(ctx.base)) sitePath = path.slice(ctx.base.length);
		else {
			ctx.problems.push(`${fromFile}: "${url}" is outside the base ${ctx.base} the site was built with.`);
			return undefined;
		}
	} else {
		const joined = posix.normalize(posix.join(posix.dirname(fromFile), path));
		if (joined.startsWith('..')) {
			ctx.problems.push(`${fromFile}: "${url}" points outside the site.`);
			return undefined;
		}
		sitePath = joined === '.' || joined === './' ? '' : joined;
	}
	return { target: resolveFile(sitePath, fromFile, url, ctx), suffix };
}

function resolveFile(sitePath: string, fromFile: string, url: string, ctx: UrlContext): string {
	/** The candidate itself when the copy has it, else the file standing for it (still encoded as written). */
	const found = (candidate: string): string | undefined => {
		const decoded = decode(candidate);
		const standIn = ctx.exists(decoded) ? undefined : ctx.standIn?.(decoded);
		if (!ctx.exists(decoded) && (standIn === undefined || !ctx.exists(standIn))) return undefined;
		ctx.used?.add(standIn ?? decoded);
		return standIn === undefined ? candidate : standIn;
	};
	if (sitePath === '' || sitePath.endsWith('/')) {
		const index = `${sitePath}index.html`;
		const file = found(index);
		if (file === undefined) ctx.problems.push(`${fromFile}: "${url}" points at a missing page (${index}).`);
		return file ?? index;
	}
	for (const candidate of [sitePath, `${sitePath}/index.html`, `${sitePath}.html`]) {
		const file = found(candidate);
		if (file !== undefined) return file;
	}
	ctx.problems.push(`${fromFile}: "${url}" points at a missing file (${sitePath}).`);
	return sitePath;
}

/** The relative address from one file of the copy to another ("../glossary/index.html"). */
export function relativePath(fromFile: string, target: string): string {
	const rel = posix.relative(posix.dirname(fromFile), target) || posix.basename(target);
	// "a:b/c" would read as a scheme: make it plainly relative.
	return rel.split('/')[0]!.includes(':') ? `./${rel}` : rel;
}

/** Rewrites one address written in `fromFile`; addresses the step leaves alone come back unchanged. */
export function rewriteUrl(url: string, fromFile: string, ctx: UrlContext): string {
	const found = siteTarget(url, fromFile, ctx);
	return found ? relativePath(fromFile, found.target) + found.suffix : url;
}

/**
 * Rewrites the address of a folder that client code uses as a base, not as a page to open
 * (`data-search-root-href="/"`: the site root, where the search files and lazy scripts are). It
 * becomes the relative folder ("../../"), whether or not the copy holds that folder's page: the
 * French zip has no English home page, and a base must never lead to a page standing in for it.
 */
export function rewriteFolderUrl(url: string, fromFile: string, ctx: UrlContext): string {
	const anyFolder: UrlContext = { base: ctx.base, exists: () => true, problems: ctx.problems };
	const found = siteTarget(url, fromFile, anyFolder);
	if (!found || !found.target.endsWith('index.html') || !/\/([?#].*)?$/.test(url.trim())) return rewriteUrl(url, fromFile, ctx);
	const folder = found.target.slice(0, -'index.html'.length);
	const rel = posix.relative(posix.dirname(fromFile), folder || '.');
	return `${rel === '' ? '.' : rel}/${found.suffix}`;
}

/** Rewrites every address of a `srcset` ("a.png 1x, b.png 2x"); commas inside an address are kept. */
export function rewriteSrcset(srcset: string, fromFile: string, ctx: UrlContext): string {
	const candidates: string[] = [];
	let rest = srcset;
	while (rest.trim() !== '') {
		rest = rest.replace(/^[\s,]+/, '');
		const url = /^\S+/.exec(rest)?.[0] ?? '';
		rest = rest.slice(url.length);
		// An address ends at whitespace; trailing commas end the candidate (no descriptor).
		const bare = url.replace(/,+$/, '');
		let descriptor = '';
		if (bare === url) {
			const end = rest.indexOf(',');
			descriptor = (end === -1 ? rest : rest.slice(0, end)).trim();
			rest = end === -1 ? '' : rest.slice(end + 1);
		}
		if (bare) candidates.push([rewriteUrl(bare, fromFile, ctx), descriptor].filter(Boolean).join(' '));
	}
	return candidates.join(', ');
}

/** Rewrites `url(...)` and `@import "..."` addresses in CSS (a stylesheet, a <style> body or a style attribute). */
export function rewriteCssUrls(css: string, fromFile: string, ctx: UrlContext): string {
	return css
		.replace(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g, (whole, dq?: string, sq?: string, bare?: string) => {
			const url = dq ?? sq ?? bare ?? '';
			const next = rewriteUrl(url, fromFile, ctx);
			if (next === url) return whole;
			const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
			return `url(${quote}${next}${quote})`;
		})
		.replace(/@import\s+(["'])([^"']+)\1/g, (whole, quote: string, url: string) => {
			const next = rewriteUrl(url, fromFile, ctx);
			return next === url ? whole : `@import ${quote}${next}${quote}`;
		});
}

/** Rewrites the address of a `<meta http-equiv="refresh" content="0;url=/x/">` (Astro's redirects). */
export function rewriteMetaRefresh(content: string, fromFile: string, ctx: UrlContext): string {
	return content.replace(/(;\s*url\s*=\s*['"]?)([^'"]+)/i, (_whole, lead: string, url: string) => lead + rewriteUrl(url.trim(), fromFile, ctx));
}
