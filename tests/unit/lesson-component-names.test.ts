import { expect, it } from 'vitest';
import * as lessonComponents from '../../src/lesson-components';
import { lessonComponentNames } from '../../src/lesson-components/names';

// The content check accepts the names in names.ts; lesson pages pass what index.ts exports.
it('names.ts lists exactly the components index.ts exports', () => {
	expect([...lessonComponentNames].sort()).toEqual(Object.keys(lessonComponents).sort());
});
