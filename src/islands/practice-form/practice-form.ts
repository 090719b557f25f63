import { announce, mountLive, reportResult, safely } from '../practice-shared/client';
import { fill } from '../../i18n/fill';
import { readStrings, type Strings } from '../../i18n/page-strings';
import { formScore, passwordRuleMet, validateForm, type FieldKey, type FieldProblem, type FieldValue } from './form-rules';

/**
 * <practice-form>: a pretend form that checks itself and explains each error, GOV.UK style (a
 * summary at the top, a message at each field). Its submit is always stopped here: nothing is
 * sent, nothing is kept. Importing this has no side effects (see define.ts).
 */
export class PracticeFormElement extends HTMLElement {
	#strings: Strings = {};
	#live?: HTMLElement;
	#firstProblems?: FieldProblem[];

	connectedCallback(): void {
		safely('practice-form', this, () => {
			this.#strings = readStrings(this);
			this.#reset(false);
		});
	}

	#reset(focus: boolean): void {
		const live = mountLive(this);
		this.#live = live;
		this.#firstProblems = undefined;
		const form = live.querySelector('form')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#send();
		});
		live.addEventListener('click', (event) => this.#onClick(event));
		live.addEventListener('input', (event) => this.#onInput(event));
		for (const field of this.#fields()) this.#showRules(field);
		if (focus) live.querySelector<HTMLElement>('input, select')?.focus();
	}

	#fields(): HTMLElement[] {
		return [...this.#live!.querySelectorAll<HTMLElement>('[data-field]')];
	}

	#onClick(event: Event): void {
		const target = event.target as Element;
		const link = target.closest<HTMLAnchorElement>('[data-error-list] a');
		if (link) {
			// Stay on this page, URL unchanged: move to the field, as GOV.UK's error summary does.
			event.preventDefault();
			document.getElementById(link.hash.slice(1))?.focus();
			return;
		}
		const button = target.closest<HTMLButtonElement>('button');
		if (button?.hasAttribute('data-toggle-password')) {
			const input = document.getElementById(button.getAttribute('aria-controls')!) as HTMLInputElement;
			const show = input.type === 'password';
			input.type = show ? 'text' : 'password';
			button.textContent = (show ? this.#strings.hide : this.#strings.show) ?? '';
		} else if (button?.hasAttribute('data-restart')) this.#reset(true);
	}

	#onInput(event: Event): void {
		const field = (event.target as Element).closest<HTMLElement>('[data-field]');
		if (field) this.#showRules(field);
	}

	/** Ticks each password rule as it is met, while the learner types. */
	#showRules(field: HTMLElement): void {
		const key = this.#key(field);
		if (key.type !== 'password' || !key.rules) return;
		const value = String(this.#value(field, key));
		for (const item of field.querySelectorAll<HTMLElement>('[data-rule]')) {
			const met = passwordRuleMet(key.rules[Number(item.dataset.rule)]!, value);
			item.dataset.met = String(met);
			item.querySelector('[data-rule-state]')!.textContent = ` (${(met ? this.#strings.ruleMet : this.#strings.ruleNotMet) ?? ''})`;
		}
	}

	#key(field: HTMLElement): FieldKey {
		return JSON.parse(field.dataset.config ?? '{}') as FieldKey;
	}

	#value(field: HTMLElement, key: FieldKey): FieldValue {
		const input = field.querySelector<HTMLInputElement | HTMLSelectElement>('[data-input]');
		switch (key.type) {
			case 'date': {
				const part = (name: string) => field.querySelector<HTMLInputElement>(`[data-part="${name}"]`)?.value ?? '';
				return { day: part('day'), month: part('month'), year: part('year') };
			}
			case 'checkboxes':
				return [...field.querySelectorAll<HTMLInputElement>('[data-input]:checked')].map((box) => box.value);
			case 'checkbox':
			case 'human':
				return (input as HTMLInputElement | null)?.checked ?? false;
			default:
				return input?.value ?? '';
		}
	}

	#send(): void {
		const fields = this.#fields();
		const keys = fields.map((field) => this.#key(field));
		const values = Object.fromEntries(fields.map((field, i) => [keys[i]!.id, this.#value(field, keys[i]!)]));
		const problems = validateForm(keys, values, new Date());
		this.#firstProblems ??= problems;
		fields.forEach((field, i) => this.#showError(field, problems.find((p) => p.id === keys[i]!.id)?.message));
		const summary = this.#live!.querySelector<HTMLElement>('[data-error-summary]')!;
		summary.hidden = problems.length === 0;
		if (problems.length > 0) {
			summary.querySelector('[data-error-list]')!.replaceChildren(...problems.map((p) => this.#summaryItem(p, fields[keys.findIndex((k) => k.id === p.id)]!)));
			summary.focus();
			return;
		}
		const { score, total } = formScore(this.#firstProblems, fields.length);
		const done = this.#live!.querySelector<HTMLElement>('[data-done]')!;
		const scoreText = fill(this.#strings.score, { score, total });
		done.querySelector('[data-score]')!.textContent = scoreText;
		this.#live!.querySelector('form')!.hidden = true;
		done.hidden = false;
		done.querySelector<HTMLElement>('[data-done-title]')!.focus();
		announce(this, scoreText);
		reportResult(this, 'practice-form', score, total);
	}

	#summaryItem(problem: FieldProblem, field: HTMLElement): HTMLLIElement {
		const item = document.createElement('li');
		const link = Object.assign(document.createElement('a'), { href: `#${field.dataset.focusId}`, textContent: problem.message });
		item.append(link);
		return item;
	}

	#showError(field: HTMLElement, message: string | undefined): void {
		const error = field.querySelector<HTMLElement>('[data-error]')!;
		error.hidden = !message;
		error.replaceChildren(...(message ? [Object.assign(document.createElement('span'), { className: 'practice-sr-only', textContent: `${this.#strings.error ?? ''} ` }), message] : []));
		field.classList.toggle('pf__field--error', Boolean(message));
		for (const control of field.querySelectorAll<HTMLElement>('input, select')) {
			if (control.hasAttribute('data-toggle-password')) continue;
			if (message) control.setAttribute('aria-invalid', 'true');
			else control.removeAttribute('aria-invalid');
			const base = (control.dataset.describedby ??= control.getAttribute('aria-describedby') ?? '');
			const ids = [base, message ? error.id : ''].filter(Boolean).join(' ');
			if (ids) control.setAttribute('aria-describedby', ids);
			else control.removeAttribute('aria-describedby');
		}
	}
}
