/**
 * Strings of the search box and the search page. The search interface (browser code) reads them
 * from here too, so keep every string a learner sees in this file.
 */
export const search = {
	'search.label': 'Search the course',
	'search.button': 'Search',
	'search.hint': 'Type a few words, for example: scam text message',
	'search.pageTitle': 'Search the course',
	'search.pageIntro': 'Find the lesson you need. Type what you want to do or learn, in your own words.',
	'search.moduleLabel': 'Look in',
	'search.allModules': 'All modules',
	'search.noScript': 'Search needs JavaScript, which does not run in this browser. You can still reach every lesson from the modules.',
	'search.results': 'Search results',
	'search.searching': 'Searching…',
	'search.count': '{count} {count|lesson|lessons} found for “{query}”.',
	'search.none': 'No lessons found for “{query}”.',
	'search.corrected': 'We searched for “{used}” instead of “{typed}”.',
	'search.empty': 'Type a word or two, then press Search.',
	'search.helpTitle': 'Ideas to find it:',
	'search.helpSpelling': 'Check the spelling.',
	'search.helpFewer': 'Try fewer words, or a more common word: “email” instead of “Gmail”.',
	'search.helpBrowse': 'Browse the modules',
	'search.helpBrowseList': 'Or browse the modules:',
	'search.seeAll': 'See all {count} results',
	'search.moreResultsLabel': 'More results',
	'search.moreResults': 'More results: {count} more {count|lesson|lessons} with some of your words',
	'search.unavailable': 'Search could not start on this computer. Please browse the modules instead.',
} as const;
