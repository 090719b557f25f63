/** Where the reader's choices are kept on the device (see docs/progress-formats.md). */
export const SETTINGS_KEY = 'cds:read-aloud';

export const SPEEDS = { slower: 0.75, normal: 1, faster: 1.3 } as const;
export type Speed = keyof typeof SPEEDS;

export interface ReadAloudSettings {
	/** The chosen voice's voiceURI; absent: the reader picks one for the page's language. */
	voice?: string;
	speed: Speed;
}

export const DEFAULT_SETTINGS: ReadAloudSettings = { speed: 'normal' };

const isSpeed = (value: unknown): value is Speed => typeof value === 'string' && Object.hasOwn(SPEEDS, value);

/** Reads the saved settings; anything missing, broken or unknown falls back to the defaults. */
export function parseSettings(raw: string | null | undefined): ReadAloudSettings {
	if (!raw) return { ...DEFAULT_SETTINGS };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ...DEFAULT_SETTINGS };
	}
	if (typeof data !== 'object' || data === null) return { ...DEFAULT_SETTINGS };
	const { voice, speed } = data as Record<string, unknown>;
	return {
		...(typeof voice === 'string' && voice.length > 0 && voice.length < 500 ? { voice } : {}),
		speed: isSpeed(speed) ? speed : DEFAULT_SETTINGS.speed,
	};
}

/** Loads the settings from a Storage (which may refuse: then the defaults). */
export function loadSettings(storage: () => Storage): ReadAloudSettings {
	try {
		return parseSettings(storage().getItem(SETTINGS_KEY));
	} catch {
		return { ...DEFAULT_SETTINGS };
	}
}

/** Saves the settings; a browser that refuses storage still reads aloud, it only forgets. */
export function saveSettings(storage: () => Storage, settings: ReadAloudSettings): void {
	try {
		storage().setItem(SETTINGS_KEY, JSON.stringify(settings));
	} catch {
		// Private browsing or storage turned off: nothing to do.
	}
}
