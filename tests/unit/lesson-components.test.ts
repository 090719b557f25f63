import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonComponentNames } from '../../src/lesson-components/names';

describe('lesson components', () => {
	it('the names the content check allows are exactly what the barrel exports', () => {
		const barrel = readFileSync('src/lesson-components/index.ts', 'utf8');
		const exported = [...barrel.matchAll(/export \{ default as (\w+) \}/g)].map((m) => m[1]);
		expect([...exported].sort()).toEqual([...lessonComponentNames].sort());
	});
});
