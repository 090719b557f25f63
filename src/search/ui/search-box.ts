import { searchPageAddress } from '../paths';
import type { SearchService, SearchAnswer } from './search-service';
import { correctionMessage, countMessage, headerResultsParts, hitItem, showWeakResults, text, weakResultsPart } from './render';

const DEBOUNCE_MS = 200;
/** The header shows the first few results; the search page shows them all. */
const LIMITS = { header: 5, page: 50 } as const;

function part<T extends Element>(root: HTMLElement, name: string): T | null {
	return root.querySelector<T>(`[data-search-${name}]`);
}

/** Enhances one search box (header or search page) rendered by components/search/SearchBox.astro. */
export class SearchBox {
	readonly #root: HTMLElement;
	readonly #service: SearchService;
	readonly #variant: 'header' | 'page';
	readonly #form: HTMLFormElement;
	readonly #input: HTMLInputElement;
	readonly #module: HTMLSelectElement | null;
	readonly #results: HTMLElement;
	readonly #status: HTMLElement;
	readonly #note: HTMLElement;
	readonly #list: HTMLOListElement;
	readonly #help: HTMLElement;
	readonly #more: HTMLAnchorElement | null;
	/** The search page's "More results" fold (the header shows only the strong results). */
	readonly #weak: HTMLDetailsElement | null;
	#timer = 0;
	#latest = 0;

