import type { ProgressDoc } from '../progress/progress-format';
import { courseReport, keepFinished, readMastery } from './course-report';
import { certificateName } from './learner-name';
import { CMI, LOCATION_MAX, type Scorm12Api } from './scorm12-api';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';
import { sessionTime } from './session-time';

/** Why the course stopped talking to the platform (or could not keep everything there). */
export type ScormProblem = 'start' | 'save' | 'restore' | 'too-big';

/** What the platform held from the learner's last visit. */
export interface SavedVisit {
	/** Progress from `cmi.suspend_data`; undefined when there is none (or it could not be read: see problems). */
	doc?: ProgressDoc;
	/** The last page, as the shell's address ("#/staying-safe/"). */
	location?: string;
	/** "Ada Okafor", from `cmi.core.student_name`. */
	name?: string;
}

export interface ProgressReport {
	doc: ProgressDoc;
	/** The page showing, as the shell's address; undefined keeps the last one. */
	location?: string;
}

const isTrue = (result: unknown) => result === true || result === 'true';
const asText = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

/**
 * One visit of the course inside a learning platform, over its SCORM 1.2 API. Pure logic over
 * the API object, so it is unit-tested with a fake. It never throws: when the platform fails
 * (a call throws, returns "false", or LMSGetLastError is not "0"), the session stops calling it,
 * records the problem, and the course goes on with the progress on the computer.
 */
export class ScormSession {
	readonly problems = new Set<ScormProblem>();
	readonly saved: SavedVisit = {};
	#api: Scorm12Api;
	#lessonIds: string[];
	#active = false;
	#mastery?: number;
	#status = '';
	#sent = new Map<string, string>();
	#started: number;
	#onProblem: (problem: ScormProblem) => void;

	constructor(api: Scorm12Api, lessonIds: string[], onProblem: (problem: ScormProblem) => void = () => {}, now = Date.now) {
		this.#api = api;
		this.#lessonIds = lessonIds;
		this.#onProblem = onProblem;
		this.#started = now();
	}

	/** Whether the platform is taking the learner's progress. */
	get active(): boolean {
		return this.#active;
	}

	/** LMSInitialize, then reads what the platform holds; false when the platform refused to start. */
	start(): boolean {
		if (!this.#call(() => this.#api.LMSInitialize(''))) return this.#fail('start');
		this.#active = true;
		const suspend = this.#get(CMI.suspendData);
		const location = this.#get(CMI.location);
		const name = certificateName(this.#get(CMI.studentName));
		this.#mastery = readMastery(this.#get(CMI.masteryScore));
		this.#status = this.#get(CMI.status) ?? '';
		if (!this.#active) return false;
		const decoded = suspend === undefined ? { ok: false as const } : decodeSuspendData(suspend);
		if (decoded.ok) this.saved.doc = decoded.doc;
		else this.#problem('restore');
		if (location?.startsWith('#/')) this.saved.location = location;
		if (name) this.saved.name = name;
		if (this.#status === '' || this.#status === 'not attempted') this.#set(CMI.status, 'incomplete');
		return this.#active;
	}

	/** Tells the platform where the learner is; commits only when something changed. */
	report({ doc, location }: ProgressReport): void {
		if (!this.#active) return;
		const { status, scoreRaw } = courseReport(doc, this.#lessonIds, this.#mastery);
		const changes: [string, string][] = [[CMI.status, keepFinished(this.#status, status)]];
		if (scoreRaw !== undefined) changes.push([CMI.scoreMin, '0'], [CMI.scoreMax, '100'], [CMI.scoreRaw, String(scoreRaw)]);
		if (location && location.length <= LOCATION_MAX) changes.push([CMI.location, location]);
		const suspend = encodeSuspendData(doc);
		if (suspend === undefined) this.#problem('too-big');
		else changes.push([CMI.suspendData, suspend]);
		let changed = false;
		for (const [element, value] of changes) {
			if (this.#sent.get(element) === value) continue;
			if (!this.#set(element, value)) return;
			changed = true;
		}
		if (changed && !this.#call(() => this.#api.LMSCommit(''))) this.#fail('save');
	}

	/** Leaving: the time spent, "suspend" (so the platform resumes next time), then LMSFinish. */
	finish(last?: ProgressReport): void {
		if (last) this.report(last);
		if (!this.#active) return;
		this.#set(CMI.sessionTime, sessionTime(Date.now() - this.#started));
		this.#set(CMI.exit, 'suspend');
		if (this.#active) this.#call(() => this.#api.LMSFinish(''));
		this.#active = false;
	}

	/**
	 * Reads one element. A call that throws ends the session; an error code (an element this
	 * platform does not keep, such as a mastery score) only means "no value".
	 */
	#get(element: string): string | undefined {
		if (!this.#active) return undefined;
		try {
			const value = asText(this.#api.LMSGetValue(element));
			return this.#noError() ? value : undefined;
		} catch {
			this.#fail('start');
			return undefined;
		}
	}

	#set(element: string, value: string): boolean {
		if (!this.#active) return false;
		if (!this.#call(() => this.#api.LMSSetValue(element, value))) return this.#fail('save');
		this.#sent.set(element, value);
		if (element === CMI.status) this.#status = value;
		return true;
	}

	/** Runs one API call: true when it returned "true" and the platform reports no error. */
	#call(run: () => unknown): boolean {
		try {
			return isTrue(run()) && this.#noError();
		} catch {
			return false;
		}
	}

	#noError(): boolean {
		const code = asText(this.#api.LMSGetLastError()).trim();
		return code === '0' || code === '';
	}

	#problem(problem: ScormProblem): void {
		if (this.problems.has(problem)) return;
		this.problems.add(problem);
		try {
			this.#onProblem(problem);
		} catch {
			// A notice that cannot show must not stop the course.
		}
	}

	#fail(problem: ScormProblem): false {
		this.#active = false;
		this.#problem(problem);
		return false;
	}
}
