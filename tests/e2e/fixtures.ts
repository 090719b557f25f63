import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test runs with these guards: any console error, any request that leaves
 * 127.0.0.1 and any content-security-policy violation fails the test.
 */
export const test = base.extend<{ guards: { problems: string[] } }>({
	guards: [
		async ({ page }, use) => {
			const problems: string[] = [];
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});
			page.on('console', (msg) => {
				if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'file:') return;
				if (url.hostname !== '127.0.0.1') problems.push(`request left 127.0.0.1: ${request.url()}`);
			});
			await use({ problems });
			expect(problems, 'no console errors, CSP violations or outside requests').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** Every internal page address linked from a page, relative to the test's base URL. */
export async function internalLinks(page: Page): Promise<string[]> {
	const base = new URL(page.url());
	const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	return [...new Set(hrefs.map((h) => new URL(h)).filter((u) => u.origin === base.origin).map((u) => u.pathname))];
}
