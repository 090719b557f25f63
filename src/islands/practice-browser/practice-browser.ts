import { announce, dismissTipsOnEscape, mountLive, reportResult, safely } from '../practice-shared/client';
import { fill } from '../../i18n/fill';
import { readStrings, type Strings } from '../../i18n/page-strings';
import { initialState, reduce, type BrowserAction, type BrowserState } from './browser-model';
import { closeSiteInfo, findParts, render, type BrowserParts } from './browser-view';
import { addressFor, browserScore, taskDone, type TaskKey, type TaskOutcome } from './tasks';

const SIMPLE_ACTIONS = ['back', 'forward', 'reload', 'new-tab', 'zoom-in', 'zoom-out'] as const;
type SimpleAction = (typeof SIMPLE_ACTIONS)[number];
const isSimple = (a: string | undefined): a is SimpleAction => SIMPLE_ACTIONS.includes(a as SimpleAction);
const camel = (s: string) => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * <practice-browser>: a pretend browser with guided tasks. Every link and address stays inside
 * the simulation; nothing is requested. Importing this has no side effects (see define.ts).
 */
export class PracticeBrowserElement extends HTMLElement {
	#strings: Strings = {};
	#state: BrowserState = initialState('');
	#parts?: BrowserParts;
	#live?: HTMLElement;
	#taskIndex = 0;
	#outcomes: TaskOutcome[] = [];

	connectedCallback(): void {
		safely('practice-browser', this, () => {
			this.#strings = readStrings(this);
			this.#reset(false);
		});
	}

	#reset(focus: boolean): void {
		const live = mountLive(this);
		const parts = findParts(live);
		this.#live = live;
		this.#parts = parts;
		this.#state = initialState(this.dataset.start ?? '');
		this.#taskIndex = 0;
		this.#outcomes = [];
		live.addEventListener('click', (event) => this.#onClick(event));
		live.addEventListener('keydown', (event) => this.#onKeydown(event));
		parts.addressBar.addEventListener('focus', () => parts.addressBar.select());
		dismissTipsOnEscape(live);
		render(parts, this.#state, this.#strings);
		this.#showTask(focus);
	}

	#tasks(): HTMLElement[] {
		return [...this.#live!.querySelectorAll<HTMLElement>('[data-task]')];
	}

	#onClick(event: Event): void {
		const button = (event.target as Element).closest<HTMLButtonElement>('button');
		if (!button) return;
		const action = button.dataset.action;
		const parts = this.#parts!;
		if (button.dataset.href) this.#do({ type: 'go', address: button.dataset.href, via: 'link' });
		else if (isSimple(action)) this.#do({ type: action });
		else if (action === 'go') this.#goTyped();
		else if (action === 'switch-tab' || action === 'close-tab') this.#do({ type: action, index: Number(button.dataset.index) });
		else if (action === 'menu') this.#toggle(parts.menuButton, parts.menu);
		else if (action === 'site-info' && this.#toggle(parts.lock, parts.siteInfo)) this.#do({ type: 'site-info' });
		else if (button.hasAttribute('data-answer')) this.#answer(button.closest<HTMLElement>('[data-task]')!);
		else if (button.hasAttribute('data-skip')) this.#complete('skipped', true);
		else if (button.hasAttribute('data-restart')) this.#reset(true);
	}

	#onKeydown(event: KeyboardEvent): void {
		const parts = this.#parts!;
		if (event.target === parts.addressBar && event.key === 'Enter') {
			event.preventDefault();
			this.#goTyped();
		} else if (event.key === 'Escape') {
			if (!parts.menu.hidden) this.#toggle(parts.menuButton, parts.menu, true);
			else if (!parts.siteInfo.hidden) this.#toggle(parts.lock, parts.siteInfo, true);
			else if (event.target === parts.addressBar) render(parts, this.#state, this.#strings);
		}
	}

	/** Opens or closes a disclosure; returns whether it is now open. */
	#toggle(button: HTMLButtonElement, panel: HTMLElement, focusButton = false): boolean {
		panel.hidden = !panel.hidden;
		button.setAttribute('aria-expanded', String(!panel.hidden));
		if (focusButton) button.focus();
		return !panel.hidden;
	}

	#goTyped(): void {
		const parts = this.#parts!;
		const typed = parts.addressBar.value;
		if (!typed.trim()) return;
		const pages = parts.pages.filter((p) => p.dataset.address).map((p) => ({ address: p.dataset.address! }));
		this.#do({ type: 'go', address: addressFor(pages, typed), via: 'address-bar' });
	}

