import { describe, expect, it } from 'vitest';
import { chooseVoice, voicesFor, type VoiceLike } from '../../../src/islands/read-aloud/voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({ name, lang, voiceURI: `uri:${name}`, localService, default: isDefault });
const online = voice('Online English', 'en-US', false, true);
const localGb = voice('Local GB', 'en-GB');
const localUs = voice('Local US', 'en_US');
const french = voice('Amélie', 'fr-FR', true, true);

describe('voicesFor', () => {
	it('offers the page language only, voices that work offline first', () => {
		expect(voicesFor([online, french, localGb, localUs], 'en').map((v) => v.name)).toEqual(['Local GB', 'Local US', 'Online English']);
	});

	it('prefers the exact region of the page among offline voices', () => {
		expect(voicesFor([localGb, localUs, online], 'en-US').map((v) => v.name)).toEqual(['Local US', 'Local GB', 'Online English']);
	});

	it('picks French voices for a French page', () => {
		expect(voicesFor([online, french, localGb], 'fr').map((v) => v.name)).toEqual(['Amélie']);
	});

	it('offers every voice when none speaks the page language', () => {
		expect(voicesFor([french], 'en')).toEqual([french]);
	});
});

describe('chooseVoice', () => {
	it('keeps the learner’s saved voice when it is offered, else the best', () => {
		const offered = voicesFor([online, localGb], 'en');
		expect(chooseVoice(offered, 'uri:Online English')).toBe(online);
		expect(chooseVoice(offered, 'uri:gone')).toBe(localGb);
		expect(chooseVoice(offered)).toBe(localGb);
		expect(chooseVoice([], 'x')).toBeUndefined();
	});
});
