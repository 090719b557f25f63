import type { ActivityResult } from './progress-format';

/** Compares scores as fractions; on a tie, the attempt with more questions counts as better. */
export function isBetter(a: Pick<ActivityResult, 'best' | 'total'>, b: Pick<ActivityResult, 'best' | 'total'>): boolean {
	const diff = a.best * b.total - b.best * a.total;
	return diff > 0 || (diff === 0 && a.total > b.total);
}
