/**
 * The check of the keyboard practice, pure so it is unit-tested: is the typed text right, and if
 * not, what one thing to look at first. Generous: spaces at the ends never count.
 */
export type TypingHint = 'match' | 'empty' | 'capitals' | 'spaces' | 'at' | 'dot' | 'different';

export function typingHint(expected: string, typed: string): TypingHint {
	const want = expected.trim();
	const got = typed.trim();
	if (got === want) return 'match';
	if (!got) return 'empty';
	if (got.replace(/\s+/g, ' ') === want) return 'spaces';
	if (got.toLowerCase() === want.toLowerCase()) return 'capitals';
	if (want.includes('@') && !got.includes('@')) return 'at';
	if (want.includes('.') && !got.includes('.')) return 'dot';
	return 'different';
}
