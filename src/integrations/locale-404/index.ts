import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales } from '../../i18n/locales';

/**
 * Astro writes src/pages/[locale]/404.astro as fr/404/index.html; hosts look for a "404.html" (the root
 * one, and on hosts that look in the nearest folder, such as Cloudflare Pages or a server's
 * `ErrorDocument`/`error_page` per folder, /fr/404.html). So each language's 404 page becomes
 * <locale>/404.html, beside its home, before the other steps read the built pages.
 */
export function localeNotFoundPages(): AstroIntegration {
	return {
		name: 'cds:locale-404',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				for (const locale of locales.filter((l) => l !== defaultLocale)) {
					const folder = join(out, locale, '404');
					if (!existsSync(join(folder, 'index.html'))) continue;
					renameSync(join(folder, 'index.html'), join(out, locale, '404.html'));
					rmdirSync(folder);
				}
			},
		},
	};
}
