import { fill } from '../../i18n/fill';
import { ElapsedTimer, formatElapsed } from './timer';

/** What the timer shows for the slide on screen: which lesson it belongs to and its planned minutes. */
export interface TimedSlide {
	lesson: string;
	minutes: number;
}

/**
 * The notes view's timer: time since the session started (pause, restart), and time spent in
 * the current lesson against the lesson's planned minutes, so a trainer sees when to move on.
 */
export class TimerView {
	readonly #timer: ElapsedTimer;
	readonly #root: HTMLElement;
	readonly #strings: Record<string, string>;
	#slide: TimedSlide = { lesson: '', minutes: 0 };
	#lessonStart = 0;

	constructor(root: HTMLElement, deckId: string, strings: Record<string, string>) {
		this.#root = root;
		this.#strings = strings;
		this.#timer = new ElapsedTimer(deckId);
		root.querySelector('[data-timer-toggle]')?.addEventListener('click', () => {
			this.#timer.toggle();
			this.tick();
		});
		root.querySelector('[data-timer-restart]')?.addEventListener('click', () => {
			this.#timer.restart();
			this.#lessonStart = 0;
			this.tick();
		});
		root.hidden = false;
		setInterval(() => this.tick(), 1000);
	}

	/** Called when the current slide changes: a new lesson starts its own clock. */
	show(slide: TimedSlide): void {
		if (slide.lesson !== this.#slide.lesson) this.#lessonStart = this.#timer.elapsed;
		this.#slide = slide;
		this.tick();
	}

	tick(): void {
		const s = this.#strings;
		const inLesson = this.#timer.elapsed - this.#lessonStart;
		const planned = this.#slide.minutes;
		const over = planned > 0 && inLesson > planned * 60_000;
		const set = (selector: string, text: string) => {
			const el = this.#root.querySelector(selector);
			if (el) el.textContent = text;
		};
		set('[data-timer-elapsed]', fill(s.elapsed, { time: formatElapsed(this.#timer.elapsed) }));
		const lesson = planned > 0 ? fill(s.lesson, { time: formatElapsed(inLesson), minutes: planned }) : '';
		set('[data-timer-planned]', over ? `${lesson} · ${fill(s.over, { minutes: Math.floor(inLesson / 60_000 - planned) })}` : lesson);
		set('[data-timer-toggle]', this.#timer.paused ? s.resume! : s.pause!);
		this.#root.classList.toggle('is-over', over);
	}
}
