import { describe, expect, it } from 'vitest';
import { practiceReader, validatePracticeFile, type PracticeComponent } from '../../src/content-layer/practice-data';

// The course's own practice data files must pass their schemas (the build checks the ones
// lessons use; this also covers a file no lesson uses yet).
const files: [PracticeComponent, string][] = [
	['PracticeInbox', 'spot-the-scam'],
	['PracticeBrowser', 'browser-basics'],
	['PracticeForm', 'sign-up-form'],
	['PracticeMouse', 'mouse-moves'],
	['PracticeKeys', 'typing-keys'],
];

describe('the practice data files of the course', () => {
	for (const [component, name] of files) {
		it(`content/practice/${name}.yaml fits <${component}>`, () => {
			const { problems, data } = validatePracticeFile(component, practiceReader().read(name));
			expect(problems).toEqual([]);
			expect(data).toBeDefined();
		});
	}
});
