import { search as englishSearch } from '../../i18n/en/search';
import { duration as englishDuration } from '../../i18n/en/duration';
import { fill } from '../../i18n/fill';
import { formatDuration } from '../../i18n/duration';
import type { Segment } from '../excerpt';
import { addressOf } from '../paths';
import type { QueryPlan } from '../query-plan';
import type { SearchHit } from '../types';

/** The words the interface shows: a language's search and duration strings (src/i18n/<code>/). */
export interface InterfaceWords {
	search: Record<keyof typeof englishSearch, string>;
	duration: Record<keyof typeof englishDuration, string>;
}

/** English until the bundle's entry hands its language's words (startSearch). */
let words: InterfaceWords = { search: englishSearch, duration: englishDuration };

/** Sets the words of the page's language, once, when the interface starts. */
export function useWords(given: InterfaceWords): void {
	words = given;
}

/** An interface string of the search strings (src/i18n/<code>/search.ts). */
export function text(key: keyof typeof englishSearch, values?: Record<string, string | number>): string {
	return fill(words.search[key], values);
}

/** The query as echoed back to the learner: always set as text, never as HTML. */
export function shownQuery(query: string): string {
	const tidy = query.replace(/\s+/g, ' ').trim();
	return tidy.length > 80 ? `${tidy.slice(0, 79)}…` : tidy;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	return node;
}

/** Text nodes and <mark> elements: the excerpt is built from text, so no markup can slip in. */
export function excerptNodes(segments: Segment[]): Node[] {
	return segments.map((segment) => {
		if (!segment.mark) return document.createTextNode(segment.text);
		const mark = document.createElement('mark');
		mark.textContent = segment.text;
		return mark;
	});
}

/** One result: the title as a link, the module and minutes, then the excerpt. */
export function hitItem(hit: SearchHit, root: URL, titleTag: 'h2' | 'p'): HTMLLIElement {
	const item = element('li', 'search-hit');
	const title = element(titleTag, 'search-hit__title');
	const link = element('a', 'search-hit__link');
	link.href = addressOf(root, hit.path).href;
	link.textContent = hit.title;
	title.append(link);
	const meta = element('p', 'search-hit__meta');
	meta.textContent = [hit.module, hit.minutes ? formatDuration(hit.minutes, words.duration) : ''].filter(Boolean).join(' · ');
	const excerpt = element('p', 'search-hit__excerpt');
	excerpt.append(...excerptNodes(hit.excerpt));
	item.append(title, meta, excerpt);
	return item;
}

/**
 * The search page's fold for results that match less well: a <details>, so it opens and closes
 * with no script of its own, says whether it is open, and keeps the first screen for the best.
 */
export function weakResultsPart(): HTMLDetailsElement {
	const details = element('details', 'search__weak');
	details.dataset.searchWeak = '';
	details.hidden = true;
	const summary = element('summary', 'search__weak-summary');
	const list = element('ol', 'search__list');
	list.setAttribute('aria-label', text('search.moreResultsLabel'));
	details.append(summary, list);
	return details;
}

/** Fills the fold with the results after the strong ones; hidden when there are none. */
export function showWeakResults(details: HTMLDetailsElement, items: HTMLLIElement[]): void {
	details.querySelector('summary')!.textContent = text('search.moreResults', { count: items.length });
	details.querySelector('ol')!.replaceChildren(...items);
	details.hidden = items.length === 0;
	if (items.length === 0) details.open = false;
}

/** "3 lessons found for “scam”." — what the live region announces. */
export function countMessage(query: string, total: number): string {
	const values = { query: shownQuery(query), count: total };
	if (total === 0) return text('search.none', values);
	return text('search.count', values);
}

/** "We searched for “password” instead of “pasword”." when a typo was corrected, else ''. */
export function correctionMessage(plan: QueryPlan): string {
	if (plan.corrections.length === 0) return '';
	const typed = plan.corrections.map((c) => c.typed).join(' ');
	const used = plan.corrections.map((c) => c.used).join(' ');
	return text('search.corrected', { typed: shownQuery(typed), used: shownQuery(used) });
}

/**
 * The header's results area, built here rather than sent with every page (the search page sends
 * its own, with the list of modules): the note, the list, "See all" and the ideas shown when
 * nothing is found. The same parts, with the same data attributes, as SearchBox.astro's.
 */
export function headerResultsParts(root: URL, searchHref: string, homePath = ''): Node[] {
	const note = element('p', 'search__note');
	note.dataset.searchNote = '';
	note.hidden = true;
	const list = element('ol', 'search__list');
	list.dataset.searchList = '';
	list.setAttribute('aria-label', text('search.results'));
	const more = element('a', 'search__more');
	more.dataset.searchMore = '';
	more.hidden = true;
	more.href = searchHref;
	const help = document.createElement('div');
	help.dataset.searchHelp = '';
	help.hidden = true;
	const box = element('div', 'search__help');
	const title = element('p', 'search__help-title');
	title.textContent = text('search.helpTitle');
	const ideas = document.createElement('ul');
	const browse = document.createElement('a');
	browse.href = addressOf(root, homePath).href;
	browse.textContent = text('search.helpBrowse');
	for (const idea of [text('search.helpSpelling'), text('search.helpFewer'), browse]) {
		const item = document.createElement('li');
		item.append(idea);
		ideas.append(item);
	}
	box.append(title, ideas);
	help.append(box);
	return [note, list, more, help];
}
