import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreInbox, scoreMessage } from '../../src/islands/practice-inbox/scoring';

const ORDER = ['sender', 'link', 'urgency', 'request'];
const scam = { verdict: 'suspicious' as const, signs: ['sender', 'urgency'] };
const genuine = { verdict: 'safe' as const, signs: [] };

describe('scoring one message of the practice inbox', () => {
	it('counts a right verdict and coaches each sign: found, missed, not in the message', () => {
		expect(scoreMessage(scam, { verdict: 'suspicious', signs: ['urgency', 'link'] }, ORDER)).toEqual({
			right: true,
			signs: [
				{ id: 'sender', state: 'missed' },
				{ id: 'link', state: 'not-here' },
				{ id: 'urgency', state: 'found' },
			],
			found: 1,
			total: 2,
		});
	});

	it('marks "safe" for a scam wrong, with every sign missed', () => {
		expect(scoreMessage(scam, { verdict: 'safe', signs: ['sender'] }, ORDER)).toEqual({
			right: false,
			signs: [
				{ id: 'sender', state: 'missed' },
				{ id: 'urgency', state: 'missed' },
			],
			found: 0,
			total: 2,
		});
	});

	it('marks "suspicious" for a genuine message wrong, and says the ticked signs are not there', () => {
		expect(scoreMessage(genuine, { verdict: 'suspicious', signs: ['request'] }, ORDER)).toEqual({ right: false, signs: [{ id: 'request', state: 'not-here' }], found: 0, total: 0 });
		expect(scoreMessage(genuine, { verdict: 'safe', signs: [] }, ORDER)).toEqual({ right: true, signs: [], found: 0, total: 0 });
	});
});

describe('scoring the whole inbox', () => {
	it('adds up messages judged right and signs found', () => {
		const results = [
			scoreMessage(scam, { verdict: 'suspicious', signs: ['sender', 'urgency'] }, ORDER),
			scoreMessage(genuine, { verdict: 'suspicious', signs: [] }, ORDER),
			scoreMessage(scam, { verdict: 'suspicious', signs: [] }, ORDER),
		];
		expect(scoreInbox(results)).toEqual({ score: 2, total: 3, found: 2, signs: 4 });
		expect(scoreInbox([])).toEqual({ score: 0, total: 0, found: 0, signs: 0 });
	});

	it('never gives more than there is to find, whatever is ticked', () => {
		const signSet = fc.subarray(ORDER);
		const verdict = fc.constantFrom('safe' as const, 'suspicious' as const);
		fc.assert(
			fc.property(fc.array(fc.record({ key: fc.record({ verdict, signs: signSet }), answer: fc.record({ verdict, signs: signSet }) })), (cases) => {
				const results = cases.map((c) => scoreMessage(c.key, c.answer, ORDER));
				const total = scoreInbox(results);
				return total.score <= total.total && total.found <= total.signs && results.every((r) => r.signs.length <= ORDER.length);
			}),
		);
	});
});
