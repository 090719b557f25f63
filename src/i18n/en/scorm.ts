/**
 * Interface strings of the SCORM package (the course inside a learning platform): notices the
 * shell shows when the platform does not keep the learner's progress.
 */
export const scorm = {
	'scorm.notice.start': 'The learning platform did not answer. You can still use the course. Your progress is kept on this computer only.',
	'scorm.notice.save': 'The learning platform stopped saving your progress. You can go on: your progress is kept on this computer for now. Tell your trainer.',
	'scorm.notice.restore': 'Your progress saved on the learning platform could not be read. The course uses the progress kept on this computer.',
	'scorm.notice.too-big': 'Your progress is too big for the learning platform to keep. It is kept on this computer. Your results still reach the platform.',
} as const;
