import { mountLive, safely } from '../practice-shared/client';
import { fill } from '../../i18n/fill';
import { readStrings, type Strings } from '../../i18n/page-strings';
import { GuidedTasks } from '../practice-shared/guided-tasks';
import { typingHint } from './typing';

/**
 * <practice-keys>: keyboard tasks, one at a time. A box that holds the right text finishes its
 * task at once; "Check" or Enter says what one thing to look at. Nothing is sent, nothing is
 * kept. Importing this has no side effects (see define.ts).
 */
export class PracticeKeysElement extends HTMLElement {
	#strings: Strings = {};
	#tasks?: GuidedTasks;

	connectedCallback(): void {
		safely('practice-keys', this, () => {
			this.#strings = readStrings(this);
			this.#reset(false);
		});
	}

	#reset(focus: boolean): void {
		const live = mountLive(this);
		this.#tasks = new GuidedTasks(this, live, this.#strings, 'practice-keys');
		live.addEventListener('click', (event) => this.#onClick(event));
		live.addEventListener('input', (event) => this.#onInput(event));
		live.addEventListener('keydown', (event) => this.#onKeydown(event));
		live.addEventListener('focusin', (event) => this.#onFocusIn(event));
		live.addEventListener('submit', (event) => this.#onSubmit(event));
		this.#tasks.show(focus);
	}

	/** The current task, if the event happened inside it. */
	#taskOf(event: Event): HTMLElement | undefined {
		const task = this.#tasks!.current();
		return task && task.contains(event.target as Node) ? task : undefined;
	}

	#typed(task: HTMLElement): string {
		return task.querySelector<HTMLInputElement>('[data-typed]')?.value ?? '';
	}

	#onClick(event: Event): void {
		const button = (event.target as Element).closest<HTMLButtonElement>('button');
		if (!button) return;
		if (button.hasAttribute('data-restart')) return this.#reset(true);
		const task = this.#taskOf(event);
		if (!task) return;
		if (button.hasAttribute('data-skip')) this.#tasks!.complete('skipped');
		else if (button.hasAttribute('data-verify')) this.#check(task, true);
	}

	#onInput(event: Event): void {
		const task = this.#taskOf(event);
		if (task?.dataset.kind === 'type' && (event.target as Element).hasAttribute('data-typed')) this.#check(task, false);
	}

	#onKeydown(event: KeyboardEvent): void {
		const task = this.#taskOf(event);
		if (task?.dataset.kind !== 'type' || event.key !== 'Enter' || !(event.target as Element).hasAttribute('data-typed')) return;
		event.preventDefault();
		this.#check(task, true);
	}

	#onFocusIn(event: FocusEvent): void {
		const task = this.#taskOf(event);
		if (task?.dataset.kind === 'tab' && (event.target as Element).hasAttribute('data-to')) this.#tasks!.complete('done');
	}

	#onSubmit(event: Event): void {
		event.preventDefault();
		const task = this.#taskOf(event);
		if (task?.dataset.kind === 'enter') this.#check(task, true);
	}

	/** Finishes the task when the text is right; otherwise, when asked, says what to look at. */
	#check(task: HTMLElement, asked: boolean): void {
		const text = task.dataset.text ?? '';
		const hint = typingHint(text, this.#typed(task));
		if (hint === 'match') this.#tasks!.complete('done');
		else if (asked) this.#tasks!.say(fill(this.#strings[`hint.${hint}`], { text }), 'info');
	}
}
