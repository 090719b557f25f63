import { announce, dismissTipsOnEscape, mountLive, reportResult, safely } from '../practice-shared/client';
import { fill } from '../../i18n/fill';
import { readStrings, type Strings } from '../../i18n/page-strings';
import { scoreInbox, scoreMessage, type MessageResult, type Verdict } from './scoring';

const isVerdict = (v: unknown): v is Verdict => v === 'safe' || v === 'suspicious';

/**
 * <practice-inbox>: enhances the readable inbox into a pretend mail app. Light DOM: the markup
 * comes from PracticeInbox.astro (a <template>); this class only adds behaviour.
 * Importing it has no side effects; define.ts registers the element.
 */
export class PracticeInboxElement extends HTMLElement {
	#strings: Strings = {};
	#live?: HTMLElement;
	#results = new Map<string, MessageResult>();

	connectedCallback(): void {
		safely('practice-inbox', this, () => {
			this.#strings = readStrings(this);
			this.#reset(false);
		});
	}

	#reset(focus: boolean): void {
		this.#results.clear();
		const live = mountLive(this);
		this.#live = live;
		live.addEventListener('click', (event) => this.#onClick(event));
		live.addEventListener('change', (event) => this.#onChange(event));
		dismissTipsOnEscape(live);
		for (const id of this.#messageIds()) this.#showState(id);
		this.#open(this.#messageIds()[0]!, focus);
	}

	#messages(): HTMLElement[] {
		return [...(this.#live?.querySelectorAll<HTMLElement>('[data-message]') ?? [])];
	}

	#messageIds(): string[] {
		return this.#messages().map((m) => m.dataset.message!);
	}

	#message(id: string): HTMLElement {
		return this.#live!.querySelector<HTMLElement>(`[data-message="${CSS.escape(id)}"]`)!;
	}

	#onClick(event: Event): void {
		const target = (event.target as Element).closest<HTMLElement>('button');
		if (!target) return;
		const article = target.closest<HTMLElement>('[data-message]');
		if (target.dataset.open) this.#open(target.dataset.open, true);
		else if (target.dataset.href && article) this.#showLinkNote(article, target);
		else if (target.hasAttribute('data-check') && article) this.#check(article);
		else if (target.hasAttribute('data-next') && article) this.#next(article.dataset.message!);
		else if (target.hasAttribute('data-restart')) this.#reset(true);
	}

