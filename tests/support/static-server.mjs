// A small static file server for the built site, bound to 127.0.0.1, used by Playwright.
// Usage: node tests/support/static-server.mjs <dir> <port> [base] [more dirs...]
// More dirs are looked in after the first when a file is not there: the root test server also
// serves the component examples (dist-examples/_examples/...), which load the site's own files.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const [dir, port, base = '/', ...moreDirs] = process.argv.slice(2);
const types = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
	'.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml', '.wasm': 'application/wasm', '.zip': 'application/zip', '.ico': 'image/x-icon',
	'.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

function resolve(urlPath) {
	if (!urlPath.startsWith(base)) return undefined;
	const rel = decodeURIComponent(urlPath.slice(base.length));
	for (const root of [dir, ...moreDirs]) {
		const file = resolveIn(root, rel);
		if (file) return file;
	}
	return undefined;
}

function resolveIn(root, rel) {
	const file = normalize(join(root, rel));
	if (!file.startsWith(normalize(root))) return undefined;
	if (existsSync(file) && statSync(file).isDirectory()) {
		const index = join(file, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return existsSync(file) ? file : undefined;
}

createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
	if (path === base.slice(0, -1)) {
		res.writeHead(301, { location: base }).end();
		return;
	}
	const file = resolve(path);
	if (!file) {
		// Like hosts that look for the nearest 404.html (Cloudflare Pages, a server's per-folder
		// error page): /fr/... gets fr/404.html, in French; anything else the root one.
		const folder = /^([a-z]{2})\//.exec(path.startsWith(base) ? path.slice(base.length) : '')?.[1];
		const localeNotFound = folder ? join(dir, folder, '404.html') : undefined;
		const notFound = localeNotFound && existsSync(localeNotFound) ? localeNotFound : join(dir, '404.html');
		res.writeHead(404, { 'content-type': types['.html'] });
		if (existsSync(notFound)) createReadStream(notFound).pipe(res);
		else res.end('Not found');
		return;
	}
	res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
	createReadStream(file).pipe(res);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
