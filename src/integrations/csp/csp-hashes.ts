import { createHash } from 'node:crypto';
import type { HTMLElement } from 'node-html-parser';

/**
 * Keeps the content security policy true after the step changed inline bodies: browsers block
 * an inline <script> or <style> whose hash is not listed, from file:// as on the web.
 */

export type HashedDirective = 'script-src' | 'style-src';

/** One inline body the step changed: `before` is gone from the page, `after` is new. */
export interface BodyChange {
	directive: HashedDirective;
	before?: string;
	after?: string;
}

/** The CSP source expression for an inline body, as Astro writes it ('sha256-...'). */
export const cspHash = (body: string): string => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/**
 * The policy with the hash of each new body added and the hash of each removed body taken out,
 * unless another inline body of the page (in `stillUsed`, as cspHash values) still needs it.
 */
export function updateCspHashes(policy: string, changes: BodyChange[], stillUsed: Set<string>): string {
	const directives = policy
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => part.split(/\s+/));
	const find = (name: string) => directives.find(([n]) => n!.toLowerCase() === name);
	for (const change of changes) {
		let directive = find(change.directive);
		if (change.after !== undefined) {
			if (!directive) {
				// Without its own directive the type falls back to default-src: start from that.
				directive = [change.directive, ...(find('default-src')?.slice(1) ?? ["'self'"])];
				directives.push(directive);
			}
			const hash = cspHash(change.after);
			if (!directive.includes(hash)) directive.push(hash);
		}
		if (change.before !== undefined && directive) {
			const old = cspHash(change.before);
			if (!stillUsed.has(old) && (change.after === undefined || cspHash(change.after) !== old)) {
				const at = directive.indexOf(old);
				if (at > 0) directive.splice(at, 1);
			}
		}
	}
	return directives.map((tokens) => tokens.join(' ')).join('; ');
}

/**
 * The policy with only the hashes that one of the page's own inline bodies (`used`, as cspHash
 * values) matches. A hash admits an inline body whose text it matches, and nothing else here
 * (our script files carry no integrity attribute; 'self' admits them), so the others only cost bytes.
 */
export function keepUsedHashes(policy: string, used: Set<string>): string {
	return policy
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => part.split(/\s+/).filter((token) => !/^'sha(256|384|512)-/.test(token) || used.has(token)).join(' '))
		.join('; ');
}

/** The hashes of the inline scripts and styles a parsed page has (parse it with script and style as block text). */
export function inlineBodyHashes(root: HTMLElement): Set<string> {
	const bodies = [...root.querySelectorAll('script').filter((el) => !el.hasAttribute('src')), ...root.querySelectorAll('style')];
	return new Set(bodies.map((el) => cspHash(el.rawText)));
}
