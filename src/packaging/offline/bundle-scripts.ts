import { createHash } from 'node:crypto';
import { posix, join } from 'node:path';
import { BROWSER_TARGET, CLASSIC_SCRIPT } from '../../integrations/classic-script';
import { build, transform, type Plugin } from 'esbuild';

/**
 * Browsers refuse ES module scripts from file:// (they load them as cross-origin requests), so
 * the module scripts of every page become classic scripts, all built together: each module script
 * (a file or an inline body) is one classic file, and the code several of them share is a chunk
 * file of its own, as the hosted site shares its chunks. Each file registers what it exports in a
 * page-wide registry, and a page loads, with `defer`, the chunks each of its scripts needs and
 * then the script, in document order. That keeps what modules guarantee: shared code runs once per
 * page, scripts run in document order after the page is parsed. And the zip, which compresses each
 * file alone, holds shared code once instead of once in every page's bundle.
 */

/** A module script of a page: a file (site path, as written in src) or an inline body. */
export type ModuleScript = { src: string } | { code: string };

export interface BundleContext {
	/** The built site on disk (dist/). */
	siteDir: string;
	/** The base the site was built with: "/" or "/course/". */
	base: string;
}

/** The classic scripts made from every page's module scripts. */
export interface SharedScripts {
	/** Each file, by its path in the copy (from the site's root). */
	files: Map<string, string>;
	/** The files a page loads, in order, for its module scripts (as `scriptsOfPage` listed them). */
	filesFor(scripts: ModuleScript[], page: string): string[];
}

const ENTRY = 'cds-entry';
/** Where esbuild pretends to write: output names are only used as keys. */
const OUT_DIR = '/cds-offline-scripts';
/** Where the scripts are written in the copy. */
const SCRIPTS_FOLDER = '_offline/scripts';
/** The page-wide registry of what each file exports, by its esbuild output name. */
const REGISTRY = '__cdsOfflineModules';

/** The site path a module script's src points at: "/course/_astro/x.js" (relative srcs resolved). */
const srcPath = (src: string, page: string, base: string) => (src.startsWith('/') ? src : posix.join('/', base, posix.dirname(page), src));

/** One key for equal scripts: the same file, or the same inline body in the same folder. */
function scriptKey(script: ModuleScript, page: string, base: string): string {
	return 'code' in script ? JSON.stringify({ code: script.code, dir: posix.dirname(page) }) : JSON.stringify({ src: srcPath(script.src, page, base) });
}

