import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings, SETTINGS_KEY } from '../../../src/islands/read-aloud/settings';

class FakeStorage {
	items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
}

describe('read-aloud settings', () => {
	it('reads a saved voice and speed', () => {
		expect(parseSettings('{"voice":"urn:voice:en-GB-1","speed":"slower"}')).toEqual({ voice: 'urn:voice:en-GB-1', speed: 'slower' });
	});

	it('falls back to the defaults on missing, broken or unknown values', () => {
		for (const raw of [null, '', 'not json', '42', 'null', '[]', '{"speed":"warp"}', '{"speed":2}', '{"voice":5}', '{"voice":""}']) {
			const parsed = parseSettings(raw);
			expect(parsed.speed, String(raw)).toBe('normal');
			expect(parsed.voice, String(raw)).toBeUndefined();
		}
		expect(parseSettings('{"speed":"faster","voice":7}')).toEqual({ speed: 'faster' });
		expect(parseSettings('{"speed":"toString"}')).toEqual(DEFAULT_SETTINGS);
	});

	it('saves under cds:read-aloud and reads back the same', () => {
		const storage = new FakeStorage();
		saveSettings(() => storage as unknown as Storage, { voice: 'v1', speed: 'faster' });
		expect(JSON.parse(storage.items.get(SETTINGS_KEY)!)).toEqual({ voice: 'v1', speed: 'faster' });
		expect(loadSettings(() => storage as unknown as Storage)).toEqual({ voice: 'v1', speed: 'faster' });
	});

	it('keeps working when storage refuses', () => {
		const refuse = () => {
			throw new DOMException('denied', 'SecurityError');
		};
		expect(loadSettings(refuse)).toEqual(DEFAULT_SETTINGS);
		expect(() => saveSettings(refuse, { speed: 'slower' })).not.toThrow();
	});
});
