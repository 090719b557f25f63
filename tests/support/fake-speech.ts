import type { Frame, Page } from '@playwright/test';

/** A voice as the stand-in reports it (a SpeechSynthesisVoice's fields). */
export interface FakeVoice {
	name: string;
	lang: string;
	voiceURI: string;
	localService: boolean;
	default: boolean;
}

/** What the stand-in recorded of one utterance. */
export interface Spoken {
	text: string;
	rate: number;
	voice: string | null;
	lang: string;
}

export const VOICES: FakeVoice[] = [
	{ name: 'Online English', lang: 'en-US', voiceURI: 'urn:online-en', localService: false, default: true },
	{ name: 'Local English', lang: 'en-GB', voiceURI: 'urn:local-en', localService: true, default: false },
	{ name: 'Local French', lang: 'fr-FR', voiceURI: 'urn:local-fr', localService: true, default: false },
];

/**
 * Puts a stand-in speechSynthesis in every frame before the page's scripts run (Chromium here
 * has no voices). Nothing is said: the test drives it through window.__speech, ending the
 * current utterance (finish), reporting a word boundary, or adding voices late.
 */
export async function installFakeSpeech(page: Page, voices: FakeVoice[] = VOICES): Promise<void> {
	await page.addInitScript((initial: FakeVoice[]) => {
		type Utterance = EventTarget & { text: string; rate: number; voice: FakeVoice | null; lang: string };
		let voices = initial;
		let current: Utterance | null = null;
		const spoken: Spoken[] = [];
		let cancels = 0;
		const synth = new EventTarget() as EventTarget & Record<string, unknown>;
		const fire = (target: EventTarget, type: string, extra: Record<string, unknown> = {}) => target.dispatchEvent(Object.assign(new Event(type), extra));
		Object.assign(synth, {
			getVoices: () => voices.slice(),
			speak(u: Utterance) {
				current = u;
				spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.name ?? null, lang: u.lang });
				fire(u, 'start');
			},
			cancel() {
				cancels++;
				const was = current;
				current = null;
				if (was) fire(was, 'error', { error: 'interrupted' });
			},
			pause() {},
			resume() {},
			speaking: false,
			pending: false,
			paused: false,
		});
		class FakeUtterance extends EventTarget {
			text: string;
			rate = 1;
			pitch = 1;
			volume = 1;
			voice: FakeVoice | null = null;
			lang = '';
			constructor(text = '') {
				super();
				this.text = text;
			}
		}
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
		Object.defineProperty(window, '__speech', {
			value: {
				spoken,
				get current() {
					return current?.text ?? null;
				},
				get cancels() {
					return cancels;
				},
				/** Ends the utterance being spoken, as when the voice reaches its end. */
				finish() {
					const was = current;
					current = null;
					if (was) fire(was, 'end');
				},
				/** Ends utterances until the reader stops asking; returns their texts. */
				readAll(limit = 2000) {
					const texts: string[] = [];
					while (current && texts.length < limit) {
						texts.push(current.text);
						const was = current;
						current = null;
						fire(was, 'end');
					}
					return texts;
				},
				boundary(charIndex: number, charLength?: number) {
					if (current) fire(current, 'boundary', { name: 'word', charIndex, charLength });
				},
				setVoices(next: FakeVoice[]) {
					voices = next;
					fire(synth, 'voiceschanged');
				},
			},
		});
	}, voices);
}

interface SpeechHandle {
	spoken: Spoken[];
	current: string | null;
	cancels: number;
}

type Where = Page | Frame;

export const speech = {
	state: (where: Where) => where.evaluate(() => {
		const s = (window as unknown as { __speech: SpeechHandle }).__speech;
		return { spoken: [...s.spoken], current: s.current, cancels: s.cancels };
	}),
	current: (where: Where) => where.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.current),
	last: (where: Where) => where.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.spoken.at(-1) ?? null),
	finish: (where: Where) => where.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish()),
	readAll: (where: Where) => where.evaluate(() => (window as unknown as { __speech: { readAll(): string[] } }).__speech.readAll()),
	boundary: (where: Where, charIndex: number, charLength?: number) =>
		where.evaluate(([i, l]) => (window as unknown as { __speech: { boundary(i: number, l?: number): void } }).__speech.boundary(i!, l), [charIndex, charLength] as const),
	setVoices: (where: Where, voices: FakeVoice[]) => where.evaluate((v) => (window as unknown as { __speech: { setVoices(v: FakeVoice[]): void } }).__speech.setVoices(v), voices),
	/** The text of the sentence and word highlights (CSS Custom Highlight API), '' when none. */
	highlights: (where: Where) =>
		where.evaluate(() => {
			const text = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()).join('');
			return { sentence: text('read-aloud-sentence').replace(/\s+/g, ' '), word: text('read-aloud-word') };
		}),
};
