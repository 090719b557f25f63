/**
 * STAND-IN: the French dictionary is written by the "fr-lang" helper (issue #26); until it lands,
 * French pages show the English strings (and the French of the language switch, ./language.ts) so
 * every French page builds. The lead replaces this file with fr-lang's, keeping ./language.ts.
 */
import { en } from '../en/index';
import { language } from './language';

export const fr: Record<keyof typeof en, string> = { ...en, ...language };
