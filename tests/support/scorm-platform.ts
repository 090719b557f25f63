import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';

/** One language's SCORM package that `npm run package:scorm` (and build-for-tests) wrote. */
export function scormZip(locale = 'en'): string {
	const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
	return join('dist-scorm', `course-scorm12-${version}-${locale}.zip`);
}

/**
 * A stand-in learning platform: a page that creates scorm-again's SCORM 1.2 run-time as
 * `window.API` and opens the package's launch page in a frame, as Moodle or Canvas do. The test
 * sets `window.platformSetup` (with addInitScript) to give saved data or to make the API fail.
 */
const platformPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test platform</title><link rel="icon" href="data:,">
<script src="scorm12.js"></script><script src="platform.js"></script>
<style>body{margin:0} iframe{width:100%;height:95vh;border:0}</style>
</head><body><iframe id="sco" title="Course"></iframe></body></html>
`;

const platformScript = `(function () {
	var setup = window.platformSetup || {};
	var api = new Scorm12API({ logLevel: 5, autocommit: false });
	if (setup.saved) api.loadFromJSON(setup.saved);
	window.platformLog = [];
	var log = function (name, fn) {
		var original = api[name].bind(api);
		api[name] = function () { window.platformLog.push(name); return fn ? fn(original, arguments) : original.apply(null, arguments); };
	};
	log('LMSInitialize', setup.fail === 'initialize' ? function () { return 'false'; } : null);
	log('LMSCommit', setup.fail === 'commit' ? function () { throw new Error('The platform is down'); } : null);
	log('LMSSetValue', null);
	log('LMSFinish', null);
	if (setup.fail === 'error-code') {
		// Accepts the first commit, then reports an error on every call: a platform that lost the session.
		var lastError = api.LMSGetLastError.bind(api);
		api.LMSGetLastError = function () { return window.platformLog.indexOf('LMSCommit') === -1 ? lastError() : '101'; };
	}
	window.API = api;
	window.platformData = function () { return api.renderCMIToJSONObject().cmi; };
	document.addEventListener('DOMContentLoaded', function () {
		document.getElementById('sco').src = 'package/index.html' + (setup.hash || '');
	});
})();
`;

export interface Platform {
	url: string;
	/** The file the platform serves at an address of its own (it may not exist); undefined for any other address. */
	fileOf(url: string): string | undefined;
	close(): Promise<void>;
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png' };

/** Unzips the package under package/ beside the platform page, and serves the folder on 127.0.0.1 (a free port). */
export async function startPlatform(zip = scormZip()): Promise<Platform> {
	const dir = mkdtempSync(join(tmpdir(), 'cds-scorm-platform-'));
	for (const [path, data] of Object.entries(unzipSync(readFileSync(zip)))) {
		if (path.endsWith('/')) continue;
		mkdirSync(dirname(join(dir, 'package', path)), { recursive: true });
		writeFileSync(join(dir, 'package', path), data);
	}
	writeFileSync(join(dir, 'platform.html'), platformPage);
	writeFileSync(join(dir, 'platform.js'), platformScript);
	writeFileSync(join(dir, 'scorm12.js'), readFileSync('node_modules/scorm-again/dist/scorm12.min.js'));
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
		let file = normalize(join(dir, path));
		if (file.startsWith(dir) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dir) || !existsSync(file)) {
			res.writeHead(404).end('Not found');
			return;
		}
		res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	const url = `http://127.0.0.1:${port}/`;
	return {
		url,
		fileOf: (address) => {
			if (!address.startsWith(url)) return undefined;
			const file = normalize(join(dir, decodeURIComponent(new URL(address).pathname)));
			return file.startsWith(dir) ? file : undefined;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
