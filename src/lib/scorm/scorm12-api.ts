/**
 * The SCORM 1.2 run-time API a learning platform puts on `window.API`. Every call returns a
 * string ("true", "false", a value, an error number); some platforms return booleans or numbers.
 */
export interface Scorm12Api {
	LMSInitialize(parameter: ''): unknown;
	LMSFinish(parameter: ''): unknown;
	LMSGetValue(element: string): unknown;
	LMSSetValue(element: string, value: string): unknown;
	LMSCommit(parameter: ''): unknown;
	LMSGetLastError(): unknown;
	LMSGetErrorString?(code: string): unknown;
}

/** The data model elements the course reads and writes (SCORM 1.2 names). */
export const CMI = {
	status: 'cmi.core.lesson_status',
	location: 'cmi.core.lesson_location',
	scoreRaw: 'cmi.core.score.raw',
	scoreMin: 'cmi.core.score.min',
	scoreMax: 'cmi.core.score.max',
	studentName: 'cmi.core.student_name',
	exit: 'cmi.core.exit',
	sessionTime: 'cmi.core.session_time',
	suspendData: 'cmi.suspend_data',
	masteryScore: 'cmi.student_data.mastery_score',
} as const;

/** Length limits of SCORM 1.2 (CMIString255, CMIString4096). */
export const LOCATION_MAX = 255;
export const SUSPEND_DATA_MAX = 4096;
