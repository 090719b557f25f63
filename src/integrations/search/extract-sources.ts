import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { languageCode } from '../../search/language';
import type { SearchSource } from '../../search/lunr-index';

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Text of an element, block by block (so words of two paragraphs never run together). */
const blockText = (el: HTMLElement) => tidy(el.structuredText);

const count = (text: string, word: string) => text.split(word).length - 1;

/**
 * The part of a page to parse: the lesson's <article> (title, intro, text, key points) when it holds
 * every data-pagefind-body of the page, else the whole page. Parsing a third less of each page
 * (head, header, pager and footer hold no searchable text) is most of this step's time saved.
 */
export function searchablePart(html: string): string {
	const start = html.indexOf('<article class="lesson"');
	const end = html.lastIndexOf('</article>');
	if (start < 0 || end < start) return html;
	const part = html.slice(start, end + '</article>'.length);
	return count(part, 'data-pagefind-body') === count(html, 'data-pagefind-body') ? part : html;
}

function htmlFiles(dir: string, skip: Set<string>): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return skip.has(entry.name) ? [] : htmlFiles(full, skip);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

/**
 * Reads, from the built pages, exactly the text Pagefind indexes: the elements marked
 * data-pagefind-body, without those marked data-pagefind-ignore. Each page with such text must be
 * a lesson (its body carries data-search-id); anything else is an error, so trainer views and
 * other pages can never slip into search.
 */
export function extractSources(outDir: string): { sources: SearchSource[]; pages: string[]; problems: string[] } {
	const sources: SearchSource[] = [];
	/** The lesson pages read, as paths under outDir ("module/lesson/index.html"): all Pagefind needs. */
	const pages: string[] = [];
	const problems: string[] = [];
	for (const file of htmlFiles(outDir, new Set(['pagefind', '_astro'])).sort()) {
		const html = readFileSync(file, 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		const root = parse(searchablePart(html), { blockTextElements: { script: false, style: false, noscript: false } });
		const bodies = root.querySelectorAll('[data-pagefind-body]');
		const page = relative(outDir, file);
		const meta = root.querySelector('[data-pagefind-body][data-search-id]');
		if (!meta) {
			problems.push(`${page} has data-pagefind-body but is not a lesson page (no data-search-id): only lesson text may be searched.`);
			continue;
		}
		for (const ignored of root.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
		const lead = bodies.filter((b) => b.getAttribute('data-search-part') === 'lead');
		const path = page.split(sep).slice(0, -1).join('/');
		pages.push(page.split(sep).join('/'));
		sources.push({
			id: meta.getAttribute('data-search-id')!,
			title: tidy(root.querySelector('h1')?.text ?? ''),
			module: meta.getAttribute('data-search-module') ?? '',
			minutes: Number(meta.getAttribute('data-search-minutes')) || 0,
			path: path ? `${path}/` : '',
			passages: [meta.getAttribute('data-search-summary') ?? '', ...lead.flatMap((b) => b.querySelectorAll('li').map((li) => tidy(li.text)))].filter(Boolean),
			headings: bodies.flatMap((b) => b.querySelectorAll('h2, h3, h4').map((h) => tidy(h.text))).join(' '),
			lead: lead.map(blockText).join(' '),
			body: bodies.map(blockText).join(' '),
			language: languageCode(/<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1]),
		});
	}
	return { sources, pages, problems };
}
