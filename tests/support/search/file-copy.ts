import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

/**
 * A copy of the built site that opens from file://, standing in for the offline packaging step
 * until it lands: every root-absolute address in the HTML becomes relative, and links to folders
 * get their index.html. Nothing else changes, so what works here is the search code itself.
 * Returns the file:// URL of the copy's root folder.
 */
export function fileCopyOfSite(distDir = 'dist'): URL {
	const dir = mkdtempSync(join(tmpdir(), 'cds-file-copy-'));
	cpSync(distDir, dir, { recursive: true });
	for (const file of htmlFiles(dir)) {
		const depth = relative(dir, file).split(sep).length - 1;
		const up = depth === 0 ? './' : '../'.repeat(depth);
		const html = readFileSync(file, 'utf8').replace(/(\s)(href|src|action|data-search-root)="\/([^"]*)"/g, (_, space: string, name: string, path: string) => {
			const folder = path === '' || path.endsWith('/');
			return `${space}${name}="${up}${path}${name === 'href' && folder ? 'index.html' : ''}"`;
		});
		writeFileSync(file, html);
	}
	return pathToFileURL(`${dir}/`);
}
