import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Site paths of every HTML page in a build folder, e.g. `/staying-safe/strong-passwords/`. */
export function builtPages(dir = 'dist'): string[] {
	const walk = (d: string): string[] =>
		readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : []));
	return walk(dir)
		.map((file) => `/${relative(dir, file)}`.replace(/index\.html$/, '').replace(/\\/g, '/'))
		.filter((path) => !path.endsWith('404.html'))
		.sort();
}
