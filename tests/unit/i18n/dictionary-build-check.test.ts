import { describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';

// The French dictionary with one key taken out: the build's content check must stop on it.
vi.mock('../../../src/i18n/fr/index', async (original) => {
	const real = await original<typeof import('../../../src/i18n/fr/index')>();
	const { 'quiz.check': _removed, ...quiz } = real.frParts.quiz;
	return { ...real, frParts: { ...real.frParts, quiz } };
});

describe('the build with a French key missing', () => {
	it('fails before rendering, naming the key and the file', async () => {
		const { contentChecks } = await import('../../../src/integrations/content-checks');
		const setup = contentChecks().hooks['astro:config:setup'] as (options: unknown) => void;
		const root = new URL('../../../', import.meta.url);
		const logger = { info: () => {}, warn: () => {} };
		expect(fileURLToPath(root)).toMatch(/\/$/);
		expect(() => setup({ config: { root }, logger, addWatchFile: () => {} })).toThrow(/src\/i18n\/fr\/quiz\.ts\n {2}key `quiz\.check`: is missing in the French interface strings\./);
	});
});
