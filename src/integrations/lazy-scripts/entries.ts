import type { LazyScript, SELF_LOADED_SCRIPTS } from '../../lib/lazy-scripts';

/**
 * The source each lazy script is built from. Build time only: pages load a lazy script by its name
 * (src/lib/lazy-scripts.ts), so no page downloads this table.
 */
export const LAZY_SCRIPT_ENTRIES: Record<LazyScript, string> = {
	'progress-extras': 'src/lib/progress/store-extras.ts',
	'progress-store': 'src/islands/progress/open-store.ts',
	quiz: 'src/islands/quiz/define.ts',
};

/** The scripts pages add themselves (SELF_LOADED_SCRIPTS), with their own file and global. */
export const SELF_LOADED_ENTRIES: Record<keyof typeof SELF_LOADED_SCRIPTS, string> = {
	headerPanels: 'src/components/header-panels.ts',
};

/** The progress notices' words and writer, built once a language (NOTICE_SCRIPT). */
export const NOTICE_ENTRY = 'src/islands/progress/write-notices.ts';