	constructor(root: HTMLElement, service: SearchService) {
		this.#root = root;
		this.#service = service;
		this.#variant = root.dataset.searchVariant === 'page' ? 'page' : 'header';
		this.#form = root.querySelector('form')!;
		this.#input = this.#form.querySelector('input[name="q"]')!;
		this.#module = this.#form.querySelector('select[name="module"]');
		this.#results = part(root, 'results')!;
		if (!part(root, 'list')) this.#results.append(...headerResultsParts(service.root, this.#form.action, service.homePath));
		this.#status = part(root, 'status')!;
		this.#note = part(root, 'note')!;
		this.#list = part(root, 'list')!;
		this.#help = part(root, 'help')!;
		this.#more = part(root, 'more');
		this.#weak = this.#variant === 'page' ? weakResultsPart() : null;
		if (this.#weak) this.#list.after(this.#weak);
	}

	start(): void {
		this.#input.addEventListener('input', () => this.#schedule());
		this.#module?.addEventListener('change', () => {
			void this.#run();
			if (this.#variant === 'page' && this.#input.value.trim()) this.#remember(this.#input.value);
		});
		this.#form.addEventListener('submit', (event) => this.#submit(event));
		this.#root.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && this.#variant === 'header' && !this.#results.hidden) {
				event.preventDefault(); // the first Escape closes the results and keeps the words typed
				this.#close();
				this.#input.focus();
			}
		});
		// In the header, results close when the learner moves on to the page (by keyboard or pointer;
		// not on focusout, which some browsers fire before a click on a result lands).
		if (this.#variant === 'header') {
			const closeIfOutside = (event: Event) => {
				if (!this.#root.contains(event.target as Node | null)) this.#close();
			};
			document.addEventListener('focusin', closeIfOutside);
			document.addEventListener('pointerdown', closeIfOutside);
		}
		part(this.#root, 'js-only')?.removeAttribute('hidden');
		if (this.#variant === 'page') this.#readAddress();
		this.#root.dataset.searchReady = 'true';
		this.#warmUpOnUse();
		if (this.#input.value.trim()) void this.#run();
	}

	/**
	 * Loads the engine and its index (Pagefind's WebAssembly: about 100 KB) once the learner turns
	 * to this box, not with the page: the search page loads this interface at once, and a learner
	 * who only reads the help pays nothing. In use already (focused, or words in it): load now.
	 */
	#warmUpOnUse(): void {
		let started = false;
		const warmUp = () => {
			if (started) return;
			started = true;
			void this.#service.warmUp().catch(() => this.#unavailable());
		};
		if (this.#root.contains(document.activeElement) || this.#input.value.trim()) return warmUp();
		for (const type of ['focusin', 'input', 'pointerdown'] as const) this.#root.addEventListener(type, warmUp, { once: true });
	}

	/** The search page opened with ?q=...&module=...: show those results. */
	#readAddress(): void {
		const params = new URLSearchParams(location.search);
		this.#input.value = params.get('q') ?? this.#input.value;
		const module = params.get('module');
		if (this.#module && module && [...this.#module.options].some((o) => o.value === module)) this.#module.value = module;
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		this.#timer = window.setTimeout(() => void this.#run(), DEBOUNCE_MS);
	}

	#submit(event: SubmitEvent): void {
		event.preventDefault();
		const query = this.#input.value;
		if (this.#variant === 'page') {
			void this.#run();
			this.#remember(query);
			return;
		}
		location.assign(searchPageAddress(this.#form, query).href);
	}

	/** Keeps the query in the address, so Back and bookmarks return to these results. */
	#remember(query: string): void {
		const params = new URLSearchParams({ q: query });
		if (this.#module?.value) params.set('module', this.#module.value);
		try {
			history.replaceState(null, '', `?${params}`);
		} catch {
			// Some browsers refuse this from file://; the results still show.
		}
	}

	async #run(): Promise<void> {
		clearTimeout(this.#timer);
		const query = this.#input.value;
		const ticket = ++this.#latest;
		if (!query.trim()) {
			if (this.#variant === 'header') this.#close();
			else this.#show({ status: '', hits: false });
			return;
		}
		// Busy until this search's results are in: assistive tech (and tests) wait for the final list.
		this.#results.setAttribute('aria-busy', 'true');
		// A slow search says so, but keeps the earlier results in place (marked busy): a keyboard
		// user may be on one of them, and a list that vanishes would drop their focus.
		const slow = window.setTimeout(() => {
			if (ticket !== this.#latest) return;
			this.#status.textContent = text('search.searching');
			this.#results.hidden = false;
		}, 300);
		try {
			const moduleTitle = this.#module?.value ? this.#module.selectedOptions[0]?.textContent?.trim() : undefined;
			const answer = await this.#service.search(query, { limit: LIMITS[this.#variant], module: moduleTitle });
			if (ticket === this.#latest) this.#render(query, answer);
		} catch (error) {
			console.warn('search failed', error);
			if (ticket === this.#latest) this.#unavailable();
		} finally {
			clearTimeout(slow);
			if (ticket === this.#latest) this.#results.removeAttribute('aria-busy');
		}
	}

	#render(query: string, { plan, outcome }: SearchAnswer): void {
		const titleTag = this.#variant === 'page' ? 'h2' : 'p';
		// A keyboard user may already be on a result when a later search lands: keep them at the same
		// place in the new list, not thrown back to the top of the page.
		const links = () => [...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
		const focused = links().indexOf(document.activeElement as HTMLAnchorElement);
		// The results that match well come first; the header shows only those, the search page folds the rest.
		const strong = Math.min(outcome.strong, outcome.hits.length) || outcome.hits.length;
		const items = outcome.hits.map((hit) => hitItem(hit, this.#service.root, titleTag));
		this.#list.replaceChildren(...items.slice(0, strong));
		if (this.#weak) showWeakResults(this.#weak, items.slice(strong));
		if (focused >= 0) (links()[focused] ?? links().at(-1) ?? this.#input).focus();
		this.#note.textContent = correctionMessage(plan);
		this.#note.hidden = !this.#note.textContent;
		if (this.#more) {
			this.#more.hidden = outcome.total <= strong;
			this.#more.textContent = text('search.seeAll', { count: outcome.total });
			this.#more.href = searchPageAddress(this.#form, query).href;
		}
		this.#show({ status: countMessage(query, outcome.total), hits: outcome.total > 0, help: outcome.total === 0 });
	}

	#show(state: { status: string; hits: boolean; help?: boolean }): void {
		this.#status.textContent = state.status;
		this.#list.hidden = !state.hits;
		this.#help.hidden = !state.help;
		if (!state.hits && this.#more) this.#more.hidden = true;
		if (!state.hits) this.#note.hidden = true;
		if (!state.hits && this.#weak) this.#weak.hidden = true;
		this.#results.hidden = false;
	}

	#unavailable(): void {
		this.#list.replaceChildren();
		this.#show({ status: text('search.unavailable'), hits: false, help: true });
	}

	#close(): void {
		this.#latest++; // a search still running must not reopen the results
		this.#results.hidden = true;
		this.#results.removeAttribute('aria-busy');
		this.#status.textContent = '';
	}
}
