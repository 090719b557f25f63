/**
 * Prose of the "About and privacy" and "For trainers" pages, so another language can give them
 * its own words. `<a>` links are left to the page: `{progressLink}` and `{downloadLink}` mark
 * where they go, and the `*LinkText` keys are their words.
 */
export const pages = {
	'about.title': 'About and privacy',
	'about.description': 'Who made this course and what it keeps about you.',
	'about.lead': '{title} is a free course for people who want to use the internet with confidence.',
	'about.keepsTitle': 'What this course keeps about you',
	'about.keeps1': 'Nothing leaves your computer. There is no account, no sign-in, and no advertising.',
	'about.keeps2': 'The site does not use cookies. It does not count visitors. It loads nothing from other companies: no fonts, no videos, no tracking.',
	'about.savedTitle': 'What is saved on this computer',
	'about.savedIntro': 'Your web browser can save a few things for you, on this computer only:',
	'about.saved1': 'the text size you chose;',
	'about.saved2': 'which lessons you have finished and your quiz scores, if you use them.',
	'about.savedWhere': 'This is saved in the browser\'s own storage (called "local storage"). Only people who use this computer, with this browser, can see it.',
	'about.sharedTitle': 'On a shared computer',
	'about.shared': 'At a library or another shared computer, other people may use the same browser after you. You can erase what this course saved at any time from the {progressLink} page, or choose "This is a shared computer" there so nothing is kept after the browser closes.',
	'about.progressLinkText': 'My progress',
	'about.whoTitle': 'Who made it',
	'about.who': 'This course is made by a small team for libraries and community groups. You may use it and share it for free.',
	'trainers.title': 'For trainers',
	'trainers.description': 'How to run these lessons in a library workshop.',
	'trainers.lead': 'Everything in this course is free to use in your workshops. Each lesson works for a learner alone, and for a trainer with a projector and a room of first-time users.',
	'trainers.builtTitle': 'How a lesson is built',
	'trainers.built1': 'It starts with the questions it answers and what learners will be able to do.',
	'trainers.built2': 'It has at least one activity people can do on a library computer without an account.',
	'trainers.built3': 'It ends with key points and a short quiz.',
	'trainers.built4': 'Each lesson source holds notes for trainers: timings, how to demonstrate, common struggles and questions. They never show on learners\' pages or on projected slides; you find them in the facilitator guides and the speaker notes.',
	'trainers.timingsTitle': 'Modules and timings',
	'trainers.timingsCaption': 'Modules, lessons and time',
	'trainers.colModule': 'Module',
	'trainers.colLessons': 'Lessons',
	'trainers.colTime': 'Time',
	'trainers.offlineTitle': 'Working without internet',
	'trainers.offline': 'You can {downloadLink} and run it from a computer with no connection.',
	'trainers.downloadLinkText': 'download the whole course',
} as const;
