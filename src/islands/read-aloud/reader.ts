import { fill } from '../../i18n/fill';
import { getStorageArea } from '../../lib/storage/storage-access';
import { buildControls, strings as s, type Controls } from './controls';
import { bringIntoView, CURRENT_CLASS, rangeOf, SENTENCE_HIGHLIGHT, setHighlight, WORD_HIGHLIGHT, type TextSegment } from './highlight';
import { collectSegments } from './segments';
import { splitSentences, wordAt, type Span } from './sentences';
import { loadSettings, saveSettings, SPEEDS, type ReadAloudSettings, type Speed } from './settings';
import { chooseVoice, voicesFor } from './voices';

type State = 'stopped' | 'reading' | 'paused';

interface Sentence {
	segment: TextSegment;
	span: Span;
}

/** The device's storage (the offline shell's, inside the offline copy); it throws when there is none. */
const storage = (): Storage => {
	const area = getStorageArea('local');
	if (!area) throw new Error('No storage on this device.');
	return area;
};
const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
/** Clicks on these move nothing: they do their own job. */
const INTERACTIVE = 'a, button, input, select, textarea, summary, label';

/**
 * Reads a page aloud with the browser's own voices, one sentence per utterance (long ones are
 * cut off by some browsers), highlighting the sentence and, when the browser reports word
 * boundaries, the word. Pause cancels and Resume restarts the sentence: pause() and resume()
 * are unreliable in several browsers.
 */
export class Reader {
	#host: HTMLElement;
	#listen: HTMLButtonElement;
	#target: HTMLElement;
	#ui: Controls;
	#synth = window.speechSynthesis;
	#lang = document.documentElement.lang || 'en';
	#settings: ReadAloudSettings = loadSettings(storage);
	#voices: SpeechSynthesisVoice[] = [];
	#sentences: Sentence[] = [];
	#index = 0;
	#state: State = 'stopped';
	/** Bumped for every utterance started or cancelled: events of older ones are ignored. */
	#turn = 0;
	/** The last status message, and whether the status line has not spoken yet. */
	#said = '';
	#fresh = true;
	/** Held so Chrome cannot garbage-collect the utterance mid-sentence (its end event would never come). */
	#utterance: SpeechSynthesisUtterance | undefined;

	constructor(host: HTMLElement) {
		this.#host = host;
		this.#listen = host.querySelector('button')!;
		this.#target = document.querySelector<HTMLElement>(host.dataset.readAloud || 'main') ?? document.querySelector('main')!;
		this.#ui = buildControls(host);
		this.#ui.speed.value = this.#settings.speed;
		this.#fillVoices();
		this.#synth.addEventListener('voiceschanged', () => this.#fillVoices());
		this.#wire();
	}

