/**
 * Le dictionnaire français : les mêmes fichiers et les mêmes clés que src/i18n/en/. Écrit pour
 * des lecteurs en France, directement en français (pas mot à mot) : « vous », phrases courtes, mots
 * de tous les jours ; espace fine insécable avant ; ! ? et espace insécable avant : et dans « ».
 */
import type { UiKey } from '../en/index';
import { core } from './core';
import { practice } from './practice';
import { quiz } from './quiz';
import { progress } from './progress';
import { offline } from './offline';
import { workshop } from './workshop';
import { search } from './search';
import { scorm } from './scorm';
import { readAloud } from './read-aloud';
import { duration } from './duration';
import { pages } from './pages';
import { language } from './language';

/** The dictionary's files, by file name, as in src/i18n/en/index.ts. */
export const frParts = { core, practice, quiz, progress, offline, workshop, search, scorm, 'read-aloud': readAloud, duration, pages, language } as const;

export const fr = { ...core, ...practice, ...quiz, ...progress, ...offline, ...workshop, ...search, ...scorm, ...readAloud, ...duration, ...pages, ...language } as const satisfies Record<UiKey, string>;
