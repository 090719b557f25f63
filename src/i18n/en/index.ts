/**
 * The English dictionary. Each feature keeps its strings in its own file here; add the file's
 * import below. Another language gets a sibling folder with the same keys.
 */
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

/** The dictionary's files, by file name: each language's folder has the same files with the same keys (checked by check-dictionaries.ts). */
export const enParts = { core, practice, quiz, progress, offline, workshop, search, scorm, 'read-aloud': readAloud, duration, pages, language } as const;

export const en = { ...core, ...practice, ...quiz, ...progress, ...offline, ...workshop, ...search, ...scorm, ...readAloud, ...duration, ...pages, ...language } as const;
export type UiKey = keyof typeof en;