	#wire(): void {
		const ui = this.#ui;
		this.#listen.addEventListener('click', () => this.start());
		ui.pause.addEventListener('click', () => (this.#state === 'reading' ? this.pause() : this.resume()));
		ui.back.addEventListener('click', () => this.skip(-1));
		ui.next.addEventListener('click', () => this.skip(1));
		ui.stop.addEventListener('click', () => this.stop(s('readAloud.stopped')));
		ui.bar.addEventListener('keydown', (event) => {
			if (event.key === 'Escape') this.stop(s('readAloud.stopped'));
		});
		ui.speed.addEventListener('change', () => this.#choose({ speed: ui.speed.value as Speed }));
		ui.voice.addEventListener('change', () => this.#choose({ voice: ui.voice.value }));
		this.#target.addEventListener('click', (event) => this.#jumpTo(event));
		// Some browsers go on speaking after the learner leaves the page.
		window.addEventListener('pagehide', () => this.#synth.cancel());
	}

	#fillVoices(): void {
		this.#voices = voicesFor(this.#synth.getVoices(), this.#lang);
		const chosen = chooseVoice(this.#voices, this.#settings.voice);
		const select = this.#ui.voice;
		select.replaceChildren(...this.#voices.map((v) => new Option(v.localService ? v.name : fill(s('readAloud.online'), { name: v.name }), v.voiceURI)));
		if (chosen) select.value = chosen.voiceURI;
		(select.parentElement as HTMLElement).hidden = this.#voices.length < 2;
	}

	#choose(change: Partial<ReadAloudSettings>): void {
		this.#settings = { ...this.#settings, ...change };
		saveSettings(storage, this.#settings);
		if (this.#state === 'reading') this.#speak(this.#index);
	}

	#collect(): Sentence[] {
		const segments = collectSegments<HTMLElement, Text>(this.#target, {
			skipClasses: words(this.#host.dataset.skip),
			onlyClasses: words(this.#host.dataset.only),
			visible: (el) => el.checkVisibility?.() ?? true,
		});
		return segments.flatMap((segment) => splitSentences(segment.text).map((span) => ({ segment, span })));
	}

	/** Starts reading from the top; the page is read again, so it follows what the learner opened since. */
	start(): void {
		this.#sentences = this.#collect();
		if (this.#sentences.length === 0) return;
		this.#ui.bar.hidden = false;
		this.#listen.hidden = true;
		this.#host.dataset.open = '';
		this.#ui.pause.focus();
		this.#speak(0);
	}

	pause(): void {
		this.#turn++;
		this.#synth.cancel();
		this.#setState('paused', s('readAloud.paused'));
	}

	resume(): void {
		this.#speak(this.#index);
	}

	/** One sentence back or forward; while paused, only the highlight moves. */
	skip(by: number): void {
		const index = Math.min(Math.max(this.#index + by, 0), this.#sentences.length - 1);
		if (this.#state === 'reading') this.#speak(index);
		else this.#show(index);
	}

	stop(message: string): void {
		this.#turn++;
		this.#synth.cancel();
		this.#show(undefined);
		this.#ui.bar.hidden = true;
		this.#listen.hidden = false;
		delete this.#host.dataset.open;
		const focusWasInside = this.#host.contains(document.activeElement) || document.activeElement === document.body;
		if (focusWasInside) this.#listen.focus();
		this.#setState('stopped', message);
	}

	#setState(state: State, message: string): void {
		const changed = state !== this.#state;
		this.#state = state;
		this.#host.dataset.state = state;
		this.#ui.pause.textContent = s(state === 'paused' ? 'readAloud.resume' : 'readAloud.pause');
		// Said once per change, never per sentence, so the screen reader and the voice do not talk over each other.
		if (changed || this.#said !== message) this.#say(message);
	}

	/**
	 * Puts a message in the status line. The line is new at the first message: screen readers
	 * miss a live region filled as it appears, so that one waits a moment (unless another comes).
	 */
	#say(message: string): void {
		this.#said = message;
		const status = this.#ui.status;
		if (this.#fresh) {
			this.#fresh = false;
			setTimeout(() => {
				if (!status.textContent) status.textContent = this.#said;
			}, 150);
		} else status.textContent = message;
	}

	#show(index: number | undefined): void {
		for (const el of this.#target.querySelectorAll(`.${CURRENT_CLASS}`)) el.classList.remove(CURRENT_CLASS);
		setHighlight(WORD_HIGHLIGHT);
		const sentence = index === undefined ? undefined : this.#sentences[index];
		if (!sentence) return setHighlight(SENTENCE_HIGHLIGHT);
		this.#index = index!;
		sentence.segment.block.classList.add(CURRENT_CLASS);
		setHighlight(SENTENCE_HIGHLIGHT, rangeOf(sentence.segment, sentence.span));
		bringIntoView(sentence.segment.block);
	}

	#speak(index: number): void {
		const turn = ++this.#turn;
		this.#synth.cancel();
		const sentence = this.#sentences[index]!;
		this.#show(index);
		// Same length as the page's text (every white space one space), so boundary offsets map back.
		const text = sentence.segment.text.slice(sentence.span.start, sentence.span.end).replace(/\s/g, ' ');
		const utterance = new SpeechSynthesisUtterance(text);
		const voice = this.#voices.find((v) => v.voiceURI === this.#ui.voice.value);
		utterance.lang = voice?.lang ?? this.#lang;
		if (voice) utterance.voice = voice;
		utterance.rate = SPEEDS[this.#settings.speed];
		utterance.addEventListener('boundary', (event) => {
			if (turn !== this.#turn || event.name !== 'word') return;
			const word = wordAt(text, event.charIndex, event.charLength);
			setHighlight(WORD_HIGHLIGHT, rangeOf(sentence.segment, { start: sentence.span.start + word.start, end: sentence.span.start + word.end }));
		});
		utterance.addEventListener('end', () => {
			if (turn !== this.#turn) return;
			if (index + 1 < this.#sentences.length) this.#speak(index + 1);
			else this.stop(s('readAloud.finished'));
		});
		utterance.addEventListener('error', (event) => {
			if (turn !== this.#turn || event.error === 'interrupted' || event.error === 'canceled') return;
			this.#turn++;
			this.#setState('paused', s('readAloud.failed'));
		});
		this.#setState('reading', s('readAloud.reading'));
		this.#utterance = utterance;
		this.#synth.speak(utterance);
	}

	/** A click on a paragraph while listening moves the reading there. */
	#jumpTo(event: MouseEvent): void {
		if (this.#state === 'stopped' || !(event.target instanceof Element) || event.target.closest(INTERACTIVE)) return;
		for (let el: Element | null = event.target; el && el !== this.#target.parentElement; el = el.parentElement) {
			const index = this.#sentences.findIndex((sentence) => sentence.segment.block === el);
			if (index < 0) continue;
			if (this.#state === 'reading') this.#speak(index);
			else this.#show(index);
			return;
		}
	}
}
