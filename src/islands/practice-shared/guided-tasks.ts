/**
 * Guided tasks, one at a time, shared by the practice simulations that teach a move (mouse,
 * keyboard): "Task 2 of 5", feedback that never blames, a skip, and the result reported like a
 * quiz when the last task is over. Plain DOM code: no storage, no requests.
 *
 * The markup it expects inside the live copy: elements `[data-task]` (one per task, all but the
 * current one hidden) each with a `[data-instruction]` (tabindex="-1") and a `data-done` text;
 * `[data-task-count]`, `[data-task-feedback]`, and, if it shows something at the end, `[data-finished]`.
 */
import { announce, reportResult } from './client';
import { fill } from '../../i18n/fill';
import { type Strings } from '../../i18n/page-strings';

export type TaskOutcome = 'done' | 'skipped';
export type Tone = 'right' | 'info';

/** The score reported to progress: tasks the learner did, out of all tasks. Pure. */
export function taskScore(outcomes: TaskOutcome[], total: number): { score: number; total: number } {
	return { score: outcomes.filter((o) => o === 'done').length, total };
}

/** "Task 2 of 5" while tasks remain; empty once all are over. Pure. */
export function taskCount(template: string | undefined, index: number, total: number): string {
	return index < total ? fill(template, { n: index + 1, total }) : '';
}

export class GuidedTasks {
	index = 0;
	readonly outcomes: TaskOutcome[] = [];

	/**
	 * @param root the custom element (it reports the result and holds the status line)
	 * @param live the interactive copy of the simulation
	 * @param strings its `data-strings`, with `task`, `done`, `next`, `skipped` and `allDone`
	 * @param activityId the name the result is saved under, such as `practice-mouse`
	 */
	constructor(
		private readonly root: HTMLElement,
		private readonly live: HTMLElement,
		private readonly strings: Strings,
		private readonly activityId: string,
	) {}

	tasks(): HTMLElement[] {
		return [...this.live.querySelectorAll<HTMLElement>('[data-task]')];
	}

	current(): HTMLElement | undefined {
		return this.tasks()[this.index];
	}

	instruction(task: HTMLElement): string {
		return task.querySelector('[data-instruction]')?.textContent?.trim() ?? '';
	}

	/** Shows the current task only; with `focus`, moves focus to its instruction. */
	show(focus: boolean): void {
		const tasks = this.tasks();
		tasks.forEach((task, i) => (task.hidden = i !== this.index));
		this.live.querySelector<HTMLElement>('[data-task-count]')!.textContent = taskCount(this.strings.task, this.index, tasks.length);
		if (focus) tasks[this.index]?.querySelector<HTMLElement>('[data-instruction]')?.focus();
	}

	/** Shows and announces a message under the task. */
	say(text: string, tone: Tone): void {
		const feedback = this.live.querySelector<HTMLElement>('[data-task-feedback]')!;
		feedback.textContent = text;
		feedback.className = `feedback${tone === 'right' ? ' feedback--right' : ''}`;
		feedback.tabIndex = -1;
		feedback.hidden = false;
		announce(this.root, text);
	}

	/** Ends the current task and shows the next one, or the result after the last. */
	complete(outcome: TaskOutcome): void {
		const task = this.current();
		if (!task) return;
		this.outcomes.push(outcome);
		this.index += 1;
		const said = outcome === 'done' ? fill(this.strings.done, { done: task.dataset.done ?? '' }) : (this.strings.skipped ?? '');
		const next = this.current();
		if (next) {
			this.say(`${said} ${fill(this.strings.next, { instruction: this.instruction(next) })}`, outcome === 'done' ? 'right' : 'info');
			// The control just used is now hidden: focus goes to the next task, never to the page's start.
			this.show(true);
			return;
		}
		const { score, total } = taskScore(this.outcomes, this.tasks().length);
		this.say(`${said} ${fill(this.strings.allDone, { score, total })}`, 'right');
		this.show(false);
		const finished = this.live.querySelector<HTMLElement>('[data-finished]');
		if (finished) finished.hidden = false;
		this.live.querySelector<HTMLElement>('[data-task-feedback]')!.focus();
		reportResult(this.root, this.activityId, score, total);
	}
}