	#do(action: BrowserAction): void {
		const parts = this.#parts!;
		const before = this.#state;
		const after = reduce(before, action);
		this.#state = after;
		if (action.type === 'new-tab' && !parts.menu.hidden) this.#toggle(parts.menuButton, parts.menu);
		if (action.type !== 'site-info' && action.type !== 'zoom-in' && action.type !== 'zoom-out') closeSiteInfo(parts);
		render(parts, after, this.#strings);
		if (action.type === 'new-tab') parts.addressBar.focus();
		if (action.type === 'close-tab' || action.type === 'switch-tab') parts.tabs.querySelector<HTMLElement>('[aria-current="true"]')?.focus();
		const task = this.#tasks()[this.#taskIndex];
		if (!task) return;
		const key: TaskKey = { check: task.dataset.check as TaskKey['check'], address: task.dataset.address };
		if (taskDone(key, action, before, after)) this.#complete('done', false);
		else this.#say(fill(this.#strings.stillTask, { did: this.#describe(action, after), instruction: this.#instruction(task) }), 'info');
	}

	#describe(action: BrowserAction, after: BrowserState): string {
		if (action.type === 'go') return fill(this.#strings['did.go'], { address: action.address });
		if (action.type === 'zoom-in' || action.type === 'zoom-out') return fill(this.#strings['did.zoom'], { zoom: after.zoom });
		return this.#strings[`did.${camel(action.type)}`] ?? '';
	}

	#instruction(task: HTMLElement): string {
		return task.querySelector('[data-instruction]')?.textContent?.trim() ?? '';
	}

	#answer(task: HTMLElement): void {
		const chosen = task.querySelector<HTMLInputElement>('input[type="radio"]:checked');
		if (!chosen) this.#say(this.#strings.chooseFirst ?? '', 'wrong');
		else if (chosen.dataset.correct === 'true') this.#complete('done', true);
		else this.#say(fill(this.#strings.wrong, { explanation: chosen.dataset.explanation ?? '' }), 'wrong');
	}

	#complete(outcome: TaskOutcome, fromPanel: boolean): void {
		const task = this.#tasks()[this.#taskIndex]!;
		this.#outcomes.push(outcome);
		this.#taskIndex += 1;
		const said = outcome === 'done' ? fill(this.#strings.done, { done: task.dataset.done ?? '' }) : (this.#strings.skipped ?? '');
		const next = this.#tasks()[this.#taskIndex];
		if (next) {
			this.#say(`${said} ${fill(this.#strings.next, { instruction: this.#instruction(next) })}`, outcome === 'done' ? 'right' : 'info');
			this.#showTask(fromPanel);
			return;
		}
		const { score, total } = browserScore(this.#outcomes, this.#tasks().length);
		this.#say(`${said} ${fill(this.#strings.allDone, { score, total })}`, 'right');
		this.#showTask(false);
		this.#live!.querySelector<HTMLElement>('[data-finished]')!.hidden = false;
		if (fromPanel) this.#live!.querySelector<HTMLElement>('[data-task-feedback]')!.focus();
		reportResult(this, 'practice-browser', score, total);
	}

	#showTask(focus: boolean): void {
		const tasks = this.#tasks();
		tasks.forEach((task, i) => (task.hidden = i !== this.#taskIndex));
		const count = this.#live!.querySelector<HTMLElement>('[data-task-count]')!;
		count.textContent = this.#taskIndex < tasks.length ? fill(this.#strings.task, { n: this.#taskIndex + 1, total: tasks.length }) : '';
		if (focus) tasks[this.#taskIndex]?.querySelector<HTMLElement>('[data-instruction]')?.focus();
	}

	#say(text: string, tone: 'right' | 'wrong' | 'info'): void {
		const feedback = this.#live!.querySelector<HTMLElement>('[data-task-feedback]')!;
		feedback.textContent = text;
		feedback.className = `feedback${tone === 'info' ? '' : ` feedback--${tone}`}`;
		feedback.tabIndex = -1;
		feedback.hidden = false;
		announce(this, text);
	}
}
