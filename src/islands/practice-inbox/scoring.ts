/**
 * Scoring of the practice inbox, pure so it can be unit-tested. A message counts as right when
 * the learner's verdict (safe or suspicious) is right; the warning signs they tick are coached,
 * sign by sign, and counted apart ("you spotted 9 of 12 signs"), never taken off the score.
 */
import type { InboxMessage } from '../../schemas/practice-inbox';

export type Verdict = InboxMessage['verdict'];

/** The right answer for one message, as the page states it (`data-verdict`, `data-signs`). */
export interface MessageKey {
	verdict: Verdict;
	signs: string[];
}

/** What the learner chose. Ticked signs only count when they said "suspicious". */
export interface MessageAnswer {
	verdict: Verdict;
	signs: string[];
}

/** found: in the message and ticked; missed: in it, not ticked; not-here: ticked, not in it. */
export type SignState = 'found' | 'missed' | 'not-here';

export interface MessageResult {
	right: boolean;
	/** Feedback for each sign to mention, in the inbox's sign order. */
	signs: { id: string; state: SignState }[];
	/** Signs of the message the learner found. */
	found: number;
	/** Signs in the message. */
	total: number;
}

export function scoreMessage(key: MessageKey, answer: MessageAnswer, signOrder: string[]): MessageResult {
	const ticked = new Set(answer.verdict === 'suspicious' ? answer.signs : []);
	const present = new Set(key.signs);
	const signs: MessageResult['signs'] = [];
	for (const id of signOrder) {
		if (present.has(id)) signs.push({ id, state: ticked.has(id) ? 'found' : 'missed' });
		else if (ticked.has(id)) signs.push({ id, state: 'not-here' });
	}
	return { right: answer.verdict === key.verdict, signs, found: signs.filter((s) => s.state === 'found').length, total: present.size };
}

export interface InboxScore {
	/** Messages judged right. */
	score: number;
	/** Messages judged. */
	total: number;
	/** Warning signs found, over all messages. */
	found: number;
	/** Warning signs there were to find. */
	signs: number;
}

export function scoreInbox(results: MessageResult[]): InboxScore {
	return {
		score: results.filter((r) => r.right).length,
		total: results.length,
		found: results.reduce((sum, r) => sum + r.found, 0),
		signs: results.reduce((sum, r) => sum + r.total, 0),
	};
}
