import { DeckController } from './deck-controller';
import type { KeyCommand } from './deck-keys';
import type { DeckAction, DeckState } from './deck-state';
import { fill, readStrings } from './strings';
import { applySavedTheme } from './theme';
import { openPeer } from './open-peer';
import { ElapsedTimer, formatElapsed } from './timer';
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
	for (const hidden of root.querySelectorAll<HTMLElement>('[data-notes-controls], [data-timer]')) hidden.hidden = false;

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
		tick();
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

	const timer = new ElapsedTimer(root.dataset.deck ?? 'deck');
	const elapsedOut = q<HTMLElement>('[data-timer-elapsed]');
	const plannedOut = q<HTMLElement>('[data-timer-planned]');
	const toggle = q<HTMLButtonElement>('[data-timer-toggle]');
	const timerBox = q<HTMLElement>('[data-timer]');
	function tick() {
		const planned = Number(items[current]?.dataset.plannedEnd ?? 0);
		const minutes = timer.elapsed / 60000;
		const over = planned > 0 && minutes > planned;
		if (elapsedOut) elapsedOut.textContent = fill(strings.elapsed, { time: formatElapsed(timer.elapsed) });
		if (plannedOut) plannedOut.textContent = planned > 0 ? (over ? fill(strings.over, { minutes: Math.floor(minutes - planned) }) + ' · ' : '') + fill(strings.planned, { minutes: planned }) : '';
		timerBox?.classList.toggle('is-over', over);
		if (toggle) toggle.textContent = timer.paused ? strings.resume! : strings.pause!;
	}

	const controller = new DeckController(root.dataset.deck ?? 'deck', { count: items.length, hasAnswer: (i) => Boolean(answers[i]) }, { render, command });
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
	toggle?.addEventListener('click', () => {
		timer.toggle();
		tick();
	});
	q('[data-timer-restart]')?.addEventListener('click', () => {
		timer.restart();
		tick();
	});
	root.addEventListener('load', refit, true);
	window.addEventListener('resize', refit);
	setInterval(tick, 1000);
}
