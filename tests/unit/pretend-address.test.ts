import { describe, expect, it } from 'vitest';
import { hostOf, isReservedHost, normaliseAddress, parseInlineLinks } from '../../src/lib/pretend-address';

describe('pretend addresses', () => {
	it('finds the host of an address', () => {
		expect(hostOf('https://Riverside-Bank.account-verify.example/login?x=1')).toBe('riverside-bank.account-verify.example');
		expect(hostOf('www.library.example:8080/path')).toBe('www.library.example');
	});

	it('accepts only names reserved for examples', () => {
		for (const host of ['mybank.example', 'a.b.test', 'x.invalid', 'localhost', 'example.com', 'www.example.org']) expect(isReservedHost(host), host).toBe(true);
		for (const host of ['rnybank.com', 'example.com.evil.net', 'myexample', 'bank.examples', 'notexample.com']) expect(isReservedHost(host), host).toBe(false);
	});

	it('normalises addresses for comparison', () => {
		expect(normaliseAddress('HTTPS://WWW.Library.example/')).toBe('library.example');
		expect(normaliseAddress('library.example/Classes/')).toBe('library.example/Classes');
		expect(normaliseAddress('   ')).toBe('');
	});

	it('splits a paragraph into text and [text](address) links', () => {
		expect(parseInlineLinks('Click [here](https://x.example/a) or [there](http://y.example) now.')).toEqual([
			{ text: 'Click ' },
			{ text: 'here', href: 'https://x.example/a' },
			{ text: ' or ' },
			{ text: 'there', href: 'http://y.example' },
			{ text: ' now.' },
		]);
		expect(parseInlineLinks('No link [here] (x).')).toEqual([{ text: 'No link [here] (x).' }]);
	});
});
