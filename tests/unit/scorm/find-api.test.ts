import { describe, expect, it } from 'vitest';
import { findApi, type ApiWindow } from '../../../src/lib/scorm/find-api';

const api = () => ({ LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSGetValue: () => '', LMSSetValue: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => '0' });

/** A chain of frames, innermost first; the top window is its own parent, as in a browser. */
function frames(depth: number, top: ApiWindow = {}): ApiWindow[] {
	top.parent = top;
	const chain: ApiWindow[] = [top];
	for (let i = 1; i < depth; i++) chain.unshift({ parent: chain[0] });
	return chain;
}

describe('finding the SCORM 1.2 API (window.API in this window, a parent frame or the opener)', () => {
	it('finds it in the window itself', () => {
		const win: ApiWindow = { API: api() };
		win.parent = win;
		expect(findApi(win)).toBe(win.API);
	});

	it('finds it in a parent frame (the platform around the shell page)', () => {
		const chain = frames(3, { API: api() });
		expect(findApi(chain[0]!)).toBe(chain[2]!.API);
	});

	it('stops after 7 frames up, as the standard walk does', () => {
		expect(findApi(frames(8, { API: api() })[0]!)).toBeDefined();
		expect(findApi(frames(10, { API: api() })[0]!)).toBeUndefined();
	});

	it('finds it in the window that opened the course (a platform that launches a new window), and its parents', () => {
		const platform = frames(2, { API: api() });
		const [course] = frames(1);
		course!.opener = platform[0];
		expect(findApi(course!)).toBe(platform[1]!.API);
	});

	it('finds nothing outside a platform, and ignores an API-like value without LMSInitialize', () => {
		expect(findApi(frames(3)[0]!)).toBeUndefined();
		expect(findApi(frames(2, { API: { Initialize: () => 'true' } })[0]!)).toBeUndefined();
	});

	it('treats a frame of another origin (reading it throws) as having no API', () => {
		const hidden = {} as ApiWindow;
		Object.defineProperty(hidden, 'API', { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
		Object.defineProperty(hidden, 'parent', { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
		const win: ApiWindow = { parent: hidden };
		expect(findApi(win)).toBeUndefined();
	});
});
