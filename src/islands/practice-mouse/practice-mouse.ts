import { mountLive, safely } from '../practice-shared/client';
import { fill } from '../../i18n/fill';
import { readStrings, type Strings } from '../../i18n/page-strings';
import { GuidedTasks } from '../practice-shared/guided-tasks';
import { isDragging, landsIn, opensFolder, type Point } from './moves';

interface Drag {
	card: HTMLElement;
	start: Point;
	pointerId: number;
	moving: boolean;
}

/**
 * <practice-mouse>: mouse moves, one task at a time. Every task can be done with a mouse, a
 * touchscreen or the keyboard alone; a miss only says what to try, and nothing is lost.
 * Importing this has no side effects (see define.ts).
 */
export class PracticeMouseElement extends HTMLElement {
	#strings: Strings = {};
	#tasks?: GuidedTasks;
	#lastClick?: number;
	#drag?: Drag;
	#justDragged = false;

	connectedCallback(): void {
		safely('practice-mouse', this, () => {
			this.#strings = readStrings(this);
			this.#reset(false);
		});
	}

	#reset(focus: boolean): void {
		const live = mountLive(this);
		this.#tasks = new GuidedTasks(this, live, this.#strings, 'practice-mouse');
		this.#lastClick = undefined;
		this.#drag = undefined;
		this.#justDragged = false;
		live.addEventListener('click', (event) => this.#onClick(event as MouseEvent));
		live.addEventListener('pointerdown', (event) => this.#onPointerDown(event));
		live.addEventListener('pointermove', (event) => this.#onPointerMove(event));
		live.addEventListener('pointerup', (event) => this.#onPointerUp(event));
		live.addEventListener('pointercancel', () => this.#endDrag());
		this.#tasks.show(focus);
	}

	#onClick(event: MouseEvent): void {
		const button = (event.target as Element).closest<HTMLButtonElement>('button');
		if (!button) return;
		const tasks = this.#tasks!;
		if (button.hasAttribute('data-restart')) return this.#reset(true);
		const task = tasks.current();
		if (!task || !task.contains(button)) return;
		if (button.hasAttribute('data-skip')) return tasks.complete('skipped');
		const move = task.dataset.move;
		if (button.hasAttribute('data-target')) {
			if (move !== 'double-click') return tasks.complete('done');
			if (opensFolder(event.detail, event.timeStamp, this.#lastClick)) return tasks.complete('done');
			this.#lastClick = event.timeStamp;
			tasks.say(this.#strings.oneClick ?? '', 'info');
		} else if (button.hasAttribute('data-card')) {
			// A press that became a drag has been handled on release; a plain click picks the card up.
			if (this.#justDragged) return void (this.#justDragged = false);
			const picked = button.getAttribute('aria-pressed') !== 'true';
			button.setAttribute('aria-pressed', String(picked));
			task.querySelector('[data-box]')?.classList.toggle('pm__box--ready', picked);
			if (picked) tasks.say(fill(this.#strings.picked, this.#labels(task)), 'info');
		} else if (button.hasAttribute('data-box')) {
			if (task.querySelector('[data-card]')?.getAttribute('aria-pressed') === 'true') tasks.complete('done');
			else tasks.say(fill(this.#strings.pickFirst, this.#labels(task)), 'info');
		}
	}

	#labels(task: HTMLElement): { card: string; box: string } {
		const text = (selector: string) => task.querySelector(selector)?.textContent?.trim() ?? '';
		return { card: text('[data-card]'), box: text('[data-box]') };
	}

	#onPointerDown(event: PointerEvent): void {
		const card = (event.target as Element).closest<HTMLElement>('[data-card]');
		if (!card || event.button !== 0 || !event.isPrimary) return;
		this.#justDragged = false;
		this.#drag = { card, start: { x: event.clientX, y: event.clientY }, pointerId: event.pointerId, moving: false };
		card.setPointerCapture?.(event.pointerId);
	}

	#onPointerMove(event: PointerEvent): void {
		const drag = this.#drag;
		if (!drag || event.pointerId !== drag.pointerId) return;
		const now = { x: event.clientX, y: event.clientY };
		if (!drag.moving && !isDragging(drag.start, now)) return;
		drag.moving = true;
		drag.card.classList.add('pm__card--dragging');
		drag.card.style.transform = `translate(${now.x - drag.start.x}px, ${now.y - drag.start.y}px)`;
	}

	#onPointerUp(event: PointerEvent): void {
		const drag = this.#drag;
		if (!drag || event.pointerId !== drag.pointerId) return;
		this.#endDrag();
		if (!drag.moving) return;
		this.#justDragged = true;
		const task = this.#tasks!.current()!;
		const box = task.querySelector<HTMLElement>('[data-box]')!;
		if (landsIn({ x: event.clientX, y: event.clientY }, box.getBoundingClientRect())) this.#tasks!.complete('done');
		else this.#tasks!.say(fill(this.#strings.missed, this.#labels(task)), 'info');
	}

	#endDrag(): void {
		const drag = this.#drag;
		this.#drag = undefined;
		if (!drag) return;
		drag.card.classList.remove('pm__card--dragging');
		drag.card.style.transform = '';
	}
}