	#onChange(event: Event): void {
		const input = event.target as HTMLInputElement;
		if (!input.hasAttribute('data-verdict-choice')) return;
		const article = input.closest<HTMLElement>('[data-message]')!;
		article.querySelector<HTMLElement>('[data-signs-set]')!.hidden = input.value !== 'suspicious';
		article.querySelector<HTMLElement>('[data-error]')!.hidden = true;
	}

	#open(id: string, focus: boolean): void {
		for (const message of this.#messages()) message.hidden = message.dataset.message !== id;
		for (const button of this.#live!.querySelectorAll<HTMLElement>('[data-open]')) {
			if (button.dataset.open === id) button.setAttribute('aria-current', 'true');
			else button.removeAttribute('aria-current');
		}
		this.#live!.querySelector<HTMLElement>('[data-summary]')!.hidden = true;
		if (focus) this.#message(id).querySelector<HTMLElement>('.pi__subject')!.focus();
	}

	/** A pretend link never navigates: it says where it would have gone and how to check. */
	#showLinkNote(article: HTMLElement, link: HTMLElement): void {
		const note = article.querySelector<HTMLElement>('[data-link-note]')!;
		const opened = fill(this.#strings.linkOpened, { address: link.dataset.href! });
		note.replaceChildren(Object.assign(document.createElement('p'), { textContent: opened }), Object.assign(document.createElement('p'), { textContent: fill(this.#strings.howToTell, { host: link.dataset.host! }) }));
		note.hidden = false;
		announce(this, opened);
	}

	#check(article: HTMLElement): void {
		const id = article.dataset.message!;
		const chosen = article.querySelector<HTMLInputElement>('[data-verdict-choice]:checked')?.value;
		const error = article.querySelector<HTMLElement>('[data-error]')!;
		if (!isVerdict(chosen)) {
			error.textContent = this.#strings.chooseFirst ?? '';
			error.hidden = false;
			announce(this, error.textContent);
			return;
		}
		const ticked = [...article.querySelectorAll<HTMLInputElement>('[data-sign-choice]:checked')].map((box) => box.value);
		const key = { verdict: article.dataset.verdict as Verdict, signs: (article.dataset.signs ?? '').split(' ').filter(Boolean) };
		const signOrder = [...article.querySelectorAll<HTMLElement>('[data-sign]')].map((li) => li.dataset.sign!);
		const result = scoreMessage(key, { verdict: chosen, signs: ticked }, signOrder);
		this.#results.set(id, result);
		this.#showFeedback(article, key.verdict, result);
		this.#showState(id);
		if (this.#results.size === this.#messages().length) {
			const total = scoreInbox([...this.#results.values()]);
			reportResult(this, 'practice-inbox', total.score, total.total);
		}
	}

	#showFeedback(article: HTMLElement, verdict: Verdict, result: MessageResult): void {
		for (const fieldset of article.querySelectorAll('fieldset')) fieldset.disabled = true;
		article.querySelector<HTMLElement>('[data-check]')!.hidden = true;
		const feedback = article.querySelector<HTMLElement>('[data-feedback]')!;
		const line = this.#strings[`${result.right ? 'right' : 'wrong'}${verdict === 'safe' ? 'Safe' : 'Scam'}`] ?? '';
		feedback.querySelector('[data-verdict-line]')!.textContent = line;
		feedback.classList.add(result.right ? 'feedback--right' : 'feedback--wrong');
		const states = new Map(result.signs.map((s) => [s.id, s.state]));
		for (const li of feedback.querySelectorAll<HTMLElement>('[data-sign]')) {
			const state = states.get(li.dataset.sign!);
			li.hidden = !state;
			if (state) li.dataset.state = state;
			li.querySelector('[data-sign-state]')!.textContent = state ? (this.#strings[state === 'not-here' ? 'notHere' : state] ?? '') : '';
		}
		const count = feedback.querySelector<HTMLElement>('[data-signs-count]')!;
		count.textContent = fill(this.#strings.signsCount, { found: result.found, total: result.total });
		count.hidden = result.total === 0;
		const allDone = this.#results.size === this.#messages().length;
		if (allDone) feedback.querySelector('[data-next]')!.textContent = this.#strings.finish ?? '';
		feedback.hidden = false;
		feedback.focus();
		announce(this, result.total ? `${line} ${count.textContent}` : line);
	}

	#showState(id: string): void {
		const result = this.#results.get(id);
		const state = this.#live!.querySelector<HTMLElement>(`[data-open="${CSS.escape(id)}"] [data-state]`)!;
		state.textContent = result ? (this.#strings[result.right ? 'right' : 'wrong'] ?? '') : (this.#strings.notChecked ?? '');
		state.dataset.result = result ? (result.right ? 'right' : 'wrong') : 'none';
		this.#live!.querySelector('[data-progress]')!.textContent = fill(this.#strings.progress, { done: this.#results.size, total: this.#messages().length });
	}

	#next(from: string): void {
		const ids = this.#messageIds();
		const start = ids.indexOf(from);
		const rest = [...ids.slice(start + 1), ...ids.slice(0, start)];
		const next = rest.find((id) => !this.#results.has(id));
		if (next) this.#open(next, true);
		else this.#showSummary();
	}

	#showSummary(): void {
		const total = scoreInbox([...this.#results.values()]);
		const summary = this.#live!.querySelector<HTMLElement>('[data-summary]')!;
		summary.querySelector('[data-summary-text]')!.textContent = fill(this.#strings.result, { ...total });
		for (const message of this.#messages()) message.hidden = true;
		summary.hidden = false;
		summary.querySelector<HTMLElement>('[data-summary-title]')!.focus();
		announce(this, summary.querySelector('[data-summary-text]')!.textContent ?? '');
	}
}
