import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import InboxReadable from '../../src/islands/practice-inbox/InboxReadable.astro';
import InboxLive from '../../src/islands/practice-inbox/InboxLive.astro';
import BrowserReadable from '../../src/islands/practice-browser/BrowserReadable.astro';
import BrowserTasks from '../../src/islands/practice-browser/BrowserTasks.astro';
import BrowserWindow from '../../src/islands/practice-browser/BrowserWindow.astro';
import FormReadable from '../../src/islands/practice-form/FormReadable.astro';
import FormLive from '../../src/islands/practice-form/FormLive.astro';
import { inboxExamples } from '../../src/islands/practice-inbox/examples';
import { browserExamples } from '../../src/islands/practice-browser/examples';
import { formExamples } from '../../src/islands/practice-form/examples';
import { inboxSchema } from '../../src/schemas/practice-inbox';
import { browserSchema } from '../../src/schemas/practice-browser';
import { formSchema } from '../../src/schemas/practice-form';

// Each simulation's markup, for every named example: the readable version (no JavaScript) and
// the interactive one (a <template>, shown here as plain HTML so it can be inspected).
type Rendered = { name: string; readable: HTMLElement; live: HTMLElement; texts: string[] };
const rendered: Rendered[] = [];

beforeAll(async () => {
	const container = await AstroContainer.create();
	const html = async (component: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>) =>
		(await container.renderToString(component, { props })).replace(/<\/?template[^>]*>/g, '');
	for (const [name, input] of Object.entries(inboxExamples)) {
		const inbox = inboxSchema.parse(input);
		rendered.push({ name: `inbox ${name}`, readable: parse(await html(InboxReadable, { inbox })), live: parse(await html(InboxLive, { inbox })), texts: inbox.messages.map((m) => m.subject) });
	}
	for (const [name, input] of Object.entries(browserExamples)) {
		const browser = browserSchema.parse(input);
		const live = (await html(BrowserTasks, { browser })) + (await html(BrowserWindow, { browser }));
		rendered.push({ name: `browser ${name}`, readable: parse(await html(BrowserReadable, { browser })), live: parse(live), texts: [...browser.pages.map((p) => p.address), ...browser.tasks.map((t) => t.instruction)] });
	}
	for (const [name, input] of Object.entries(formExamples)) {
		const form = formSchema.parse(input);
		rendered.push({ name: `form ${name}`, readable: parse(await html(FormReadable, { form })), live: parse(await html(FormLive, { form })), texts: form.fields.map((f) => f.label) });
	}
});

describe('practice markup, for every named example', () => {
	it('has ids that are unique on the page, and every field has a label', () => {
		for (const { name, readable, live } of rendered) {
			const ids = [...readable.querySelectorAll('[id]'), ...live.querySelectorAll('[id]')].map((el) => el.id);
			expect(new Set(ids).size, name).toBe(ids.length);
			for (const control of live.querySelectorAll('input, select')) {
				const labelled = control.getAttribute('aria-label') || live.querySelector(`label[for="${control.id}"]`);
				expect(labelled, `${name}: ${control.outerHTML}`).toBeTruthy();
			}
		}
	});

	it('has no real link, form target, field name that could send data, inline style or handler', () => {
		for (const { name, readable, live } of rendered) {
			for (const root of [readable, live]) {
				expect(root.querySelectorAll('a[href], [action], [formaction], [style]').map((el) => el.outerHTML), name).toEqual([]);
				expect(root.toString(), name).not.toMatch(/\son[a-z]+="/);
				// Only radio buttons carry a name, to group them; they are never inside a form.
				expect(root.querySelectorAll('[name]').filter((el) => el.getAttribute('type') !== 'radio').length, name).toBe(0);
			}
		}
	});

	it('gives the readable version everything to read, with answers in <details>', () => {
		for (const { name, readable, texts } of rendered) {
			for (const text of texts) expect(readable.textContent, `${name}: ${text}`).toContain(text);
			expect(readable.querySelectorAll('details summary').length, name).toBeGreaterThan(0);
		}
	});

	it('makes the form one that can only be handled on the page', () => {
		const form = rendered.find((r) => r.name.startsWith('form'))!.live.querySelector('form')!;
		expect(form.getAttribute('method')).toBe('dialog');
		expect(form.hasAttribute('novalidate')).toBe(true);
		expect(form.querySelectorAll('input[type="password"]')).toHaveLength(1);
	});

	it('turns every link in a message or page into a pretend link that shows its address', () => {
		for (const { name, live } of rendered.filter((r) => !r.name.startsWith('form'))) {
			const links = live.querySelectorAll('[data-plink]');
			expect(links.length, name).toBeGreaterThan(0);
			for (const link of links) {
				const button = link.querySelector('button')!;
				const tip = live.querySelector(`#${button.getAttribute('aria-describedby')}`)!;
				expect(tip.textContent, name).toContain(button.getAttribute('data-href')!);
			}
		}
	});
});
