import { DeckController } from './deck-controller';
import type { KeyCommand } from './deck-keys';
import type { DeckAction, DeckState } from './deck-state';
import { fill } from '../../i18n/fill';
import { readStrings } from '../../i18n/page-strings';
import { applySavedTheme } from './theme';
import { openPeer } from './open-peer';
import { TimerView } from './timer-view';
import { storageReady } from '../../lib/storage/storage-access';
import { fitSlide } from './fit-slide';

/**
 * The trainer's notes view: shows the current slide with its notes and the next slide, keeps
 * in step with the projected slides both ways, and times the session against the plan.
 */
export function initNotesView(root: HTMLElement): void {
	const items = [...root.querySelectorAll<HTMLElement>('.notes-item')];
	if (items.length === 0) return;
	const strings = readStrings(root);
	const q = <E extends Element>(selector: string) => root.querySelector<E>(selector);
	const counter = q<HTMLOutputElement>('[data-deck-counter]');
	const status = q<HTMLElement>('[data-notes-status]');
	const end = q<HTMLElement>('[data-notes-end]');
	const answers = items.map((item) => item.querySelector<HTMLDetailsElement>('details[data-answer]'));
	const total = String(items.length);

	applySavedTheme();
	root.classList.add('is-enhanced');
	for (const hidden of root.querySelectorAll<HTMLElement>('[data-notes-controls]')) hidden.hidden = false;

	let current = 0;
	const render = (state: DeckState) => {
		current = state.index;
		items.forEach((item, i) => {
			item.classList.toggle('is-current', i === state.index);
			item.classList.toggle('is-next', i === state.index + 1);
			const role = item.querySelector('[data-role]');
			if (role) role.textContent = i === state.index ? `${strings.now}: ` : i === state.index + 1 ? `${strings.next}: ` : '';
		});
		answers.forEach((answer, i) => {
			if (answer) answer.open = i === state.index && state.revealed;
		});
		refit();
		if (end) end.hidden = state.index < items.length - 1;
		if (counter) counter.textContent = fill(strings.counter, { n: state.index + 1, total });
		if (status) status.textContent = [state.blank ? strings.blank : '', state.revealed ? strings.answerShown : ''].filter(Boolean).join(' ');
		const { lesson = '', lessonMinutes = '0' } = items[state.index]!.dataset;
		timer?.show({ lesson, minutes: Number(lessonMinutes) });
	};
	const command = (cmd: KeyCommand, state: DeckState) => {
		if (cmd.type === 'typing' && counter) counter.textContent = fill(strings.typing, { digits: cmd.digits });
		if (cmd.type === 'cancel' || cmd.type === 'goto') render(state);
	};

	function refit() {
		for (const i of [current, current + 1]) {
			const preview = items[i]?.querySelector<HTMLElement>('.slide');
			if (preview) fitSlide(preview);
		}
	}

	// The timer reads its start from storage: inside the offline shell that is ready after a moment.
	let timer: TimerView | undefined;
	const timerBox = q<HTMLElement>('[data-timer]');
	void storageReady().then(() => {
		if (!timerBox) return;
		// Keyed by the module: the session clock runs on from one lesson's deck to the next.
		timer = new TimerView(timerBox, root.dataset.timerId ?? root.dataset.deck ?? 'deck', strings);
		render(controller.state);
	});

	const controller = new DeckController(root.dataset.deck ?? 'deck', { count: items.length, hasAnswer: (i) => Boolean(answers[i]) }, { render, command }, root.dataset.nextNotes);
	answers.forEach((answer, i) => {
		answer?.addEventListener('toggle', () => {
			const { index, revealed } = controller.state;
			if (i === index && answer.open !== revealed) controller.dispatch({ type: 'toggle-answer' });
		});
	});
	q('[data-notes-controls]')?.addEventListener('click', (event) => {
		const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
		if (action === 'previous' || action === 'next') controller.dispatch({ type: action } as DeckAction);
	});
	q<HTMLAnchorElement>('[data-open-peer]')?.addEventListener('click', (event) => openPeer(event, controller));
	root.addEventListener('load', refit, true);
	window.addEventListener('resize', refit);
}
