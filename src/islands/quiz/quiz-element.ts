import { dispatchCourseEvent } from '../../lib/progress-events';
import { fill } from '../../i18n/fill';
import { startElement } from '../../lib/start-all';

function line(tag: string, text: string, className?: string): HTMLElement {
	const el = document.createElement(tag);
	el.textContent = text;
	if (className) el.className = className;
	return el;
}

/**
 * <course-quiz>: enhances the quiz markup of Quiz.astro (which works alone, answers in <details>).
 * Adds "Check my answer" with feedback in a polite live region beside each question, "Try again"
 * in its place after a wrong answer (never both at once), and a score once every question has been
 * checked; the score counts each question's first check. After a wrong answer the focus moves to
 * "Try again"; otherwise it stays on the button pressed; "Try again" and "Start the quiz again" move
 * it to the first choice. It dispatches `quiz-answered` (score, total) and never touches storage.
 * Strings come from data- attributes, so this file holds none.
 */
export class CourseQuizElement extends HTMLElement {
	#firstTry = new Map<string, boolean>();

	connectedCallback(): void {
		startElement('course-quiz', this, () => {
			this.addEventListener('click', this.#onClick);
			this.addEventListener('change', this.#onChange);
			// Defined before the parser reached the children (a classic script in <head>)? Wait for them.
			if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#showControls());
			else this.#showControls();
		});
	}

	#showControls(): void {
		for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
	}

	#onClick = (event: Event): void => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		const question = button?.closest<HTMLElement>('[data-question]');
		const action = button?.dataset.action;
		if (action === 'restart') this.#restart();
		else if (question && action === 'check') this.#check(question);
		else if (question && action === 'retry') this.#reset(question, true);
	};

	#onChange = (event: Event): void => {
		// A changed answer makes the old feedback wrong: clear it until the learner checks again.
		const question = (event.target as Element).closest<HTMLElement>('[data-question]');
		if (question) this.#clear(question);
	};

	#check(question: HTMLElement): void {
		this.#clear(question);
		const feedback = question.querySelector<HTMLElement>('[data-feedback]')!;
		const inputs = [...question.querySelectorAll<HTMLInputElement>('input')];
		const chosen = inputs.filter((i) => i.checked);
		if (!chosen.length) {
			feedback.append(line('p', this.dataset.nothing ?? '', 'quiz-verdict'));
			return;
		}
		const isRight = (i: HTMLInputElement) => i.hasAttribute('data-correct');
		const rightCount = inputs.filter(isRight).length;
		const found = chosen.filter(isRight).length;
		const correct = found === rightCount && chosen.length === rightCount;
		const id = question.dataset.question!;
		if (!this.#firstTry.has(id)) this.#firstTry.set(id, correct);

		const verdict = correct ? this.dataset.right : found > 0 && rightCount > 1 ? fill(this.dataset.partly, { found, total: rightCount }) : this.dataset.wrong;
		const reasons = document.createElement('ul');
		for (const input of chosen) {
			const right = isRight(input);
			// Beside the choice: "(right)" or "(not right)", in words as well as colour.
			input.parentElement!.append(line('span', ` (${(right ? this.dataset.markRight : this.dataset.markWrong) ?? ''})`, `quiz-mark quiz-mark--${right ? 'right' : 'wrong'}`));
			// The why of each choice already sits in the answer <details>; show a copy here.
			const why = question.querySelector(`[data-choice="${input.value}"]`);
			if (why) reasons.append(why.cloneNode(true));
		}
		feedback.append(line('p', verdict ?? '', 'quiz-verdict'), reasons);
		const general = question.querySelector('[data-general]')?.textContent;
		if (correct && general) feedback.append(line('p', general));
		feedback.classList.add(correct ? 'quiz-feedback--right' : 'quiz-feedback--wrong');
		// One action at a time: a wrong answer swaps "Check my answer" for "Try again", which takes the focus.
		if (!correct) this.#showAction(question, 'retry').focus();
		if (this.#firstTry.size === this.querySelectorAll('[data-question]').length) this.#finish();
	}

	#finish(): void {
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		if (result.childElementCount) return;
		const total = this.#firstTry.size;
		const score = [...this.#firstTry.values()].filter(Boolean).length;
		result.append(line('p', fill(this.dataset.score, { score, total }), 'quiz-score'), line('p', (score >= Number(this.dataset.needed) ? this.dataset.passed : this.dataset.notPassed) ?? ''));
		this.querySelector<HTMLElement>('[data-action="restart"]')!.hidden = false;
		dispatchCourseEvent(this, 'quiz-answered', { lessonId: this.dataset.lessonId ?? '', activityId: this.dataset.activityId ?? 'quiz', score, total });
	}

	#clear(question: HTMLElement): void {
		const feedback = question.querySelector<HTMLElement>('[data-feedback]')!;
		feedback.textContent = '';
		feedback.className = 'quiz-feedback';
		for (const mark of question.querySelectorAll('.quiz-mark')) mark.remove();
		this.#showAction(question, 'check');
	}

	/** Shows one of the question's two buttons, "check" or "retry", and hides the other. */
	#showAction(question: HTMLElement, action: 'check' | 'retry'): HTMLButtonElement {
		for (const button of question.querySelectorAll<HTMLButtonElement>('button[data-action]')) button.hidden = button.dataset.action !== action;
		return question.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
	}

	#reset(question: HTMLElement, focus: boolean): void {
		const inputs = question.querySelectorAll<HTMLInputElement>('input');
		for (const input of inputs) input.checked = false;
		this.#clear(question);
		if (focus) inputs[0]?.focus();
	}

	#restart(): void {
		this.#firstTry.clear();
		for (const question of this.querySelectorAll<HTMLElement>('[data-question]')) this.#reset(question, false);
		this.querySelector<HTMLElement>('[data-result]')!.textContent = '';
		this.querySelector<HTMLElement>('[data-action="restart"]')!.hidden = true;
		this.querySelector<HTMLInputElement>('input')?.focus();
	}
}