/** Resolves site-absolute imports ("/_astro/x.js", under the base) to the built files; entries are virtual. */
function sitePlugin(ctx: BundleContext, entries: { contents: string; dir: string }[]): Plugin {
	return {
		name: 'cds-site',
		setup(b) {
			b.onResolve({ filter: new RegExp(`^${ENTRY}:`) }, (args) => ({ path: args.path, namespace: ENTRY }));
			b.onLoad({ filter: /.*/, namespace: ENTRY }, (args) => {
				const entry = entries[Number(args.path.slice(ENTRY.length + 1))]!;
				return { contents: entry.contents, loader: 'js', resolveDir: join(ctx.siteDir, entry.dir) };
			});
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

/** An ES module esbuild wrote as CommonJS: esbuild's own conversion, so exports stay live (getters). */
async function toCommonJs(code: string): Promise<string> {
	return (await transform(code, { format: 'cjs', minify: true, target: BROWSER_TARGET, charset: 'utf8', legalComments: 'none' })).code.trim();
}

/**
 * CommonJS code as a classic script named `name`: it gets `require` from the page-wide registry
 * and registers its exports there under its name. The code runs in a function of its own, so its
 * minified names cannot clash with the wrapper's.
 */
function wrapClassic(name: string, cjs: string): string {
	const need = `(n)=>{var k=n.replace(/^\\.\\//,"");if(!(k in r))throw new Error("offline scripts: "+k+" must load before ${name}");return r[k]}`;
	return `(()=>{var r=globalThis.${REGISTRY}??={},o={exports:{}};(function(module,exports,require){\n${cjs}\n})(o,o.exports,${need});r[${JSON.stringify(name)}]=o.exports})();\n`;
}

/** An ES module esbuild wrote (imports of sibling outputs, exports) as a classic script named `name`. */
export async function asClassicScript(name: string, code: string): Promise<string> {
	return wrapClassic(name, await toCommonJs(code));
}

/** Builds the classic scripts of every module script the pages use (`pages`: each page's scripts, in order). */
export async function buildSharedScripts(pages: { page: string; scripts: ModuleScript[] }[], ctx: BundleContext): Promise<SharedScripts> {
	const entryOf = new Map<string, number>();
	const entries: { contents: string; dir: string }[] = [];
	for (const { page, scripts } of pages) {
		for (const script of scripts) {
			const key = scriptKey(script, page, ctx.base);
			if (entryOf.has(key)) continue;
			entryOf.set(key, entries.length);
			entries.push('code' in script ? { contents: script.code, dir: posix.dirname(page) } : { contents: `import ${JSON.stringify(srcPath(script.src, page, ctx.base))};`, dir: '.' });
		}
	}
	if (entries.length === 0) return { files: new Map(), filesFor: () => [] };

	const result = await build({
		...CLASSIC_SCRIPT,
		format: 'esm',
		splitting: true,
		metafile: true,
		write: false,
		outdir: OUT_DIR,
		entryNames: '[name]',
		chunkNames: 'chunk-[hash]',
		entryPoints: entries.map((_, i) => ({ in: `${ENTRY}:${i}`, out: `script-${i}` })),
		logLevel: 'silent',
		plugins: [sitePlugin(ctx, entries)],
	});

	const nameOf = (outPath: string) => posix.basename(outPath.split('\\').join('/'));
	// What each output imports (siblings only, in import order), and which output each entry became.
	const imports = new Map<string, string[]>();
	const outputOfEntry = new Map<number, string>();
	for (const [outPath, output] of Object.entries(result.metafile.outputs)) {
		const name = nameOf(outPath);
		imports.set(name, output.imports.filter((i) => !i.external && i.kind === 'import-statement').map((i) => nameOf(i.path)));
		// A virtual entry is named "<namespace>:<path>", here "cds-entry:cds-entry:<n>".
		const entry = output.entryPoint?.match(new RegExp(`^${ENTRY}:${ENTRY}:(\\d+)$`))?.[1];
		if (entry !== undefined) outputOfEntry.set(Number(entry), name);
	}
	// Each output is named by its code, with the names of what it imports already in it: the same
	// code gets the same file whatever folder the site was built in (esbuild's names hash the paths).
	const commonJs = new Map<string, string>();
	for (const file of result.outputFiles) commonJs.set(nameOf(file.path), await toCommonJs(file.text));
	const finalName = new Map<string, string>();
	const files = new Map<string, string>();
	const copyPath = new Map<string, string>();
	const name = (output: string): string => {
		const known = finalName.get(output);
		if (known) return known;
		let cjs = commonJs.get(output)!;
		for (const dep of imports.get(output) ?? []) cjs = cjs.split(JSON.stringify(`./${dep}`)).join(JSON.stringify(`./${name(dep)}`));
		if (/require\("\.\/(chunk|script)-/.test(cjs)) throw new Error(`Offline scripts: ${output} imports a file the step did not rename`);
		const named = `${createHash('sha256').update(cjs).digest('hex').slice(0, 12)}.js`;
		finalName.set(output, named);
		copyPath.set(output, `${SCRIPTS_FOLDER}/${named}`);
		files.set(`${SCRIPTS_FOLDER}/${named}`, wrapClassic(named, cjs));
		return named;
	};
	for (const output of commonJs.keys()) name(output);

	return {
		files,
		filesFor(scripts, page) {
			const order: string[] = [];
			const seen = new Set<string>();
			// Each output after what it imports, each once: the order ES modules would run in.
			const visit = (name: string) => {
				if (seen.has(name)) return;
				seen.add(name);
				for (const dep of imports.get(name) ?? []) visit(dep);
				order.push(copyPath.get(name)!);
			};
			for (const script of scripts) {
				const entry = entryOf.get(scriptKey(script, page, ctx.base));
				const output = entry === undefined ? undefined : outputOfEntry.get(entry);
				if (!output) throw new Error(`${page}: a module script was not among the scripts built for the offline copy`);
				visit(output);
			}
			return order;
		},
	};
}

