import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHash, keepUsedHashes } from './csp-hashes';
import { inlineBodies } from './inline-bodies';

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** A page's HTML with its policy trimmed to the hashes that page uses (unchanged without a policy). */
export function trimPagePolicy(html: string): string {
	if (!policyMeta.test(html)) return html;
	const used = new Set(inlineBodies(html).map(cspHash));
	return html.replace(policyMeta, (_, open: string, policy: string, close: string) => open + keepUsedHashes(policy, used) + close);
}

/**
 * Astro writes into every page's policy the hash of every inline script and style of the whole
 * site (24 on a lesson page, about 1.1 KB gzip that never compresses). After the build each page
 * keeps only the hashes of its own inline bodies: the policy admits exactly the same inline code.
 */
export function pagePolicies(): AstroIntegration {
	return {
		name: 'cds:page-policies',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const outDir = fileURLToPath(dir);
				const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
				for (const page of pages) {
					const file = join(outDir, page);
					const html = readFileSync(file, 'utf8');
					const trimmed = trimPagePolicy(html);
					if (trimmed !== html) writeFileSync(file, trimmed);
				}
			},
		},
	};
}
