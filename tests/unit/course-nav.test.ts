import { describe, expect, it } from 'vitest';
import { lessonPosition, lessonsOfModule, orderLessons, totalMinutes, type NavLesson } from '../../src/lib/course-nav';

const l = (id: string, module: string, order: number, minutes = 10): NavLesson => ({ id, module, order, slug: id, title: id.toUpperCase(), minutes });
const lessons = [l('b2', 'b', 2), l('a1', 'a', 1, 15), l('b1', 'b', 1), l('x1', 'removed', 1), l('a2', 'a', 2, 20)];

describe('course navigation', () => {
	it('orders lessons by module, then by order, and drops lessons of unknown modules', () => {
		expect(orderLessons(['a', 'b'], lessons).map((x) => x.id)).toEqual(['a1', 'a2', 'b1', 'b2']);
	});
	it('gives the position in the module and the neighbours across modules', () => {
		const ordered = orderLessons(['a', 'b'], lessons);
		expect(lessonPosition(ordered, 'a2')).toMatchObject({ index: 2, total: 2, previous: { id: 'a1' }, next: { id: 'b1' } });
		expect(lessonPosition(ordered, 'a1').previous).toBeUndefined();
		expect(lessonPosition(ordered, 'b2').next).toBeUndefined();
		expect(() => lessonPosition(ordered, 'nope')).toThrow('Unknown lesson "nope".');
	});
	it('lists a module and adds up its minutes', () => {
		const a = lessonsOfModule('a', lessons);
		expect(a.map((x) => x.id)).toEqual(['a1', 'a2']);
		expect(totalMinutes(a)).toBe(35);
	});
});
