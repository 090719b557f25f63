import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * For the component tests beside each island (src/islands/<island>/<island>.component.spec.ts):
 * the address of one of its examples (src/islands/<island>/examples/<example>.astro, built by
 * src/integrations/component-examples into dist-examples/ and served beside the root build).
 * A French example (examples/fr/<example>.astro) is served under /fr/, so its page is in French.
 */
export const exampleUrl = (island: string, example: string, locale: 'en' | 'fr' = 'en') =>
	`_examples/${locale === 'fr' ? 'fr/' : ''}${island}/${example}/`;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe's WCAG 2.2 A/AA problems on the page as it is now, one line each, named by the state.
 * Legacy mode runs axe in the page itself: the default mode also opens a blank page to finish each
 * run, which more than doubles the time of a check (about 0.6 s against 0.28 s on a practice
 * example); it only matters for cross-origin frames, and the course has none.
 */
export async function axeProblems(page: Page, state: string): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
	return results.violations.map((v) => `${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}: ${v.help}`);
}

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * axe in light and then dark mode on the page as it is, without loading it again: dark mode only
 * changes colours (custom properties), which follow the emulated media at once. Ends in light mode.
 */
export async function axeLightAndDark(page: Page, state: string): Promise<string[]> {
	const problems: string[] = [];
	for (const colorScheme of COLOR_SCHEMES) {
		await page.emulateMedia({ colorScheme });
		problems.push(...(await axeProblems(page, `${state} (${colorScheme})`)));
	}
	await page.emulateMedia({ colorScheme: 'light' });
	return problems;
}
