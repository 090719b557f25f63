import { createHash } from 'node:crypto';
import { posix, join } from 'node:path';
import { CLASSIC_SCRIPT } from '../../integrations/classic-script';
import { build, type Plugin } from 'esbuild';

/**
 * Browsers refuse ES module scripts from file:// (they load them as cross-origin requests), so
 * every module script of a page is bundled into one classic script. One bundle per page keeps
 * what modules guarantee: shared code runs once per page, and the scripts run in document order,
 * after the page is parsed (the bundle is loaded with `defer`, which keeps that timing).
 */

/** A module script of a page: a file (site path, as written in src) or an inline body. */
export type ModuleScript = { src: string } | { code: string };

export interface BundleContext {
	/** The built site on disk (dist/). */
	siteDir: string;
	/** The base the site was built with: "/" or "/course/". */
	base: string;
	/** Bundles already made, by the scripts they hold, so pages with the same scripts share one file. */
	cache: Map<string, Promise<string>>;
}

const INLINE = 'cds-inline';

/** Resolves site-absolute imports ("/_astro/x.js", under the base) to the built files. */
function sitePlugin(ctx: BundleContext, inline: string[], pageDir: string): Plugin {
	return {
		name: 'cds-site',
		setup(b) {
			b.onResolve({ filter: new RegExp(`^${INLINE}:`) }, (args) => ({ path: args.path, namespace: INLINE }));
			b.onLoad({ filter: /.*/, namespace: INLINE }, (args) => ({
				contents: inline[Number(args.path.slice(INLINE.length + 1))],
				loader: 'js',
				resolveDir: join(ctx.siteDir, pageDir),
			}));
			b.onResolve({ filter: /^\// }, (args) => {
				if (!args.path.startsWith(ctx.base)) return { errors: [{ text: `"${args.path}" is outside the base ${ctx.base}` }] };
				const sitePath = args.path.slice(ctx.base.length).replace(/[?#].*$/, '');
				// Pagefind does not run from file://: a dynamic import of it is left for the page to skip.
				if (sitePath.startsWith('pagefind/')) return { path: args.path, external: true };
				return { path: join(ctx.siteDir, sitePath) };
			});
		},
	};
}

async function bundle(scripts: ModuleScript[], page: string, ctx: BundleContext): Promise<string> {
	const inline: string[] = [];
	const entry = scripts
		.map((s) => {
			if ('code' in s) return `import "${INLINE}:${inline.push(s.code) - 1}";`;
			return `import ${JSON.stringify(s.src.startsWith('/') ? s.src : posix.join('/', ctx.base, posix.dirname(page), s.src))};`;
		})
		.join('\n');
	const result = await build({
		...CLASSIC_SCRIPT,
		stdin: { contents: entry, resolveDir: ctx.siteDir, sourcefile: `${page} (module scripts)`, loader: 'js' },
		write: false,
		logLevel: 'silent',
		plugins: [sitePlugin(ctx, inline, posix.dirname(page))],
	});
	return result.outputFiles[0]!.text;
}

/** The classic script holding every module script of a page, in document order. */
export function bundlePageScripts(scripts: ModuleScript[], page: string, ctx: BundleContext): Promise<string> {
	const key = JSON.stringify(scripts.map((s) => ('code' in s ? { code: s.code, dir: posix.dirname(page) } : { src: s.src })));
	let made = ctx.cache.get(key);
	if (!made) {
		made = bundle(scripts, page, ctx);
		ctx.cache.set(key, made);
	}
	return made;
}

/** Where a bundle is written in the copy: named by its content, so equal bundles are one file. */
export const bundlePath = (code: string): string => `_offline/scripts/${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
