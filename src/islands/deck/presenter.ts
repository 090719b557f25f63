import { DeckController } from './deck-controller';
import type { KeyCommand } from './deck-keys';
import type { DeckAction, DeckState } from './deck-state';
import { fill } from '../../i18n/fill';
import { readStrings } from '../../i18n/page-strings';
import { applySavedTheme, toggleTheme } from './theme';
import { fitSlide } from './fit-slide';
import { openPeer } from './open-peer';
import { watchIdle } from './idle';

const DECK_ACTIONS = new Set(['previous', 'next', 'toggle-blank']);

/** Turns the page of slides into a slide show: one slide on screen, keys, buttons, sync. */
export function initPresenter(root: HTMLElement): void {
	const slides = [...root.querySelectorAll<HTMLElement>('.slide')];
	if (slides.length === 0) return;
	const strings = readStrings(root);
	const q = <E extends Element>(selector: string) => root.querySelector<E>(selector);
	const toolbar = q<HTMLElement>('[data-deck-toolbar]');
	const counter = q<HTMLElement>('[data-deck-counter]');
	const blank = q<HTMLElement>('[data-deck-blank]');
	const live = q<HTMLElement>('[data-deck-live]');
	const help = q<HTMLDialogElement>('[data-deck-help]');
	const answers = slides.map((s) => s.querySelector<HTMLDetailsElement>('details[data-answer]'));
	const titles = slides.map((s) => s.querySelector('.slide__title')?.textContent?.trim() ?? '');
	const total = String(slides.length);

	applySavedTheme();
	root.classList.add('is-enhanced');
	if (toolbar) toolbar.hidden = false;

	let shown = -1;
	const render = (state: DeckState) => {
		slides.forEach((slide, i) => slide.classList.toggle('is-current', i === state.index));
		answers.forEach((answer, i) => {
			if (answer) answer.open = i === state.index && state.revealed;
		});
		if (blank) blank.hidden = !state.blank;
		q('[data-action="toggle-blank"]')?.setAttribute('aria-pressed', String(state.blank));
		if (counter) counter.textContent = fill(strings.counter, { n: state.index + 1, total });
		if (shown !== state.index && live) live.textContent = fill(strings.live, { n: state.index + 1, total, title: titles[state.index]! });
		shown = state.index;
		fitSlide(slides[state.index]!);
	};

	const command = (cmd: KeyCommand, state: DeckState) => {
		if (cmd.type === 'fullscreen') toggleFullScreen();
		if (cmd.type === 'theme') toggleTheme();
		if (cmd.type === 'help' && help && !help.open) help.showModal();
		if (cmd.type === 'typing' && counter) counter.textContent = fill(strings.typing, { digits: cmd.digits });
		if (cmd.type === 'cancel' || cmd.type === 'goto') render(state);
	};

	const controller = new DeckController(root.dataset.deck ?? 'deck', { count: slides.length, hasAnswer: (i) => Boolean(answers[i]) }, { render, command }, root.dataset.nextSlides);

	// A click on "Show the answer" is the same as the A key, so the other window follows.
	answers.forEach((answer, i) => {
		answer?.addEventListener('toggle', () => {
			const { index, revealed } = controller.state;
			if (i === index && answer.open !== revealed) controller.dispatch({ type: 'toggle-answer' });
		});
	});
	toolbar?.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLElement>('[data-action]');
		const action = button?.dataset.action ?? '';
		if (DECK_ACTIONS.has(action)) controller.dispatch({ type: action } as DeckAction);
		if (action === 'fullscreen' || action === 'theme' || action === 'help') command({ type: action }, controller.state);
	});
	q<HTMLAnchorElement>('[data-open-peer]')?.addEventListener('click', (event) => openPeer(event, controller));
	q('[data-deck-help-close]')?.addEventListener('click', () => help?.close());
	document.addEventListener('fullscreenchange', () => {
		root.classList.toggle('is-fullscreen', Boolean(document.fullscreenElement));
		q('[data-action="fullscreen"]')?.setAttribute('aria-pressed', String(Boolean(document.fullscreenElement)));
		fitSlide(slides[controller.state.index]!);
	});
	window.addEventListener('resize', () => fitSlide(slides[controller.state.index]!));
	// A picture that arrives after the slide is shown changes its height: fit it again.
	root.addEventListener('load', () => fitSlide(slides[controller.state.index]!), true);
	blank?.addEventListener('click', () => controller.dispatch({ type: 'toggle-blank' }));
	watchIdle(root);
}

function toggleFullScreen(): void {
	const request = document.fullscreenElement ? document.exitFullscreen?.() : document.documentElement.requestFullscreen?.();
	// Refused (not allowed here, or no full screen at all): the slides simply stay in the window.
	request?.catch(() => undefined);
}
