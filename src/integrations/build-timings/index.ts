import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';

/**
 * Build phase timings for `npm run bench`: with BUILD_TIMINGS_FILE set, `timed()` wraps each
 * integration's hooks and appends one JSON line per hook call (name, hook, start and duration in
 * ms since the process started). Without it the integrations are returned untouched.
 */
const file = process.env.BUILD_TIMINGS_FILE;

export interface HookTiming {
	integration: string;
	hook: string;
	/** ms since the process started, when the hook began. */
	start: number;
	/** ms the hook took. */
	ms: number;
}

export function timed(integrations: AstroIntegration[]): AstroIntegration[] {
	if (!file) return integrations;
	return integrations.map((integration) => ({
		...integration,
		hooks: Object.fromEntries(
			Object.entries(integration.hooks).map(([hook, run]) => [
				hook,
				async (...args: unknown[]) => {
					const start = performance.now();
					try {
						return await (run as (...a: unknown[]) => unknown)(...args);
					} finally {
						const timing: HookTiming = { integration: integration.name, hook, start: Math.round(start), ms: Math.round(performance.now() - start) };
						appendFileSync(file, `${JSON.stringify(timing)}\n`);
					}
				},
			]),
		),
	}));
}

/** Marks the start of each build stage Astro reports, as zero-length hook timings. */
export function buildStages(): AstroIntegration {
	const mark = (hook: string) => () => {
		if (file) appendFileSync(file, `${JSON.stringify({ integration: 'astro', hook, start: Math.round(performance.now()), ms: 0 } satisfies HookTiming)}\n`);
	};
	return {
		name: 'cds:build-stages',
		hooks: { 'astro:build:start': mark('astro:build:start'), 'astro:build:setup': mark('astro:build:setup'), 'astro:build:generated': mark('astro:build:generated'), 'astro:build:done': mark('astro:build:done') },
	};
}
