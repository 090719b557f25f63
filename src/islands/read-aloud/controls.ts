import { readAloud } from '../../i18n/en/read-aloud';
import { SPEEDS, type Speed } from './settings';
import { readStrings } from '../../i18n/page-strings';

type Key = keyof typeof readAloud;
/**
 * The controls' words: English ones are built in; a page in another language hands its own in the
 * Listen control's data-strings (ReadAloud.astro), so English pages carry no extra bytes.
 */
let pageWords: Record<string, string> | undefined;
const s = (key: Key): string => {
	pageWords ??= readStrings(document.querySelector<HTMLElement>('[data-read-aloud][data-strings]') ?? document.createElement('div'));
	return pageWords[key] ?? readAloud[key];
};

/** The reader's controls, built in the browser: they exist only where reading aloud can work. */
export interface Controls {
	bar: HTMLElement;
	pause: HTMLButtonElement;
	back: HTMLButtonElement;
	next: HTMLButtonElement;
	stop: HTMLButtonElement;
	speed: HTMLSelectElement;
	voice: HTMLSelectElement;
	status: HTMLElement;
}

let uid = 0;

function button(label: string, action: string): HTMLButtonElement {
	const el = document.createElement('button');
	el.type = 'button';
	el.className = 'secondary';
	el.dataset.readAloudAction = action;
	el.textContent = label;
	return el;
}

function select(label: string, name: string): { wrap: HTMLElement; select: HTMLSelectElement } {
	const wrap = document.createElement('span');
	wrap.className = 'read-aloud__field';
	const id = `read-aloud-${name}-${++uid}`;
	const text = document.createElement('label');
	text.htmlFor = id;
	text.textContent = label;
	const el = document.createElement('select');
	el.id = id;
	wrap.append(text, el);
	return { wrap, select: el };
}

/** Builds the controls and the status line inside the host, after the Listen button. */
export function buildControls(host: HTMLElement): Controls {
	const bar = document.createElement('div');
	bar.className = 'read-aloud__bar';
	bar.setAttribute('role', 'group');
	bar.setAttribute('aria-label', s('readAloud.controls'));
	const pause = button(s('readAloud.pause'), 'pause');
	const back = button(s('readAloud.back'), 'back');
	const next = button(s('readAloud.next'), 'next');
	const stop = button(s('readAloud.stop'), 'stop');
	const speed = select(s('readAloud.speed'), 'speed');
	for (const name of Object.keys(SPEEDS) as Speed[]) speed.select.add(new Option(s(`readAloud.${name}`), name));
	const voice = select(s('readAloud.voice'), 'voice');
	const tip = document.createElement('p');
	tip.className = 'read-aloud__tip';
	tip.textContent = s('readAloud.tip');
	bar.append(pause, back, next, stop, speed.wrap, voice.wrap, tip);
	bar.hidden = true;
	const status = document.createElement('p');
	status.className = 'read-aloud__status';
	status.setAttribute('role', 'status');
	host.append(bar, status);
	return { bar, pause, back, next, stop, speed: speed.select, voice: voice.select, status };
}

export const strings = s;
