import { describe, expect, it } from 'vitest';
import { cspHash, keepUsedHashes } from '../../src/integrations/csp/csp-hashes';
import { trimPagePolicy } from '../../src/integrations/csp';

const early = 'document.documentElement.dataset.x=1';
const style = 'p{color:red}';
const page = (policy: string) =>
	`<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${early}</script><style>${style}</style>` +
	`<script type="module" src="/_astro/a.js"></script></head><body><p>Hi</p></body></html>`;

describe('keepUsedHashes', () => {
	it('keeps the hashes the page uses and every other source, and drops the rest', () => {
		const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cspHash(early)} ${cspHash('other()')}; style-src 'self' ${cspHash('a{}')} ${cspHash(style)}`;
		expect(keepUsedHashes(policy, new Set([cspHash(early), cspHash(style)]))).toBe(
			`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cspHash(early)}; style-src 'self' ${cspHash(style)}`,
		);
	});

	it('leaves a directive with nothing but hashes as the bare directive, which admits no inline code', () => {
		expect(keepUsedHashes(`script-src ${cspHash('x()')}`, new Set())).toBe('script-src');
	});
});

describe('trimPagePolicy', () => {
	it("trims a built page's policy to the hashes of its own inline script and style", () => {
		const trimmed = trimPagePolicy(page(`script-src 'self' ${cspHash(early)} ${cspHash('gone()')}; style-src 'self' ${cspHash(style)} ${cspHash('b{}')}`));
		expect(trimmed).toBe(page(`script-src 'self' ${cspHash(early)}; style-src 'self' ${cspHash(style)}`));
	});

	it('leaves a page without a policy as it was', () => {
		const html = '<!DOCTYPE html><html><head><style>p{}</style></head></html>';
		expect(trimPagePolicy(html)).toBe(html);
	});
});
