import { describe, expect, it, vi } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { ScormSession } from '../../../src/lib/scorm/scorm-session';
import { sessionTime } from '../../../src/lib/scorm/session-time';
import { encodeSuspendData } from '../../../src/lib/scorm/suspend-data';
import type { ProgressDoc } from '../../../src/lib/progress/progress-format';
import type { Scorm12Api } from '../../../src/lib/scorm/scorm12-api';

const ids = ['one', 'two'];
const quizDone = (id: string, best: number, total: number): ProgressDoc['lessons'] => ({ [id]: { done: true, doneAt: '2026-12-01T10:00:00.000Z', results: { quiz: { best, total, attempts: 1 } } } });
const doc = (lessons: ProgressDoc['lessons'] = {}): ProgressDoc => ({ version: 1, lessons });

/** scorm-again's SCORM 1.2 run-time, as a platform would provide it (no commit URL: nothing leaves). */
function platform(saved: Record<string, unknown> = {}) {
	const api = new Scorm12API({ logLevel: 5 });
	api.loadFromJSON({ core: { student_name: 'Okafor, Ada', ...((saved.core as object) ?? {}) }, ...saved });
	return api;
}

describe('a SCORM session over scorm-again', () => {
	it('starts, marks the course incomplete and reports score, location and progress', () => {
		const api = platform();
		const session = new ScormSession(api as unknown as Scorm12Api, ids);
		expect(session.start()).toBe(true);
		expect(session.saved).toEqual({ name: 'Ada Okafor' });
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');

		const progress = doc(quizDone('one', 3, 4));
		session.report({ doc: progress, location: '#/module/one/quiz/' });
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
		expect(api.LMSGetValue('cmi.core.score.raw')).toBe('75');
		expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('#/module/one/quiz/');
		expect(api.LMSGetValue('cmi.suspend_data')).toBe(encodeSuspendData(progress));

		session.report({ doc: doc({ ...quizDone('one', 3, 4), two: { done: true, results: {} } }) });
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
		session.finish();
		const saved = (api.renderCMIToJSONObject() as { cmi: { core: { exit: string; session_time: string } } }).cmi;
		expect(saved.core.exit).toBe('suspend');
		expect(api.isTerminated()).toBe(true);
		expect(session.active).toBe(false);
		expect(session.problems.size).toBe(0);
	});

	it('restores the progress and last page saved on an earlier visit', () => {
		const progress = doc(quizDone('one', 4, 4));
		const api = platform({ suspend_data: encodeSuspendData(progress), core: { lesson_location: '#/module/one/', lesson_status: 'incomplete' } });
		const session = new ScormSession(api as unknown as Scorm12Api, ids);
		expect(session.start()).toBe(true);
		expect(session.saved.doc).toEqual(progress);
		expect(session.saved.location).toBe('#/module/one/');
	});

	it('commits only when something changed', () => {
		const api = platform();
		const commit = vi.spyOn(api, 'LMSCommit');
		const session = new ScormSession(api as unknown as Scorm12Api, ids);
		session.start();
		session.report({ doc: doc(), location: '#/' });
		session.report({ doc: doc(), location: '#/' });
		expect(commit).toHaveBeenCalledTimes(1);
	});
});

/** A platform whose API misbehaves in one way. */
function brokenApi(overrides: Partial<Record<keyof Scorm12Api, (...args: string[]) => unknown>>): Scorm12Api {
	const values = new Map<string, string>();
	return {
		LMSInitialize: () => 'true',
		LMSFinish: () => 'true',
		LMSGetValue: (k: string) => values.get(k) ?? '',
		LMSSetValue: (k: string, v: string) => (values.set(k, v), 'true'),
		LMSCommit: () => 'true',
		LMSGetLastError: () => '0',
		...overrides,
	} as Scorm12Api;
}

describe('a platform that fails never breaks the course', () => {
	it.each([
		['LMSInitialize returns "false"', { LMSInitialize: () => 'false' }, 'start'],
		['LMSInitialize throws', { LMSInitialize: () => { throw new Error('no session'); } }, 'start'],
		['LMSGetValue throws', { LMSGetValue: () => { throw new Error('gone'); } }, 'start'],
	])('%s: the session does not start, and says why', (_name, overrides, problem) => {
		const onProblem = vi.fn();
		const session = new ScormSession(brokenApi(overrides), ids, onProblem);
		expect(session.start()).toBe(false);
		expect(session.active).toBe(false);
		expect(onProblem).toHaveBeenCalledWith(problem);
		expect(() => session.report({ doc: doc() })).not.toThrow();
		expect(() => session.finish()).not.toThrow();
	});

	it.each([
		['LMSCommit throws', { LMSCommit: () => { throw new Error('offline'); } }],
		['LMSCommit returns "false"', { LMSCommit: () => 'false' }],
		['LMSSetValue returns "false"', { LMSSetValue: () => 'false' }],
	])('%s: the session stops and says the progress stays on the computer', (_name, overrides) => {
		const onProblem = vi.fn();
		const api = brokenApi(overrides);
		const session = new ScormSession(api, ids, onProblem);
		session.start();
		session.report({ doc: doc(quizDone('one', 1, 2)) });
		expect(session.active).toBe(false);
		expect(onProblem).toHaveBeenCalledWith('save');
		expect(onProblem).toHaveBeenCalledTimes(1);
		session.report({ doc: doc(quizDone('one', 2, 2)) });
		session.finish();
		expect(onProblem).toHaveBeenCalledTimes(1);
	});

	it('LMSGetLastError non-zero after a save counts as a failure', () => {
		let error = '0';
		const api = brokenApi({ LMSGetLastError: () => error, LMSSetValue: () => ((error = '405'), 'true') });
		const session = new ScormSession(api, ids);
		expect(session.start()).toBe(false);
		expect(session.problems).toEqual(new Set(['save']));
	});

	it('an element the platform does not keep (an error code on LMSGetValue) is only "no value"', () => {
		let error = '0';
		const api = brokenApi({
			LMSGetValue: (k: string) => ((error = k === 'cmi.student_data.mastery_score' ? '401' : '0'), ''),
			LMSGetLastError: () => error,
		});
		const session = new ScormSession(api, ids);
		expect(session.start()).toBe(true);
	});

	it('saved data the course cannot read is reported, and not used', () => {
		const session = new ScormSession(brokenApi({ LMSGetValue: (k: string) => (k === 'cmi.suspend_data' ? 'not ours' : '') }), ids);
		expect(session.start()).toBe(true);
		expect(session.saved.doc).toBeUndefined();
		expect(session.problems).toEqual(new Set(['restore']));
	});
});

describe('session time (CMITimespan)', () => {
	it('is written HH:MM:SS.SS', () => {
		expect(sessionTime(0)).toBe('00:00:00.00');
		expect(sessionTime(3_723_450)).toBe('01:02:03.45');
		expect(sessionTime(-5)).toBe('00:00:00.00');
		expect(sessionTime(59_999)).toBe('00:00:59.99');
		expect(sessionTime(1e12)).toBe('9999:59:59.99');
	});
});
