import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOfflineCopy } from '../../../src/packaging/offline/index';
import { packageScorm, type ScormOptions, type ScormPackage } from '../../../src/packaging/scorm/index';
import { scormManifest, xmlId } from '../../../src/packaging/scorm/manifest';
import { OUTLINE_ELEMENT_ID, outlineJson } from '../../../src/lib/progress/course-outline';
import { manifestProblems } from '../../support/scorm-manifest-rules';

/* A small built site, as Astro writes it under /course/, with the course outline on the home page. */
const outline = {
	title: 'Test & Course',
	certificate: '/course/certificate/',
	modules: [{ id: 'basics', title: 'Basics', url: '/course/basics/', certificate: '/course/certificate/basics/', lessons: [{ id: 'first-lesson', title: 'First', url: '/course/basics/first/' }, { id: 'second-lesson', title: 'Second', url: '/course/basics/second/' }] }],
};
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test</title></head><body><main>${body}</main></body></html>`;
const site: Record<string, string> = {
	'index.html': page(`<a href="/course/basics/first/">First</a><script type="application/json" id="${OUTLINE_ELEMENT_ID}">${outlineJson(outline)}</script>`),
	'basics/first/index.html': page('<h1>First</h1><img src="/course/images/a%20picture.svg" alt="">'),
	'basics/second/index.html': page('<h1>Second</h1>'),
	'basics/index.html': page('<h1>Basics</h1>'),
	'certificate/index.html': page('<h1>Certificate</h1>'),
	'certificate/basics/index.html': page('<h1>Certificate: Basics</h1>'),
	'images/a picture.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

const work = mkdtempSync(join(tmpdir(), 'cds-scorm-test-'));
const options = (siteDir: string): ScormOptions => ({
	projectRoot: process.cwd(),
	siteDir,
	outDir: join(work, 'out'),
	base: '/course/',
	courseTitle: 'Test & Course',
	version: '1.2.3',
	date: new Date(Date.UTC(2026, 4, 3, 10, 30)),
});
// The site has English pages only: one package, the English one.
let result: ScormPackage;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
	for (const [path, text] of Object.entries(site)) {
		mkdirSync(dirname(join(work, 'site', path)), { recursive: true });
		writeFileSync(join(work, 'site', path), text);
	}
	const packages = (await packageScorm(options(join(work, 'site')))).packages;
	expect(packages.map((p) => p.locale)).toEqual(['en']);
	result = packages[0]!;
	files = unzipSync(readFileSync(result.zipPath));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the SCORM 1.2 package', () => {
	it('is a zip named for the version, with imsmanifest.xml at its root', () => {
		expect(result.zipPath).toBe(join(work, 'out', 'course-scorm12-1.2.3-en.zip'));
		expect(Object.keys(files)).toContain('imsmanifest.xml');
		expect(result.lessons).toBe(2);
	});

	it('has a manifest that follows the SCORM 1.2 rules, every file it names being in the zip', () => {
		const xml = strFromU8(files['imsmanifest.xml']!);
		expect(manifestProblems(xml, Object.keys(files))).toEqual([]);
		expect(xml).toContain('<title>Test &amp; Course</title>');
		expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
		expect(xml).toContain('<file href="course/images/a%20picture.svg"/>');
	});

	it('lists every file of the zip in the manifest', () => {
		const xml = strFromU8(files['imsmanifest.xml']!);
		const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => decodeURIComponent(m[1]!));
		expect(listed.sort()).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
	});

	it('is the offline copy, but for the shell script (which carries the platform adapter) and its style', async () => {
		const { files: offline } = await makeOfflineCopy({ ...options(join(work, 'site')), outDir: '' });
		const differ = Object.keys(files).filter((f) => !offline.has(f) || Buffer.compare(Buffer.from(offline.get(f)!), Buffer.from(files[f]!)) !== 0);
		expect(differ.sort()).toEqual(['course/_offline/shell.css', 'course/_offline/shell.js', 'imsmanifest.xml']);
		expect(strFromU8(files['course/_offline/shell.js']!)).toContain('LMSInitialize');
		expect(strFromU8(files['course/_offline/shell.js']!)).toContain('first-lesson');
		// The offline zip (and the hosted site) never carry the adapter.
		expect(Buffer.from(offline.get('course/_offline/shell.js')!).toString('utf8')).not.toContain('LMSInitialize');
	});

	it('refuses, with a clear message, a built site whose home page has no course outline', async () => {
		mkdirSync(join(work, 'bare'), { recursive: true });
		writeFileSync(join(work, 'bare', 'index.html'), page('<h1>Home</h1>'));
		await expect(packageScorm(options(join(work, 'bare')))).rejects.toThrow(/no course outline \(#cds-outline\)/);
	});
});

describe('the SCORM 1.2 rules checker (so that a passing check means something)', () => {
	const good = scormManifest({ identifier: 'x-1', courseTitle: 'X', launch: 'index.html', files: ['index.html', 'a.css'] });
	const zip = ['imsmanifest.xml', 'index.html', 'a.css'];

	it('passes a good manifest', () => {
		expect(manifestProblems(good, zip)).toEqual([]);
	});

	it.each([
		['a file missing from the zip', good, ['imsmanifest.xml', 'index.html'], /file "a.css" is not in the zip/],
		['the manifest not at the root', good, ['index.html', 'a.css'], /not at the root/],
		['another schema version', good.replace('<schemaversion>1.2</schemaversion>', '<schemaversion>CAM 1.3</schemaversion>'), zip, /schemaversion/],
		['another schema', good.replace('ADL SCORM', 'IMS Content'), zip, /"ADL SCORM"/],
		['a default naming no organisation', good.replace('default="x-1-org"', 'default="nope"'), zip, /default "nope"/],
		['an item pointing at no resource', good.replace('identifierref="x-1-sco"', 'identifierref="gone"'), zip, /identifierref "gone"/],
		['no sco', good.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset"'), zip, /no resource with adlcp:scormtype="sco"/],
		['a launch page missing', good.replace('href="index.html">', 'href="start.html">'), zip, /href "start.html" is not in the zip/],
		['an identifier that is not an XML ID', good.replaceAll('x-1', '1 x'), zip, /not an XML ID/],
		['XML that is not well-formed', good.replace('</manifest>', ''), zip, /not well-formed/],
	])('finds %s', (_name, xml, inZip, problem) => {
		expect(manifestProblems(xml, inZip).join('\n')).toMatch(problem);
	});

	it('makes identifiers XML IDs', () => {
		expect(xmlId('community digital skills-0.1.0')).toBe('community-digital-skills-0.1.0');
		expect(xmlId('1 course')).toBe('id-1-course');
	});
});
