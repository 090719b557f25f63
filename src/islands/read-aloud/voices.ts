/** What the reader needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
	name: string;
	lang: string;
	voiceURI: string;
	localService: boolean;
	default: boolean;
}

const primary = (lang: string) => lang.toLowerCase().replace('_', '-').split('-')[0] ?? '';
const full = (lang: string) => lang.toLowerCase().replace('_', '-');

/**
 * The voices to offer for a page language, best first: voices of that language (all voices if
 * none), those that work offline (localService) before those that need the internet, then the
 * exact regional match, then the browser's default.
 */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], pageLang: string): V[] {
	const same = voices.filter((v) => primary(v.lang) === primary(pageLang));
	const score = (v: V) => (v.localService ? 4 : 0) + (full(v.lang) === full(pageLang) ? 2 : 0) + (v.default ? 1 : 0);
	return [...(same.length > 0 ? same : voices)].sort((a, b) => score(b) - score(a));
}

/** The voice to read with: the saved one if the page's language offers it, else the best. */
export function chooseVoice<V extends VoiceLike>(offered: readonly V[], saved?: string): V | undefined {
	return offered.find((v) => v.voiceURI === saved) ?? offered[0];
}
